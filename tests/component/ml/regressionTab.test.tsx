// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import RegressionTab from '../../../src/pages/MachineLearning/regression/RegressionTab';
import { useRegStore } from '../../../src/stores/ml/regression/store';
import { regView } from '../../../src/stores/ml/regression/view';

const value = (label: string) =>
  Number(screen.getByLabelText(label, { selector: 'output' }).getAttribute('data-value'));

const ownPoints = (pts: [number, number][]) =>
  act(() =>
    useRegStore
      .getState()
      .loadView(
        { ...regView.defaults, data: 'own', points: pts.map(([x1, x2]) => ({ x1, x2, label: 0 })) },
        [],
      ),
  );

describe('<RegressionTab>', () => {
  beforeEach(() => {
    useRegStore.getState().loadView(regView.defaults, []);
  });

  it('reads out slope 2, intercept 1, R² 1 for three points on y = 2x + 1, with XᵀX in KaTeX', () => {
    const { container } = render(<RegressionTab />);
    ownPoints([
      [0, 1],
      [1, 3],
      [2, 5],
    ]);
    expect(value('slope')).toBeCloseTo(2, 10);
    expect(value('intercept')).toBeCloseTo(1, 10);
    expect(value('R²')).toBeCloseTo(1, 10);
    expect(screen.getAllByRole('button', { name: /^point \d+$/ })).toHaveLength(3);
    expect(container.querySelector('.katex')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN/);
  });

  it('moves a point with the arrow keys and refits; Delete removes it', () => {
    render(<RegressionTab />);
    ownPoints([
      [0, 1],
      [1, 3],
      [2, 5],
    ]);
    const before = value('slope');
    fireEvent.keyDown(screen.getByRole('button', { name: 'point 3' }), { key: 'ArrowUp' });
    expect(value('slope')).toBeGreaterThan(before);
    fireEvent.keyDown(screen.getByRole('button', { name: 'point 3' }), { key: 'Delete' });
    expect(screen.getAllByRole('button', { name: /^point \d+$/ })).toHaveLength(2);
  });

  it('a drag refits at every move and moves only the dragged mark (its copy on the top layer while dragged); the text table follows on release', async () => {
    const { container } = render(<RegressionTab />);
    ownPoints([
      [0, 1],
      [1, 3],
      [2, 5],
    ]);
    const before = value('slope');
    const first = screen.getByRole('button', { name: 'point 1' });
    const third = screen.getByRole('button', { name: 'point 3' });
    const firstCx = first.getAttribute('cx');
    const cell = () =>
      container.querySelector('.chart-text tbody tr:nth-child(3) td:nth-child(3)')!.textContent;
    expect(cell()).toBe('5');
    // jsdom's boxes are at 0, 0: client coordinates are plot coordinates plus the padding (40, 10).
    const x = Number(third.getAttribute('cx')) + 40;
    const y = Number(third.getAttribute('cy')) + 10;
    const at = (dy: number) => ({ clientX: x, clientY: y + dy, pointerId: 1, button: 0 });
    fireEvent.pointerDown(third, at(0));
    fireEvent.pointerMove(third, at(20));
    // While it is dragged the point is drawn by a copy on the top layer (the focusable mark stays as it was
    // rendered at the drag's start, hidden): a move repaints that copy, not the 1,000 marks' layer.
    const ghost = () => container.querySelector('.reg-drag-ghost')!;
    const cy1 = ghost().getAttribute('cy');
    const during = value('slope');
    expect(during).toBeLessThan(before);
    fireEvent.pointerMove(third, at(40));
    expect(value('slope')).toBeLessThan(during);
    expect(ghost().getAttribute('cy')).not.toBe(cy1);
    const moved = useRegStore.getState().view.points[2];
    expect(Number(ghost().getAttribute('cy'))).toBeCloseTo(y + 40 - 10, 6);
    // The other marks are the same elements, untouched, and the text table waits for the release.
    expect(screen.getByRole('button', { name: 'point 1' })).toBe(first);
    expect(first.getAttribute('cx')).toBe(firstCx);
    expect(cell()).toBe('5');
    fireEvent.pointerUp(third, at(40));
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(screen.getAllByRole('button', { name: /^point \d+$/ })).toHaveLength(3);
    expect(Number(cell())).toBeCloseTo(moved.x2, 3);
    // Released: the copy is gone (the point's own mark is drawn again, on axes refitted to the data).
    expect(container.querySelector('.reg-drag-ghost')).toBeNull();
    expect(container.textContent).not.toMatch(/NaN/);
  });

  it('loads CSV and names the bad rows; the method radiogroup shows ridge λ and lasso λ', () => {
    render(<RegressionTab />);
    fireEvent.change(screen.getByLabelText('data CSV'), { target: { value: 'x,y\n0,1\n1,abc\n2,5\n3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Load data' }));
    expect(screen.getAllByRole('button', { name: /^point \d+$/ })).toHaveLength(2);
    expect(screen.getByText(/line 3: “abc” is not a number/)).toBeTruthy();
    expect(screen.getByText(/line 5: expected 2 numbers/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Lasso' }));
    expect(screen.getByRole('spinbutton', { name: 'lasso λ' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Ridge' }));
    expect(screen.getByRole('spinbutton', { name: 'ridge λ' })).toBeTruthy();
  });

  it('warns in words with the condition number at degree 12 without standardizing', () => {
    render(<RegressionTab />);
    act(() => useRegStore.getState().set('degree', 12));
    expect(screen.getByText(/XᵀX is ill-conditioned: its condition number is/)).toBeTruthy();
    const raw = value('condition number');
    expect(raw).toBeGreaterThan(1e8);
    act(() => useRegStore.getState().set('standardize', true));
    expect(value('condition number')).toBeLessThan(raw / 100);
    expect(document.body.textContent).not.toMatch(/NaN/);
  });
});
