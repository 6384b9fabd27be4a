/**
 * Tolerances follow the question: for every numeric exercise on every page (the exercise registries, all
 * tabs of the Machine learning page), the answer key's value is accepted, and the natural wrong guesses —
 * a sign flip, a factor of 2 either way, and the exercise's own traps (the starting value, the minimum…) —
 * are all marked wrong wherever they differ from the answer. Checked at each page's default settings.
 */
import { describe, expect, it } from 'vitest';
import { LEARNING_PATHS } from '../../../../src/app/learningPaths';
import { parseHash } from '../../../../src/app/router';
import { CALCULUS_EXERCISES } from '../../../../src/pages/Calculus/learn/exercises';
import { LINALG_EXERCISES } from '../../../../src/pages/LinearAlgebra/learn/exercises';
import { ML_LEARN } from '../../../../src/pages/MachineLearning/learn/tabLearn';
import { PROBABILITY_EXERCISES } from '../../../../src/pages/Probability/learn/exercises';
import { useCalculusStore } from '../../../../src/stores/calculus/store';
import { calculusView } from '../../../../src/stores/calculus/view';
import { directionFeedback } from '../../../../src/ui/learn/feedback';
import type { Exercise } from '../../../../src/ui/learn/types';
import { instanceOf } from '../../../../src/ui/learn/variants';

const REGISTRIES: [string, readonly Exercise[]][] = [
  ['linear-algebra', LINALG_EXERCISES],
  ['calculus', CALCULUS_EXERCISES],
  ['probability', PROBABILITY_EXERCISES],
  ...Object.entries(ML_LEARN).map(
    ([tab, learn]) => [`machine-learning (${tab})`, learn!.exercises] as [string, readonly Exercise[]],
  ),
];

const isNumeric = (e: Exercise) => e.answer.kind === 'number' || e.answer.kind === 'pair';
const numeric = REGISTRIES.flatMap(([page, list]) =>
  list.filter(isNumeric).map((e) => [`${page}/${e.id}`, e] as const),
);

/** "New numbers": every exercise with parameters, at several seeds (the answer key from the seeded givens). */
const SEEDS = [1, 2, 3, 42, 999_999, 2 ** 31 - 1];
const variable = REGISTRIES.flatMap(([page, list]) =>
  list.filter((e) => e.variant).map((e) => [`${page}/${e.id}`, e] as const),
);
const seeded = variable
  .filter(([, e]) => isNumeric(e))
  .flatMap(([id, e]) => SEEDS.map((seed) => [`${id} seed ${seed}`, instanceOf(e, seed)] as const));

function checkOf(e: Exercise, g: readonly number[]) {
  const a = e.answer;
  if (a.kind === 'number') return a.check(g[0]);
  if (a.kind === 'pair') return a.check(g[0], g[1]);
  throw new Error('not numeric');
}

const norm = (v: readonly number[]) => Math.hypot(...v);
/** A guess within 0.01 % of the answer is the answer (GD that has converged in 20 steps is at the minimum). */
const differs = (g: readonly number[], e: readonly number[]) =>
  norm(g.map((x, i) => x - e[i])) > 1e-4 * Math.max(1, norm(e));

