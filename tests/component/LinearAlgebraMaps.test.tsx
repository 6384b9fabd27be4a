// @vitest-environment jsdom
// Maps between dimensions (issue 17): 2 × 3 and 3 × 2 matrices, rank and nullity with rank–nullity, the null
// space line (2 × 3) and column space plane (3 × 2) drawn.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LinearAlgebraPage from '../../src/pages/LinearAlgebra';
import { resetWebglCheck } from '../../src/ui/webgl/support';
import { useLinalgStore } from '../../src/stores/linalg/store';

const value = (label: string) =>
  Number(document.querySelector(`output[aria-label="${label}"]`)!.getAttribute('data-value'));
const type = (name: string, x: string) =>
  fireEvent.change(screen.getByRole('spinbutton', { name }), { target: { value: x } });

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  resetWebglCheck();
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
  window.history.replaceState(null, '', '/#/linear-algebra');
});
afterEach(() => vi.restoreAllMocks());

describe('linear algebra: maps between dimensions', () => {
  it('2 × 3: rank 2, nullity 1, the null space line; a rank-1 matrix loses a plane', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Maps between dimensions' }));
    expect(value('map rank')).toBe(2);
    expect(value('nullity')).toBe(1);
    expect(screen.getByText(/rank \+ nullity = 2 \+ 1 = 3/)).toBeInTheDocument();
    expect(screen.getByTestId('maps-line')).toBeInTheDocument();
    // Row 2 = 2 × row 1: rank 1, a plane vanishes.
    type('m21', '2');
    type('m22', '0');
    type('m23', '2');
    expect(value('map rank')).toBe(1);
    expect(value('nullity')).toBe(2);
    expect(screen.getByTestId('maps-plane')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('3 × 2: the column space plane, rank 2 and nullity 0; entries out of range are refused', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Maps between dimensions' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'matrix shape' }), { target: { value: '3x2' } });
    expect(value('map rank')).toBe(2);
    expect(value('nullity')).toBe(0);
    expect(screen.getByTestId('maps-plane')).toBeInTheDocument();
    type('m32', '20');
    expect(screen.getByRole('alert')).toHaveTextContent(/between −10 and 10/);
    expect(document.body.textContent).not.toMatch(/NaN/);
  });
});
