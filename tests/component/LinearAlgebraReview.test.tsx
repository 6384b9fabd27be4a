// @vitest-environment jsdom
// Issue 17's numerical review on the page: rank by NumPy's rule with the deciding tolerance said in the
// panel, det shown as 0 when rank < n (with the rounding bound), exact integer determinants, and exact
// eigenvalues of a triangular matrix with "defective" named. Each of these failed on the 1e-10 cut-off.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import LinearAlgebraPage from '../../src/pages/LinearAlgebra';
import { resetWebglCheck } from '../../src/ui/webgl/support';
import { useLinalgStore } from '../../src/stores/linalg/store';
import { factorsOf } from '../../src/pages/LinearAlgebra/motion';
import { sceneText } from '../../src/pages/LinearAlgebra/sceneText';
import { DEFAULT_VIEW } from '../../src/stores/linalg/view';
import { matrixReport, orientedSvd } from '../../src/core';

const output = (label: string) =>
  document.querySelector(`output[aria-label="${label}"]`) as HTMLOutputElement;
const dataValue = (label: string) => output(label).getAttribute('data-value') ?? '';

function typeMatrix(a: number[][]): void {
  a.forEach((row, i) =>
    row.forEach((x, j) =>
      fireEvent.change(screen.getByRole('spinbutton', { name: `a${i + 1}${j + 1} value` }), {
        target: { value: String(x) },
      }),
    ),
  );
}

function use3d(): void {
  fireEvent.click(screen.getByRole('radio', { name: '3D' }));
}

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  resetWebglCheck();
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
  window.history.replaceState(null, '', '/#/linear-algebra');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('linear algebra: the numerical review on the page', () => {
  it('[[1,2,3],[4,5,6],[7,8,9]]·1e7 reads rank 2, det 0, singular (it read rank 3 and det −3.35e6)', () => {
    render(<LinearAlgebraPage />);
    use3d();
    typeMatrix([
      [1e7, 2e7, 3e7],
      [4e7, 5e7, 6e7],
      [7e7, 8e7, 9e7],
    ]);
    expect(dataValue('rank')).toBe('2');
    expect(dataValue('determinant')).toBe('0');
    expect(screen.getByText('singular: no inverse')).toBeInTheDocument();
    expect(document.querySelector('.la-rank-why')?.textContent).toMatch(
      /det A = 0 exactly \(integer entries\), so rank < 3; rank 2 counts the singular values above NumPy's cut-off n·ε·σ₁ = 3·ε·/,
    );
  });

  it('a non-integer singular matrix shows det 0 with "to rounding, |det| < …" beside it', () => {
    render(<LinearAlgebraPage />);
    use3d();
    typeMatrix([
      [0.1, 0.2, 0.3],
      [0.4, 0.5, 0.6],
      [0.7, 0.8, 0.9],
    ]);
    expect(dataValue('rank')).toBe('2');
    expect(dataValue('determinant')).toBe('0');
    expect(output('determinant').getAttribute('title')).toMatch(
      /^shown as 0 because rank 2 < 3: to rounding, \|det\| < /,
    );
    expect(screen.getByText(/^\(to rounding, \|det\| < /)).toBeInTheDocument();
    expect(document.querySelector('.la-rank-why')?.textContent).toMatch(
      /^Rank 2: σ₃ = .* is at or below NumPy's cut-off n·ε·σ₁ = 3·ε·1\.68\d* = .*, so it counts as 0\./,
    );
  });

  it('row 3 = row 1 + row 2 (integers): det exactly 0 beside rank 2, decided exactly', () => {
    render(<LinearAlgebraPage />);
    use3d();
    typeMatrix([
      [-152, -53, -87],
      [-37, 30, -91],
      [-189, -23, -178],
    ]);
    expect(dataValue('determinant')).toBe('0');
    expect(dataValue('rank')).toBe('2');
    expect(output('determinant').getAttribute('title')).toBe('exact (integer entries)');
    // p(λ)'s constant term is −det A = 0 too (it read 2.3e-10).
    expect(useLinalgStore.getState().result.charPoly[3]).toBe(0);
    expect(document.querySelector('.la-rank-why')?.textContent).toMatch(
      /det A = 0 exactly \(integer entries\)/,
    );
  });

  it('an integer matrix gets its exact determinant; diag(1e-11, 1e-11) has rank 2', () => {
    render(<LinearAlgebraPage />);
    typeMatrix([
      [1e-11, 0],
      [0, 1e-11],
    ]);
    expect(dataValue('rank')).toBe('2');
    expect(Number(dataValue('determinant'))).toBeCloseTo(1e-22, 35);
    use3d();
    typeMatrix([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 10],
    ]);
    expect(dataValue('determinant')).toBe('-3');
    expect(output('rank').getAttribute('title')).toMatch(
      /decided exactly: the entries are integers and det A = −3/,
    );
  });

  it('a shear shows eigenvalues 1, 1 exactly and is named defective, not "±1e-5"', () => {
    render(<LinearAlgebraPage />);
    typeMatrix([
      [1, 1],
      [0, 1],
    ]);
    expect(JSON.parse(dataValue('eigenvalues'))).toEqual([
      [1, 0],
      [1, 0],
    ]);
    expect(output('eigenvalues')).toHaveTextContent(/^1, 1 \(exact; defective\)$/);
    expect(output('eigenvalues').textContent).not.toMatch(/1e-5/);
    expect(output('eigenvalues').getAttribute('title')).toMatch(/^Defective: /);
  });
});

