import { describe, expect, it } from 'vitest';
import { classPointsOf, generateClasses, logisticOf } from '../../../../../src/stores/ml/regression/logistic';
import { useRegStore } from '../../../../../src/stores/ml/regression/store';
import { regView, type RegView } from '../../../../../src/stores/ml/regression/view';

const own = (pts: [number, number, number][], patch: Partial<RegView> = {}): RegView => ({
  ...regView.defaults,
  method: 'logistic',
  cls: 'own',
  cpoints: pts.map(([x1, x2, label]) => ({ x1, x2, label })),
  ...patch,
});

describe('the Logistic method', () => {
  it('matches scikit-learn LogisticRegression(C = 1/(n·l2)) on six points', () => {
    // sklearn 1.2.1, newton-cg, tol 1e-14: intercept −0.4024517046236717, coef [0.06730014, 0.71574501],
    // mean cross-entropy 0.6283221448718005, accuracy 4/6.
    const view = own(
      [
        [0, 0, 0],
        [1, 0, 0],
        [0, 1, 1],
        [1, 1, 1],
        [0.5, 0.2, 1],
        [0.4, 0.9, 0],
      ],
      { l2: 0.1 },
    );
    const r = logisticOf(view, view.cpoints);
    if ('error' in r) throw new Error(r.error);
    expect(r.fit.intercept).toBeCloseTo(-0.4024517046236717, 7);
    expect(r.fit.coef[0]).toBeCloseTo(0.06730014, 7);
    expect(r.fit.coef[1]).toBeCloseTo(0.71574501, 7);
    expect(r.crossEntropy).toBeCloseTo(0.6283221448718005, 9);
    expect(r.accuracy).toBeCloseTo(4 / 6, 12);
    expect(r.growth).toBeNull();
    // Gradient descent on the (w₁, w₂) slice at the fitted b heads to the fitted weights.
    const long = logisticOf({ ...view, steps: 3000, llr: 2 }, view.cpoints);
    if ('error' in long) throw new Error(long.error);
    const end = long.path[long.path.length - 1];
    expect(Math.hypot(end[0] - r.fit.coef[0], end[1] - r.fit.coef[1])).toBeLessThan(1e-6);
    expect(r.sigmoid.every((p) => p > 0 && p < 1)).toBe(true);
    expect(r.boundary).not.toBeNull();
  });

  it('separable classes without L2: the weights grow with every Newton step; with L2 they stop', () => {
    const base = {
      ...regView.defaults,
      method: 'logistic' as const,
      cls: 'separable' as const,
      n: 40,
      seed: 5,
    };
    const pts = generateClasses(base);
    expect(pts).toHaveLength(40);
    expect(generateClasses(base)).toEqual(pts);
    const free = logisticOf({ ...base, l2: 0 }, pts);
    if ('error' in free) throw new Error(free.error);
    expect(free.accuracy).toBe(1);
    expect(free.growth).not.toBeNull();
    const norms = free.growth!.map((g) => g.norm);
    for (let k = 1; k < norms.length; k++) expect(norms[k]).toBeGreaterThan(norms[k - 1]);
    const held = logisticOf({ ...base, l2: 0.01 }, pts);
    if ('error' in held) throw new Error(held.error);
    expect(held.growth).toBeNull();
    expect(held.fit.converged).toBe(true);
  });

  it('refuses labels other than 0/1 and a bad L2 strength in words; one class alone is said', () => {
    expect(logisticOf(own([[0, 0, 2]]), [{ x1: 0, x2: 0, label: 2 }])).toEqual({
      error: expect.stringMatching(/label 2/),
    });
    const v = own([[0, 0, 1]], { l2: -1 });
    expect(logisticOf(v, v.cpoints)).toEqual({ error: expect.stringMatching(/L2 strength/) });
    const one = own([
      [0, 0, 1],
      [1, 1, 1],
    ]);
    const r = logisticOf(one, one.cpoints);
    if ('error' in r) throw new Error(r.error);
    expect(r.warnings.join(' ')).toMatch(/Every point is in class 1/);
    expect(Number.isFinite(r.crossEntropy)).toBe(true);
  });

  it('the store adds, moves and removes class points, and a CSV of x1,x2,label loads in the Logistic method', () => {
    const s = useRegStore.getState();
    s.loadView({ ...regView.defaults, method: 'logistic' }, []);
    const generated = classPointsOf(useRegStore.getState().view).length;
    useRegStore.getState().addClassPoint(1, 2, 0);
    let v = useRegStore.getState().view;
    expect(v.cls).toBe('own');
    expect(v.cpoints).toHaveLength(generated + 1);
    expect(v.cpoints[generated]).toEqual({ x1: 1, x2: 2, label: 0 });
    useRegStore.getState().moveClassPoint(generated, 3, 4);
    expect(useRegStore.getState().view.cpoints[generated]).toEqual({ x1: 3, x2: 4, label: 0 });
    useRegStore.getState().loadCsv('x1,x2,label\n0,0,0\n1,1,1\n2,2,3\n3,x,1');
    v = useRegStore.getState().view;
    expect(v.cpoints).toEqual([
      { x1: 0, x2: 0, label: 0 },
      { x1: 1, x2: 1, label: 1 },
    ]);
    const problems = useRegStore.getState().csvProblems.join(' | ');
    expect(problems).toMatch(/line 5/);
    expect(problems).toMatch(/row with a label other than 0 or 1 not loaded/);
    // The regression points are untouched.
    expect(v.data).toBe('line');
    const q = regView.encode(v);
    expect(regView.decode(new URLSearchParams(q)).view).toEqual(v);
  });
});
