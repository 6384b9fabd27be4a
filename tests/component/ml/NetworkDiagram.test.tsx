// @vitest-environment jsdom
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { datasetOf } from '../../../src/stores/ml/nn/data';
import { useNnStore } from '../../../src/stores/ml/nn/store';
import { NetworkPanel } from '../../../src/pages/MachineLearning/nn/network';
import { NetworkDiagram } from '../../../src/pages/MachineLearning/nn/network/NetworkDiagram';
import { diagramLayout, type DiagramItem } from '../../../src/pages/MachineLearning/nn/network/layout';
import { modelOf, type Snapshot } from '../../../src/pages/MachineLearning/nn/network/model';
import { quietCanvas, snapshotOf, viewWith } from './nnFixture';

quietCanvas();

const view = viewWith({ data: 'circle', n: 100, layers: 2, units: [4, 3], activations: ['tanh', 'relu'] });

function Harness({
  snapshot,
  onSelectUnit = () => {},
}: {
  snapshot: Snapshot | null;
  onSelectUnit?: (f: [number, number]) => void;
}) {
  const model = modelOf(view, datasetOf(view), snapshot)!;
  const [selected, setSelected] = useState<DiagramItem | null>(null);
  return (
    <NetworkDiagram
      spec={model.spec}
      features={model.features}
      snapshot={model.snapshot}
      oneD={false}
      extent={6}
      width={360}
      focus={null}
      onSelectUnit={onSelectUnit}
      selected={selected}
      onSelect={setSelected}
    />
  );
}

const edge = (key: string) => document.querySelector<SVGLineElement>(`[data-key="${key}"]`)!;
const value = (label: string) =>
  screen.getByLabelText(label, { selector: 'output' }).getAttribute('data-value');

describe('<NetworkDiagram>', () => {
  it('draws a node per unit and an edge per weight, styled by the weight’s sign and size', () => {
    const s = snapshotOf(view);
    render(<Harness snapshot={s} />);
    expect(document.querySelectorAll('.nn-node')).toHaveLength(2 + 4 + 3 + 1);
    const lines = document.querySelectorAll('line.nn-edge');
    expect(lines).toHaveLength(2 * 4 + 4 * 3 + 3 * 1);
    // Edge k of layer l is weights[l][k] (row-major [out][in]): from input i to unit j is k = j·fanIn + i.
    const w = s.weights[1][2 * 4 + 1];
    const line = edge('e-1-2-1');
    expect(line).toHaveClass(w > 0 ? 'pos' : 'neg');
    expect(line.getAttribute('aria-label')).toBe('weight from layer 1 unit 2 to layer 2 unit 3');
    const widths = Array.from(lines, (l) => Number(l.getAttribute('stroke-width')));
    const largest = Math.max(...s.weights.flatMap((a) => Array.from(a, Math.abs)));
    const k = s.weights.flatMap((a) => Array.from(a, Math.abs)).indexOf(largest);
    expect(widths[k]).toBe(Math.max(...widths));
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('focusing an edge shows its weight and its gradient at full precision', () => {
    const s = snapshotOf(view);
    render(<Harness snapshot={s} />);
    act(() => edge('e-0-3-1').focus());
    expect(Number(value('selected weight'))).toBe(s.weights[0][3 * 2 + 1]);
    expect(Number(value('selected gradient'))).toBe(s.gradWeights[0][3 * 2 + 1]);
    fireEvent.pointerOver(edge('e-2-0-2'));
    expect(Number(value('selected weight'))).toBe(s.weights[2][2]);
  });

  it('is one tab stop; the arrow keys move from a unit to its edges and on', () => {
    render(<Harness snapshot={snapshotOf(view)} />);
    const stops = document.querySelectorAll('.nn-diagram-svg [tabindex="0"]');
    expect(stops).toHaveLength(1);
    act(() => (stops[0] as SVGElement).focus());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-key')).toBe('e-0-0-0');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-key')).toBe('e-0-1-0');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-key')).toBe('n-1-1');
    expect(document.querySelectorAll('.nn-diagram-svg [tabindex="0"]')).toHaveLength(1);
  });

  it('clicking a hidden unit (or Enter on it) asks for its output in the big picture', () => {
    const onSelectUnit = vi.fn();
    render(<Harness snapshot={snapshotOf(view)} onSelectUnit={onSelectUnit} />);
    fireEvent.click(document.querySelector('[data-key="n-2-1"] rect')!);
    expect(onSelectUnit).toHaveBeenLastCalledWith([2, 1]);
    const output = document.querySelector<SVGElement>('[data-key="n-3-0"]')!;
    act(() => output.focus());
    fireEvent.keyDown(output, { key: 'Enter' });
    expect(onSelectUnit).toHaveBeenLastCalledWith([3, 0]);
  });

  it('without a snapshot draws the shape, with no weights and no NaN', () => {
    render(<Harness snapshot={null} />);
    expect(document.querySelectorAll('line.nn-edge.none')).toHaveLength(2 * 4 + 4 * 3 + 3);
    expect(value('selected weight')).toBe('');
    expect(document.body.textContent).not.toMatch(/NaN/);
  });
});

describe('diagramLayout', () => {
  it('8 hidden layers of 32 units fit 360 px: at most 500 px tall, nodes apart, inside the width', () => {
    const sizes = [7, 32, 32, 32, 32, 32, 32, 32, 32, 5];
    const l = diagramLayout(sizes, 340, 6);
    expect(l.height).toBeLessThanOrEqual(500);
    expect(l.slot).toBeGreaterThan(l.node);
    expect(l.columns[0].x - l.node / 2).toBeGreaterThanOrEqual(l.labelRoom - 1e-9);
    expect(l.columns[9].x + l.node / 2).toBeLessThanOrEqual(340);
    expect(new Set(l.headers).size).toBe(sizes.length);
  });

  it('renders the 7,264 weights of that network as edges', () => {
    const big = viewWith({
      data: 'circle',
      n: 40,
      features: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'],
      layers: 8,
      units: Array(8).fill(32),
      activations: Array(8).fill('relu'),
    });
    const model = modelOf(big, datasetOf(big), snapshotOf(big))!;
    render(
      <NetworkDiagram
        spec={model.spec}
        features={model.features}
        snapshot={model.snapshot}
        oneD={false}
        extent={6}
        width={340}
        focus={null}
        onSelectUnit={() => {}}
        selected={null}
        onSelect={() => {}}
      />,
    );
    expect(document.querySelectorAll('line.nn-edge')).toHaveLength(7 * 32 + 7 * 32 * 32 + 32 * 1);
    expect(document.querySelectorAll('line.nn-edge.none')).toHaveLength(0);
  });
});

describe('<NetworkPanel>', () => {
  it('a click on a unit sets the store’s focus ([layer, unit], layer 1-based over hidden layers)', () => {
    useNnStore.setState({ view, data: datasetOf(view), snapshot: snapshotOf(view), focus: null });
    render(<NetworkPanel />);
    fireEvent.click(document.querySelector('[data-key="n-1-3"] rect')!);
    expect(useNnStore.getState().focus).toEqual([1, 3]);
    expect(screen.getByText('Largest weights')).toBeInTheDocument();
  });
});