describe('linear algebra: SVD signs, the drawing and the table agree', () => {
  const matrices = [
    [
      [1.5, 0.5],
      [0.5, 1],
    ],
    [
      [1, 0],
      [0, -1],
    ],
    [
      [0, 1],
      [1, 0],
    ],
    [
      [2, -1],
      [0.5, 3],
    ],
    [
      [1, 2],
      [2, 4],
    ],
    [
      [-1, 0.3],
      [0.2, -2],
    ],
  ];
  it.each(matrices.map((a) => [JSON.stringify(a), a] as const))('%s', (_, a) => {
    const view = { ...DEFAULT_VIEW, mode: 'svd' as const, a };
    const cloud = useLinalgStore.getState().cloud;
    const text = sceneText(view, matrixReport(a), cloud);
    const { v, uReflects } = orientedSvd(a);
    const vt = factorsOf(a).svd.vtFlat;
    // The drawn right singular vector i (row i of the animation's Vᵀ) is the table's vᵢ, same sign.
    for (let i = 0; i < 2; i++) {
      expect(vt[3 * i]).toBeCloseTo(v[0][i], 12);
      expect(vt[3 * i + 1]).toBeCloseTo(v[1][i], 12);
    }
    const det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
    expect(uReflects).toBe(det < 0);
    expect(text.description).toMatch(det < 0 ? /U reflects it/ : /U \(a rotation\) turns it/);
  });

  it('the SVD panel says "U reflects" for a reflection and "rotation" for both factors otherwise', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'SVD' }));
    typeMatrix([
      [1, 0],
      [0, -1],
    ]);
    const panel = screen.getByRole('region', { name: 'singular value decomposition' });
    expect(panel).toHaveTextContent(/U reflects and turns the axes/);
    typeMatrix([
      [2, 0],
      [0, 1],
    ]);
    expect(panel).toHaveTextContent(/U \(a rotation\) turns the axes/);
    expect(panel).toHaveTextContent(/Vᵀ \(a rotation\)/);
  });
});

describe('linear algebra: the Rotation preset without float noise', () => {
  const field = (name: string) => screen.getByRole('spinbutton', { name }) as HTMLInputElement;
  const rotation = () =>
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Presets for A' })).getByRole('button', { name: 'Rotation' }),
    );

  it('cells show rounded values (|x| ≤ 1e-15 as 0), full precision on focus and in the store', () => {
    render(<LinearAlgebraPage />);
    fireEvent.change(field('A rotation angle (degrees)'), { target: { value: '90' } });
    rotation();
    expect(useLinalgStore.getState().view.a[0][0]).toBe(Math.cos(Math.PI / 2));
    expect(field('a11 value')).toHaveValue('0');
    expect(field('a12 value')).toHaveValue('-1');
    fireEvent.focus(field('a11 value'));
    expect(field('a11 value')).toHaveValue(String(Math.cos(Math.PI / 2)));
    fireEvent.blur(field('a11 value'));
    expect(field('a11 value')).toHaveValue('0');
  });

  it('a new angle applies as soon as it is typed while A is the rotation; a typed cell shows what was typed', () => {
    render(<LinearAlgebraPage />);
    rotation();
    expect(field('a11 value')).toHaveValue('0.866025');
    expect(field('a21 value')).toHaveValue('0.5');
    fireEvent.change(field('A rotation angle (degrees)'), { target: { value: '45' } });
    expect(useLinalgStore.getState().view.a[0][0]).toBe(Math.cos(Math.PI / 4));
    expect(field('a11 value')).toHaveValue('0.707107');
    fireEvent.change(field('a11 value'), { target: { value: '0.70710678' } });
    fireEvent.blur(field('a11 value'));
    expect(field('a11 value')).toHaveValue('0.70710678');
    // A is no longer the rotation: a new angle leaves it alone.
    fireEvent.change(field('A rotation angle (degrees)'), { target: { value: '60' } });
    expect(useLinalgStore.getState().view.a[0][0]).toBe(0.70710678);
  });
});
