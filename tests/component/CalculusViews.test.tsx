// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { computationGraph, parseToAst } from '../../src/core';
import { BackpropView } from '../../src/pages/Calculus/BackpropView';
import { ContourView } from '../../src/pages/Calculus/ContourView';
import { CurvaturePanel } from '../../src/pages/Calculus/CurvaturePanel';
import { LossChart } from '../../src/pages/Calculus/LossChart';
import { raceRequest, useCalculusStore } from '../../src/stores/calculus/store';
import { DEFAULT_VIEW, defaultSettings, type CalculusView } from '../../src/stores/calculus/view';
import type { JobContext } from '../../src/worker/jobs/context';
import { gridJob } from '../../src/worker/jobs/grid';
import { optimizeJob } from '../../src/worker/jobs/optimize';
import { formatNumber } from '../../src/ui/Readout';

const ctx: JobContext = { checkpoint: async () => undefined, progress: () => undefined };

function load(patch: Partial<CalculusView>): CalculusView {
  const view = { ...DEFAULT_VIEW, ...patch };
  useCalculusStore.getState().loadView(view, []);
  return view;
}

/** Puts a computed race into the store, as the worker's answer would. */
async function race(view: CalculusView): Promise<void> {
  const request = raceRequest(view);
  const result = await optimizeJob(request, ctx);
  useCalculusStore.setState({ race: { request, result }, view: { ...view, step: request.steps } });
}

beforeEach(() => {
  useCalculusStore.setState({ hover: null, selectedNode: null, race: null, grid: null });
});

describe('<BackpropView>', () => {
  it('shows every node of the computation graph with its value and adjoint', () => {
    const fn = 'sin(x*y) + x^2';
    load({ fn, start: [0.5, 1.5] });
    render(<BackpropView />);
    const ast = parseToAst(fn);
    if (!ast.ok) throw new Error('parse');
    const graph = computationGraph(ast.ast, 0.5, 1.5);
    const nodes = screen.getAllByRole('button', { name: /^v\d+ / });
    expect(nodes).toHaveLength(graph.nodes.length);
    for (const n of graph.nodes) {
      const label = screen.getByRole('button', { name: new RegExp(`^v${n.id} `) }).getAttribute('aria-label');
      expect(`${label} `).toContain(` v = ${formatNumber(n.value, 4)} `);
      if (n.op === 'num' || n.op === 'const') expect(label).not.toContain('v̄');
      else expect(label).toMatch(new RegExp(`v̄ = ${formatNumber(n.adjoint, 4).replace(/[.+]/g, '\\$&')}$`));
    }
    expect(screen.getByText(/^Result: ∂f\/∂x = /)).toHaveTextContent(
      `∂f/∂x = ${formatNumber(graph.gradient[0], 4)}`,
    );
  });

  it('constants show no adjoint until "sensitivity to constants" is ticked, which explains it (x² ln x for the 2 of x²)', () => {
    load({ fn: 'x^2 + y', start: [2, 1] });
    render(<BackpropView />);
    const two = screen.getByRole('button', { name: /^v\d+ 2 v = 2$/ });
    expect(document.body).not.toHaveTextContent('x² ln x');
    fireEvent.click(two);
    expect(screen.getByText(/is a constant: it gets no adjoint/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'sensitivity to constants' }));
    // ∂(x²)/∂2 = x² ln x = 4 ln 2 at x = 2.
    expect(two.getAttribute('aria-label')).toMatch(new RegExp(`v̄ = ${formatNumber(4 * Math.log(2), 4)}$`));
    expect(screen.getByText(/x² ln x for the 2 of x²/)).toBeInTheDocument();
    expect(screen.queryByText(/is a constant: it gets no adjoint/)).toBeNull();
  });

  it('selecting a node (click or Enter) shows its forward and chain-rule steps in KaTeX', () => {
    const fn = 'x*x + y';
    load({ fn, start: [3, 1] });
    render(<BackpropView />);
    const x = screen.getByRole('button', { name: /^v\d+ x v = / });
    fireEvent.click(x);
    expect(x).toHaveAttribute('aria-pressed', 'true');
    const id = /^v(\d+)/.exec(x.getAttribute('aria-label') ?? '')![1];
    expect(screen.getByRole('heading', { name: `Chain rule for v̄${id}` })).toBeInTheDocument();
    // x·x uses x twice: the edge label sums both slots, ∂(x·x)/∂x = 2x = 6.
    expect(document.querySelector('.calc-edge-labels')).toHaveTextContent('= 6');
    const y = screen.getByRole('button', { name: /^v\d+ y v = / });
    fireEvent.keyDown(y, { key: 'Enter' });
    expect(y).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelectorAll('.calc-chain .katex').length).toBeGreaterThanOrEqual(2);
  });
});

