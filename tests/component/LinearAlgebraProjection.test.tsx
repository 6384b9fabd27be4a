// @vitest-environment jsdom
// The Projection and Gram–Schmidt views (issue 17): v onto the line of a1 (2D) or the plane of a1, a2 (3D),
// the readout "projection length", P² = P, dependent columns said; Gram–Schmidt step by step with Next, a
// dependent vector flagged and dropped, and A = QR.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LinearAlgebraPage from '../../src/pages/LinearAlgebra';
import { qrFromSteps } from '../../src/pages/LinearAlgebra/GramSchmidtPanel';
import { gramSchmidtSteps } from '../../src/core';
import { resetWebglCheck } from '../../src/ui/webgl/support';
import { useLinalgStore } from '../../src/stores/linalg/store';
import { linalgView } from '../../src/stores/linalg/view';

const output = (label: string) =>
  document.querySelector(`output[aria-label="${label}"]`) as HTMLOutputElement;
const value = (label: string) => Number(output(label).getAttribute('data-value'));
const type = (name: string, x: string) =>
  fireEvent.change(screen.getByRole('spinbutton', { name }), { target: { value: x } });

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  resetWebglCheck();
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
  window.history.replaceState(null, '', '/#/linear-algebra');
});
afterEach(() => vi.restoreAllMocks());

describe('linear algebra: the Projection view', () => {
  it('projects v = (1, 2) onto the line of a1 = (2, 1): p = (1.6, 0.8), residual at a right angle', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Projection' }));
    expect(value('projection length')).toBeCloseTo(4 / Math.sqrt(5), 14);
    expect(value('residual length')).toBeCloseTo(Math.sqrt(1.8), 14);
    expect(value('max |P² − P|')).toBeLessThan(1e-15);
    expect(screen.getByTestId('right-angle')).toBeInTheDocument();
    // The tip of v by keyboard: v = (1.1, 2), p = (v·a1/5)a1 = 0.84·(2, 1).
    fireEvent.keyDown(screen.getByRole('button', { name: 'tip of v' }), { key: 'ArrowRight' });
    expect(useLinalgStore.getState().view.sv).toEqual([1.1, 2]);
    expect(value('projection length')).toBeCloseTo(0.84 * Math.sqrt(5), 14);
    expect(linalgView.encode(useLinalgStore.getState().view)).toContain('view=projection');
    type('a1 x', '9');
    expect(screen.getByText(/each coordinate of a1 between −4 and 4/)).toBeInTheDocument();
    expect(output('projection length').textContent).toBe('—');
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('in 3D projects onto the plane of a1, a2, and says when a1, a2 are dependent', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Projection' }));
    fireEvent.click(screen.getByRole('radio', { name: '3D' }));
    fireEvent.click(screen.getByRole('radio', { name: 'plane of a1, a2' }));
    // a1 = (2, 1, 0), a2 = (1, 2, 0): the xy-plane; v = (1, 2, 1.5) → p = (1, 2, 0).
    expect(value('projection length')).toBeCloseTo(Math.sqrt(5), 14);
    expect(value('residual length')).toBeCloseTo(1.5, 14);
    type('a2 x', '4');
    type('a2 y', '2');
    expect(screen.getByText(/a1 and a2 are dependent \(rank 1\)/)).toBeInTheDocument();
    expect(value('max |P² − P|')).toBeLessThan(1e-14);
    expect(document.body.textContent).not.toMatch(/NaN/);
  });
});

describe('linear algebra: the Gram–Schmidt view', () => {
  it('steps with Next; in the plane a third vector is flagged and dropped', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Gram–Schmidt' }));
    expect(value('orthonormal vectors')).toBe(2);
    expect(value('last residual length')).toBeCloseTo(Math.sqrt(1.8), 14);
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(value('orthonormal vectors')).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(value('orthonormal vectors')).toBe(1);
    expect(value('last residual length')).toBeCloseTo(Math.sqrt(5), 14);
    fireEvent.change(screen.getByRole('combobox', { name: 'vectors' }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(useLinalgStore.getState().view.gsk).toBe(3);
    expect(value('orthonormal vectors')).toBe(2);
    expect(value('dropped vectors')).toBe(1);
    expect(screen.getByText(/a3 is dependent on the earlier vectors/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('Q and R from the steps give A = QR with orthonormal Q (3D, a dependent middle vector)', () => {
    const a = [
      [1, 2, 2],
      [2, 4, 4],
      [0, 1, -3],
    ];
    const { Q, R } = qrFromSteps(gramSchmidtSteps(a), 3);
    expect(Q[0].length).toBe(2);
    for (let i = 0; i < 3; i++)
      for (let k = 0; k < 3; k++) {
        const qr = Q[i].reduce((s, q, j) => s + q * R[j][k], 0);
        expect(qr).toBeCloseTo(a[k][i], 12);
      }
    for (let p = 0; p < 2; p++)
      for (let q = 0; q < 2; q++)
        expect(Q.reduce((s, row) => s + row[p] * row[q], 0)).toBeCloseTo(p === q ? 1 : 0, 14);
  });
});