describe('numeric exercises: natural wrong guesses are marked wrong', () => {
  it('covers every page and the exercise the issue names', () => {
    const pages = new Set(numeric.map(([id]) => id.split(/[ /]/)[0]));
    expect([...pages].sort()).toEqual(['calculus', 'linear-algebra', 'machine-learning', 'probability']);
    expect(numeric.map(([id]) => id)).toContain('calculus/gd-20-steps');
    expect(numeric.length).toBeGreaterThanOrEqual(15);
  });

  it.each([...numeric, ...seeded])('%s', (_, e) => {
    useCalculusStore.getState().loadView(calculusView.defaults, []);
    const a = e.answer;
    if (a.kind !== 'number' && a.kind !== 'pair') return;
    expect(a.key, 'a numeric exercise declares its answer key').toBeDefined();
    const key = a.key!;
    const expected = key.expected();
    expect(expected, 'the key has a value at the default settings').not.toBeNull();
    const e0 = expected!;
    const labels = a.kind === 'number' ? [a.label] : a.labels;
    expect(e0.length).toBe(labels.length);
    const side = key.side ?? 'exact';
    if (side === 'exact') expect(checkOf(e, e0).ok, 'the value itself is accepted').toBe(true);
    else {
      const beyond = side === 'above' ? e0[0] * 1.1 : e0[0] * 0.9;
      expect(checkOf(e, [beyond]).ok, 'just beyond the threshold is accepted').toBe(true);
    }

    const guesses: [string, readonly number[]][] = [
      ['sign flip', e0.map((x) => -x)],
      ['factor 2', e0.map((x) => 2 * x)],
      ['factor 1/2', e0.map((x) => x / 2)],
      ...(key.traps?.() ?? []).map(
        (t, i) => [`trap ${i + 1} (${t.join(', ')})`, t] as [string, readonly number[]],
      ),
    ];
    let tried = 0;
    for (const [name, g] of guesses) {
      if (!differs(g, e0)) continue;
      // A threshold question: only the guesses on the wrong side of it are wrong answers.
      if (side === 'above' && g[0] > e0[0]) continue;
      if (side === 'below' && g[0] < e0[0]) continue;
      tried++;
      const v = checkOf(e, g);
      expect(v.ok, `${name}: [${g.join(', ')}] against [${e0.join(', ')}]`).toBe(false);
      // …and the feedback before the answer is revealed never names the value.
      const said = directionFeedback(key, g, labels) ?? '';
      for (const x of e0.filter((x) => x !== 0 && !Number.isInteger(x)))
        expect(said).not.toContain(String(Number(x.toPrecision(3))));
    }
    expect(tried, 'at least two wrong guesses apply').toBeGreaterThanOrEqual(2);
  });

  it('"Predict 20 steps of GD" on the beginner path\'s bowl accepts neither the minimum nor the start', () => {
    const step = LEARNING_PATHS[0].steps.find((s) => s.exercise === 'calculus/gd-20-steps')!;
    const { view } = calculusView.decode(parseHash(`#${step.route}`).query);
    useCalculusStore.getState().loadView(view, []);
    const gd = CALCULUS_EXERCISES.find((x) => x.id === 'gd-20-steps')!;
    const a = gd.answer;
    if (a.kind !== 'pair') throw new Error('pair');
    const [x, y] = a.key!.expected()!;
    expect(a.check(x, y).ok).toBe(true);
    expect(a.check(0, 0).ok).toBe(false);
    expect(Math.hypot(x, y)).toBeGreaterThan(0.01);
    expect(a.check(view.start[0], view.start[1]).ok).toBe(false);
    expect(a.check(2 * x, 2 * y).ok).toBe(false);
    expect(a.check(1.04 * x, 1.04 * y).ok).toBe(true);
  });
});

describe('"New numbers": seeded variants', () => {
  it('at least six exercises across pages have parameters', () => {
    expect(variable.length).toBeGreaterThanOrEqual(6);
    expect(new Set(variable.map(([id]) => id.split(/[ /]/)[0])).size).toBeGreaterThanOrEqual(3);
  });

  it.each(variable)('%s: the same seed gives the same numbers, other seeds other numbers', (_, e) => {
    useCalculusStore.getState().loadView(calculusView.defaults, []);
    // The givens are in the prompt (a shear keeps det = 1 whatever its numbers).
    const numbers = (x: Exercise) => JSON.stringify(x.prompt);
    const again = e.variant!(7);
    const first = instanceOf(e, 7);
    expect(again.id).toBe(e.id);
    expect(numbers(again)).toEqual(numbers(first));
    // Not every seed must differ (a small pool of givens), but most do.
    const distinct = new Set(SEEDS.map((s) => JSON.stringify(numbers(instanceOf(e, s)))));
    expect(distinct.size).toBeGreaterThanOrEqual(3);
  });
});