describe('<CurvaturePanel>', () => {
  it('at the start of x² + 10y²: λ = 20 and 2, condition 10, largest stable step 0.1', () => {
    load({ fn: 'x^2 + 10*y^2', start: [1, 1] });
    render(<CurvaturePanel />);
    const value = (label: string) =>
      Number(screen.getByRole('status', { hidden: true, name: label })?.getAttribute('data-value'));
    expect(value('λ1')).toBe(20);
    expect(value('λ2')).toBe(2);
    expect(value('condition number')).toBe(10);
    expect(value('2/λmax')).toBe(0.1);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Curvature at the start (1, 1)');
    expect(document.querySelector('.calc-kind')).toHaveTextContent(/bowl-shaped/);
  });

  it('follows the hovered point, and names a saddle where ∇f = 0', () => {
    load({ fn: 'x^2 - y^2', start: [1, 1] });
    render(<CurvaturePanel />);
    fireEvent.change(screen.getByRole('combobox', { name: '3D overlay' }), { target: { value: 'taylor' } });
    expect(useCalculusStore.getState().view.overlay).toBe('taylor');
    act(() => useCalculusStore.getState().setHover([0, 0]));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('the pointer (0, 0)');
    expect(document.querySelector('.calc-kind')).toHaveTextContent('∇f = 0 here: a saddle point.');
  });
});

describe('<LossChart>', () => {
  it('marks a diverged run and switches to a log axis', async () => {
    const optimizers = {
      ...DEFAULT_VIEW.optimizers,
      gd: { ...defaultSettings('gd', true), lr: 0.5 },
      momentum: defaultSettings('momentum'),
    };
    const view = load({ fn: 'x^2 + 10*y^2', start: [1, 1], steps: 100, optimizers });
    await race(view);
    render(<LossChart />);
    expect(await screen.findByText(/^GD diverged at step \d+$/)).toBeInTheDocument();
    expect(document.querySelectorAll('path.calc-loss-line')).toHaveLength(2);
    fireEvent.click(screen.getByRole('checkbox', { name: 'log scale' }));
    expect(useCalculusStore.getState().view.logLoss).toBe(true);
    expect(await screen.findByText('f(x, y) (log scale)')).toBeInTheDocument();
  });
});

describe('<ContourView>', () => {
  it('draws contour bands and gradient arrows, and a click sets the start point', async () => {
    const view = load({ fn: 'x^2 + y^2', domain: { xmin: -2, xmax: 2, ymin: -2, ymax: 2 }, start: [1, 1] });
    const request = { source: view.fn, ...view.domain, n: 41 };
    useCalculusStore.setState({ grid: { request, result: await gridJob(request, ctx) } });
    render(<ContourView />);
    expect(document.querySelectorAll('.calc-bands path').length).toBeGreaterThanOrEqual(10);
    expect(document.querySelectorAll('.calc-field line').length).toBeGreaterThan(100);
    const target = document.querySelector('.calc-click') as SVGRectElement;
    const w = Number(target.getAttribute('width'));
    const h = Number(target.getAttribute('height'));
    target.getBoundingClientRect = () => ({
      left: 0,
      top: 0,
      width: w,
      height: h,
      right: w,
      bottom: h,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    fireEvent.click(target, { clientX: w * 0.75, clientY: h * 0.25 });
    const [sx, sy] = useCalculusStore.getState().view.start;
    expect(sx).toBeCloseTo(1, 2);
    expect(sy).toBeCloseTo(1, 2);
  });
});
