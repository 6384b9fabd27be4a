// The linear algebra exercises: the ids the learning paths link to exist, each worked solution puts the
// page in a state its own check accepts, and each prediction accepts the right answer and only that.
import { beforeEach, describe, expect, it } from 'vitest';
import { useLinalgStore } from '../../../src/stores/linalg/store';
import { DEFAULT_VIEW, resize } from '../../../src/stores/linalg/view';
import { LINALG_EXERCISES } from '../../../src/pages/LinearAlgebra/learn/exercises';
import {
  checkDetZero,
  checkEigen2Minus1,
  principalAngle,
} from '../../../src/pages/LinearAlgebra/learn/checks';
import type { Answer, Exercise } from '../../../src/ui/learn/types';

const byId = (id: string): Exercise => {
  const e = LINALG_EXERCISES.find((x) => x.id === id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};
const reset = (dim: 2 | 3 = 2) => useLinalgStore.getState().loadView(resize(DEFAULT_VIEW, dim), []);
const liveCheck = (e: Exercise) => (e.answer as Extract<Answer, { kind: 'live' }>).check();

beforeEach(() => reset());

describe('LINALG_EXERCISES', () => {
  it('has the ids the learning paths link to, unique, with at least two predictions', () => {
    const ids = LINALG_EXERCISES.map((e) => e.id);
    expect(ids).toContain('det-zero');
    expect(ids).toContain('eigen-2-minus-1');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const predictions = LINALG_EXERCISES.filter((e) => e.answer.kind !== 'live');
    expect(predictions.length).toBeGreaterThanOrEqual(2);
    for (const p of predictions) expect(p.reveal, p.id).toBeTypeOf('function');
    expect(byId('det-zero').answer.kind).toBe('live');
    expect(byId('eigen-2-minus-1').answer.kind).toBe('live');
  });

  it.each([2, 3] as const)(
    'the live tasks fail on the default %iD matrix and pass after their solution',
    (dim) => {
      for (const id of ['det-zero', 'eigen-2-minus-1']) {
        reset(dim);
        const e = byId(id);
        expect(liveCheck(e).ok, id).toBe(false);
        e.applySolution();
        const v = liveCheck(e);
        expect(v.ok, `${id}: ${v.why}`).toBe(true);
        expect(useLinalgStore.getState().view.dim).toBe(dim);
        expect(v.why).toMatch(/^[a-z]/);
      }
    },
  );

  it('the solution of every prediction sets a finished scene (t = 1, not playing); reveal plays it', () => {
    for (const e of LINALG_EXERCISES.filter((x) => x.answer.kind !== 'live')) {
      reset(3);
      e.applySolution();
      const s = useLinalgStore.getState();
      expect(s.playing, e.id).toBeNull();
      expect(s.view.t).toBe(1);
      e.reveal!();
      expect(useLinalgStore.getState().playing, e.id).toEqual({ from: 0, to: 1 });
    }
  });
});

describe('predictions', () => {
  const number = (id: string) => byId(id).answer as Extract<Answer, { kind: 'number' }>;
  const pair = (id: string) => byId(id).answer as Extract<Answer, { kind: 'pair' }>;

  it('shear-det: det [[1, 1.5], [0, 1]] = 1', () => {
    expect(number('shear-det').check(1).ok).toBe(true);
    expect(number('shear-det').check(1.5).ok).toBe(false);
    expect(useLinalgStore.getState().view.mode).toBe('transform');
  });

  it('compose-det: det(AB) = 3 · (−1.5) = −4.5, the sign counts', () => {
    const a = number('compose-det');
    expect(a.check(-4.5).ok).toBe(true);
    expect(a.check(4.5).ok).toBe(false);
    expect(a.check(-4.5).why).toContain('−4.5');
    byId('compose-det').applySolution();
    expect(useLinalgStore.getState().view.mode).toBe('compose');
  });

  it('triangular-eigen: the diagonal 3 and 0.5, in either order', () => {
    const a = pair('triangular-eigen');
    expect(a.check(3, 0.5).ok).toBe(true);
    expect(a.check(0.5, 3).ok).toBe(true);
    expect(a.check(3, 2).ok).toBe(false);
  });

  it('rank-one-sigma: σ₁ = √50 to three digits, σ₂ = 0', () => {
    const a = pair('rank-one-sigma');
    expect(a.check(7.071, 0).ok).toBe(true);
    expect(a.check(7.1, 0).ok).toBe(false);
    expect(a.check(7.071, 1).ok).toBe(false);
    byId('rank-one-sigma').reveal!();
    expect(useLinalgStore.getState().view.mode).toBe('svd');
    expect(useLinalgStore.getState().result.analysis.rank).toBe(1);
  });

  it('pca-axis: the first axis of sd (2, 0.7), r = 0.6 is near the x axis (about 12.8°)', () => {
    const { angle, nearest } = principalAngle([2, 0.7], [0.6]);
    // tan 2θ = 2·Σ₁₂ / (Σ₁₁ − Σ₂₂) = 1.68 / 3.51.
    expect(angle).toBeCloseTo((Math.atan(1.68 / 3.51) * 90) / Math.PI, 9);
    expect(nearest).toBe(0);
    const a = byId('pca-axis').answer as Extract<Answer, { kind: 'choice' }>;
    expect(a.check(0).ok).toBe(true);
    expect(a.check(1).ok).toBe(false);
    expect(principalAngle([1, 1], [0.6]).nearest).toBe(1);
    expect(principalAngle([1, 1], [-0.6]).nearest).toBe(3);
    expect(principalAngle([0.5, 2], [0.1]).nearest).toBe(2);
  });
});

describe('checkDetZero(A)', () => {
  it('accepts a singular matrix without zeros, also when rounding leaves ~1e-17', () => {
    expect(
      checkDetZero([
        [0.1, 0.2],
        [0.3, 0.6],
      ]).ok,
    ).toBe(true);
    expect(
      checkDetZero([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ]).ok,
    ).toBe(true);
  });
  it('refuses a zero entry, and an invertible matrix, saying why', () => {
    const zero = checkDetZero([
      [1, 0],
      [2, 0],
    ]);
    expect(zero.ok).toBe(false);
    expect(zero.why).toMatch(/2 entries are exactly 0/);
    const inv = checkDetZero([
      [1, 2],
      [3, 4],
    ]);
    expect(inv.ok).toBe(false);
    expect(inv.why).toMatch(/det\(A\) = −2/);
  });
});

describe('checkEigen2Minus1(A)', () => {
  it('accepts 2 and −1 (a third eigenvalue in 3D is free) and refuses a rotation', () => {
    expect(
      checkEigen2Minus1([
        [2, 5],
        [0, -1],
      ]).ok,
    ).toBe(true);
    expect(
      checkEigen2Minus1([
        [2, 0, 0],
        [0, 7, 0],
        [1, 1, -1],
      ]).ok,
    ).toBe(true);
    expect(
      checkEigen2Minus1([
        [2, 0],
        [0, 2],
      ]).ok,
    ).toBe(false);
    const rot = checkEigen2Minus1([
      [0, -1],
      [1, 0],
    ]);
    expect(rot.ok).toBe(false);
    expect(rot.why).toMatch(/complex/);
  });
});
