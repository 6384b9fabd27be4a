// @vitest-environment jsdom
// The Cholesky view (issue 17): radio "Cholesky", the matrix editor's A, L with A = LLᵀ, the readout
// "cholesky l11", the sample cloud, and the reason in words when A is not symmetric positive definite.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LinearAlgebraPage from '../../src/pages/LinearAlgebra';
import { choleskySamples } from '../../src/pages/LinearAlgebra/CholeskyPanel';
import { resetWebglCheck } from '../../src/ui/webgl/support';
import { useLinalgStore } from '../../src/stores/linalg/store';
import { linalgView } from '../../src/stores/linalg/view';

const output = (label: string) =>
  document.querySelector(`output[aria-label="${label}"]`) as HTMLOutputElement;
const value = (label: string) => Number(output(label).getAttribute('data-value'));
const setEntry = (name: string, x: string) =>
  fireEvent.change(screen.getByRole('spinbutton', { name: `${name} value` }), { target: { value: x } });

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  resetWebglCheck();
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
  window.history.replaceState(null, '', '/#/linear-algebra');
});
afterEach(() => vi.restoreAllMocks());

describe('linear algebra: the Cholesky view', () => {
  it('factors the default SPD A: l11 = √a11, the cloud drawn, the view in the address', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Cholesky' }));
    expect(value('cholesky l11')).toBeCloseTo(Math.sqrt(1.5), 15);
    // pivot 2 = a22 − l21² = 1 − 0.25/1.5
    expect(value('pivot 2')).toBeCloseTo(1 - 0.25 / 1.5, 14);
    expect(document.querySelectorAll('.la-chol-svg circle').length).toBe(1000);
    expect(linalgView.encode(useLinalgStore.getState().view)).toContain('view=cholesky');
    setEntry('a11', '4');
    expect(value('cholesky l11')).toBe(2);
  });

  it('not symmetric, and a negative pivot, are said in words with no readout', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Cholesky' }));
    setEntry('a12', '2');
    expect(screen.getByText(/not symmetric: a21 = 0\.5 but a12 = 2/)).toBeInTheDocument();
    expect(output('cholesky l11').textContent).toBe('—');
    setEntry('a21', '2');
    expect(screen.getByText(/indefinite: pivot 2 went negative/)).toBeInTheDocument();
    expect(document.querySelector('.la-chol-svg')).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('x = Lz has sample covariance close to A (500 samples, fixed seed)', () => {
    const L = [
      [2, 0],
      [1, 1],
    ];
    const { cov } = choleskySamples(L);
    const A = [
      [4, 2],
      [2, 2],
    ];
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++) expect(Math.abs(cov[i][j] - A[i][j])).toBeLessThan(0.5);
    expect(choleskySamples(L).cov).toEqual(cov);
  });
});
