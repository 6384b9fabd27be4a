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
