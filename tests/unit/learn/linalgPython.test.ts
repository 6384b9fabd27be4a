// The Code panel's NumPy script: the fixture's numbers appear exactly, the text is valid Python, and
// (where NumPy is installed) running it prints the determinant the core computes.
import { describe, expect, it } from 'vitest';
import { expectValidPython, hasPython, pythonRuns, runPython } from './python';
import fixture from '../../fixtures/linalg.json';
import { determinant, type Matrix } from '../../../src/core';
import { DEFAULT_VIEW, resize } from '../../../src/stores/linalg/view';
import { linalgPython, type LinalgScene } from '../../../src/pages/LinearAlgebra/learn/python';

const cases = (fixture as unknown as { cases: { label: string; A: Matrix }[] }).cases;
const A = (label: string): Matrix => {
  const c = cases.find((x) => x.label === label);
  if (!c) throw new Error(`no fixture case ${label}`);
  return c.A;
};

const hasNumpy = hasPython && pythonRuns('import numpy');

const base = (dim: 2 | 3): LinalgScene => resize(DEFAULT_VIEW, dim);
const scenes: { name: string; scene: LinalgScene }[] = [
  { name: 'rotation30 (2×2, transform)', scene: { ...base(2), mode: 'transform', a: A('rotation30') } },
  {
    name: 'random3_1 then rotZ45 (3×3, compose)',
    scene: { ...base(3), mode: 'compose', a: A('random3_1'), b: A('rotZ45') },
  },
  { name: 'singular3 (3×3, svd)', scene: { ...base(3), mode: 'svd', a: A('singular3') } },
];

/** The rows of `name = np.array([...], dtype=float)` read back as numbers. */
function readMatrix(code: string, name: string): number[][] {
  const m = new RegExp(`^${name} = np\\.array\\(\\[\\n([\\s\\S]*?)\\n\\], dtype=float\\)`, 'm').exec(code);
  if (!m) throw new Error(`no ${name} in the script`);
  return m[1].split('\n').map((line) =>
    line
      .trim()
      .replace(/^\[|\],$/g, '')
      .split(', ')
      .map(Number),
  );
}

describe('linalgPython(scene)', () => {
  it('writes A of rotation30 with exactly the fixture numbers (full precision)', () => {
    const code = linalgPython(scenes[0].scene);
    expect(code).toContain('0.8660254037844387');
    expect(code).toContain('-0.49999999999999994');
    expect(readMatrix(code, 'A')).toEqual(A('rotation30'));
  });

  it('writes A and B of a 3×3 composition exactly, and AB = A @ B', () => {
    const code = linalgPython(scenes[1].scene);
    expect(readMatrix(code, 'A')).toEqual(A('random3_1'));
    expect(readMatrix(code, 'B')).toEqual(A('rotZ45'));
    expect(code).toContain('AB = A @ B');
    expect(code).toContain('np.linalg.inv(A)');
  });

  it('offers the pseudo-inverse instead of inv for a singular matrix', () => {
    const code = linalgPython(scenes[2].scene);
    expect(code).not.toContain('np.linalg.inv(A)');
    expect(code).toContain('rank 2 < 3');
    expect(code).toContain('np.linalg.pinv(A)');
  });

  it('writes the PCA cloud parameters (sd, correlations, n, seed, k) in PCA mode', () => {
    const scene: LinalgScene = {
      ...base(3),
      mode: 'pca',
      sd: [1.5, 0.25, 3],
      corr: [0.3, -0.2, 0.1],
      n: 500,
      seed: 7,
      k: 2,
    };
    const code = linalgPython(scene);
    expect(code).toContain('sd = np.array([1.5, 0.25, 3])');
    expect(readMatrix(code, 'R')).toEqual([
      [1, 0.3, -0.2],
      [0.3, 1, 0.1],
      [-0.2, 0.1, 1],
    ]);
    expect(code).toContain('default_rng(7)');
    expect(code).toContain('size=500');
    expect(code).toContain('k = 2');
    expect(code).toContain('np.linalg.eigh(S)');
  });

  it
    .skipIf(!hasPython)
    .each([
      ...scenes,
      { name: 'PCA 2D', scene: { ...base(2), mode: 'pca' } as LinalgScene },
      { name: 'basis 2D', scene: { ...base(2), mode: 'basis' } as LinalgScene },
    ])('is valid Python: $name', ({ scene }) => {
    const code = linalgPython(scene);
    expectValidPython(code);
  });

  it.skipIf(!hasNumpy).each(scenes)('prints det(A) equal to the core determinant: $name', ({ scene }) => {
    const out = runPython(linalgPython(scene));
    const m = /^det\(A\) = (\S+)$/m.exec(out);
    expect(m, out).not.toBeNull();
    const printed = Number(m![1]);
    const ours = determinant(scene.a);
    expect(Math.abs(printed - ours)).toBeLessThanOrEqual(Math.max(1e-9 * Math.abs(ours), 1e-12));
  });

  it.skipIf(!hasNumpy)('runs in PCA mode and prints explained ratios that sum to 1', () => {
    const out = runPython(linalgPython({ ...base(2), mode: 'pca' }));
    const m = /^explained ratio = \[([^\]]*)\]$/m.exec(out);
    expect(m, out).not.toBeNull();
    const ratios = m![1].trim().split(/\s+/).map(Number);
    expect(ratios).toHaveLength(2);
    expect(ratios[0]).toBeGreaterThan(ratios[1]);
    expect(Math.abs(ratios[0] + ratios[1] - 1)).toBeLessThanOrEqual(2e-6);
  });
});
