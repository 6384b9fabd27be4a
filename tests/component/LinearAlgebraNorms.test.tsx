// @vitest-environment jsdom
// The Norms view (issue 17): radio "Norms", the p slider/field, the point's fields and arrow keys, the
// readouts "norm p", "norm 1", "norm 2", "norm ∞", and "not a norm" below p = 1.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LinearAlgebraPage from '../../src/pages/LinearAlgebra';
import { resetWebglCheck } from '../../src/ui/webgl/support';
import { useLinalgStore } from '../../src/stores/linalg/store';
import { linalgView } from '../../src/stores/linalg/view';

const output = (label: string) =>
  document.querySelector(`output[aria-label="${label}"]`) as HTMLOutputElement;
const value = (label: string) => Number(output(label).getAttribute('data-value'));

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  resetWebglCheck();
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
  window.history.replaceState(null, '', '/#/linear-algebra');
});
afterEach(() => vi.restoreAllMocks());

describe('linear algebra: the Norms view', () => {
  it('shows the norms of the point for p = 1, 2, ∞ and the slider p', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Norms' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'point x1' }), { target: { value: '0.3' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'point x2' }), { target: { value: '-0.4' } });
    expect(value('norm 1')).toBeCloseTo(0.7, 15);
    expect(value('norm 2')).toBeCloseTo(0.5, 15);
    expect(value('norm ∞')).toBeCloseTo(0.4, 15);
    expect(value('norm p')).toBeCloseTo(0.5, 15);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'p' }), { target: { value: '3' } });
    expect(value('norm p')).toBeCloseTo(Math.cbrt(0.027 + 0.064), 14);
    expect(document.querySelector('.la-not-norm')).toBeNull();
  });

  it('p = 0.5 is shown as "not a norm" with the triangle inequality failing', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Norms' }));
    fireEvent.change(screen.getByRole('slider', { name: 'p' }), { target: { value: '0.5' } });
    expect(useLinalgStore.getState().view.p).toBe(0.5);
    expect(screen.getByText(/not a norm\. The ball is not convex/)).toHaveTextContent(/gives 4 for x \+ y/);
    expect(value('norm p')).toBeCloseTo((Math.sqrt(0.6) + Math.sqrt(0.8)) ** 2, 12);
  });

  it('the point moves with the arrow keys; out-of-range input is refused beside the field, no NaN', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Norms' }));
    const handle = screen.getByRole('button', { name: 'point x' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    fireEvent.keyDown(handle, { key: 'ArrowUp', shiftKey: true });
    expect(useLinalgStore.getState().view.pt).toEqual([0.65, 1.05]);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'point x1' }), { target: { value: '7' } });
    expect(screen.getByText(/each coordinate between −2 and 2/)).toBeInTheDocument();
    expect(output('norm 1').textContent).toBe('—');
    expect(document.body.textContent).not.toMatch(/NaN/);
    expect(linalgView.encode(useLinalgStore.getState().view)).toContain('view=norms');
  });
});
