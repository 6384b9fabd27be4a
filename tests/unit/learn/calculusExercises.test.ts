import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OPTIMIZER_NAMES, optimizerLabels } from '../../../src/core';
import { useCalculusStore } from '../../../src/stores/calculus/store';
import { DEFAULT_VIEW } from '../../../src/stores/calculus/view';
import { PRESETS } from '../../../src/pages/Calculus/presets';
import { CALCULUS_EXERCISES } from '../../../src/pages/Calculus/learn/exercises';
import type { Answer, Exercise } from '../../../src/ui/learn/types';
import { instanceOf } from '../../../src/ui/learn/variants';
import { exprOf, stability } from '../../../src/pages/Calculus/learn/exerciseMath';

const byId = (id: string): Exercise => {
  const e = CALCULUS_EXERCISES.find((x) => x.id === id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};
function answer<K extends Answer['kind']>(id: string, kind: K): Extract<Answer, { kind: K }> {
  const a = byId(id).answer;
  if (a.kind !== kind) throw new Error(`${id} is a ${a.kind} answer`);
  return a as Extract<Answer, { kind: K }>;
}
const view = () => useCalculusStore.getState().view;
const selected = () => OPTIMIZER_NAMES.filter((n) => view().optimizers[n].on);
const run = vi.fn();

beforeEach(() => {
  run.mockClear();
  // The race runs in a worker, which a Node test has not got: record the call instead.
  useCalculusStore.setState({ view: DEFAULT_VIEW, shownFn: DEFAULT_VIEW.fn, race: null, hover: null, run });
});

describe('CALCULUS_EXERCISES', () => {
  it('CALCULUS_EXERCISES has at least 5 exercises with unique ids, including diverge-lr and gd-20-steps', () => {
    const ids = CALCULUS_EXERCISES.map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('diverge-lr');
    expect(ids).toContain('gd-20-steps');
    for (const e of CALCULUS_EXERCISES) {
      expect(e.hint, e.id).toBeTruthy();
      expect(e.solution, e.id).toBeTruthy();
    }
  });

  it('diverge-lr.check(η) is Correct exactly above 2/λmax = 2/20 of x² + 10y², and cites the bound', () => {
    const { check } = answer('diverge-lr', 'number');
    const yes = check(0.15);
    expect(yes.ok).toBe(true);
    expect(yes.why).toContain('2/λmax = 0.1');
    expect(yes.why).toContain('λmax = 20');
    expect(check(0.1000001).ok).toBe(true);
    expect(check(0.1).ok).toBe(false);
    expect(check(0.05).ok).toBe(false);
    expect(check(0.05).why).toContain('2/λmax = 0.1');
    expect(check(0).ok).toBe(false);
    expect(check(-1).ok).toBe(false);
  });

  it('diverge-lr.reveal() sets f = x^2 + 10*y^2 with GD alone at the committed rate, long enough to diverge, and runs', () => {
    const ex = byId('diverge-lr');
    answer('diverge-lr', 'number').check(0.101);
    ex.reveal!();
    expect(view().fn).toBe('x^2 + 10*y^2');
    expect(selected()).toEqual(['gd']);
    expect(view().optimizers.gd.lr).toBe(0.101);
    // |1 − 20·0.101| = 1.02 per step: a millionfold growth of f takes hundreds of steps, not the default 200.
    expect(view().steps).toBeGreaterThan(300);
    expect(run).toHaveBeenCalledTimes(1);
    ex.applySolution();
    expect(view().optimizers.gd.lr).toBeGreaterThan(0.1);
  });

  it('gd-20-steps.check(x, y) scores the guess by distance to 2·0.8²⁰, 1.5·0.8²⁰ on the learning path’s bowl', () => {
    const bowl = PRESETS.find((p) => p.name === 'bowl')!;
    useCalculusStore
      .getState()
      .applyPreset({ fn: bowl.fn, domain: { xmin: -3, xmax: 3, ymin: -3, ymax: 3 }, start: [2, 1.5] });
    useCalculusStore.getState().setParam('gd', 'lr', 0.1);
    const { check } = answer('gd-20-steps', 'pair');
    const k = 0.8 ** 20; // each GD step on x² + y² with η = 0.1 multiplies p by 1 − 2η
    expect(check(2 * k, 1.5 * k).ok).toBe(true);
    // Tolerance: 5 % of |p₂₀| = 0.00144, never below 0.1 % of the domain's side (0.006): the minimum fails.
    expect(check(2 * k, 1.5 * k).why).toContain('tolerance 0.006');
    expect(check(2 * k + 0.0059, 1.5 * k).ok).toBe(true);
    expect(check(2 * k + 0.0061, 1.5 * k).ok).toBe(false);
    expect(check(0, 0).ok).toBe(false);
    expect(check(1, 0.75).ok).toBe(false);
    byId('gd-20-steps').reveal!();
    expect(view().steps).toBe(20);
    expect(selected()).toEqual(['gd']);
    expect(view().optimizers.gd.lr).toBe(0.1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('gd-20-steps "New numbers": setUp() puts the seeded bowl, start and η on the page, and the page\'s own exercise then has the instance\'s answer', () => {
    const gd = byId('gd-20-steps');
    const seen = new Set<string>();
    for (const seed of [1, 2, 3, 42, 999_999]) {
      useCalculusStore.setState({
        view: DEFAULT_VIEW,
        shownFn: DEFAULT_VIEW.fn,
        race: null,
        hover: null,
        run,
      });
      const inst = instanceOf(gd, seed);
      const a = inst.answer;
      if (a.kind !== 'pair') throw new Error('pair');
      const [x, y] = a.key!.expected()!;
      // The instance's check is its own: the page's settings do not change it.
      expect(a.check(x, y).ok).toBe(true);
      inst.setUp!();
      expect(run).not.toHaveBeenCalled(); // a prediction: the page waits for the answer
      const v = view();
      seen.add(`${v.fn}|${v.start.join(',')}|${v.optimizers.gd.lr}`);
      expect(selected()).toEqual(['gd']);
      expect(v.optimizers.gd.schedule).toBe('constant');
      expect(v.steps).toBe(20);
      const page = gd.answer;
      if (page.kind !== 'pair') throw new Error('pair');
      const [px, py] = page.key!.expected()!;
      expect(px).toBeCloseTo(x, 12);
      expect(py).toBeCloseTo(y, 12);
      // Between the start and the minimum, so the natural wrong guesses stay wrong.
      expect(Math.hypot(x, y)).toBeGreaterThan(0.1 * Math.hypot(...v.start));
      expect(a.check(v.start[0], v.start[1]).ok).toBe(false);
      expect(a.check(0, 0).ok).toBe(false);
      inst.applySolution();
      expect(run).toHaveBeenCalledTimes(1);
      run.mockClear();
    }
    expect(seen.size).toBeGreaterThanOrEqual(4); // different seeds, different numbers
  });

  it('diverge-lr "New numbers": setUp() puts the seeded bowl and start on the page; the bound is 2/λmax of the page\'s f', () => {
    const base = byId('diverge-lr');
    const seen = new Set<string>();
    for (const seed of [1, 2, 3, 42, 999_999]) {
      useCalculusStore.setState({
        view: DEFAULT_VIEW,
        shownFn: DEFAULT_VIEW.fn,
        race: null,
        hover: null,
        run,
      });
      const inst = instanceOf(base, seed);
      const a = inst.answer;
      if (a.kind !== 'number') throw new Error('number');
      const [bound] = a.key!.expected()!;
      inst.setUp!();
      expect(run).not.toHaveBeenCalled();
      const v = view();
      seen.add(v.fn);
      const onPage = stability(exprOf(v.fn)!, v.start);
      expect(onPage.bound).toBeCloseTo(bound, 12);
      expect(a.check(1.1 * bound).ok).toBe(true);
      expect(a.check(0.9 * bound).ok).toBe(false);
      expect(a.check(1 / onPage.lmax).ok).toBe(false);
      inst.applySolution();
      expect(run).toHaveBeenCalledTimes(1);
      expect(view().optimizers.gd.lr).toBeGreaterThan(bound);
      run.mockClear();
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('gd-20-steps.check on a scene where GD diverges says so instead of scoring', () => {
    useCalculusStore.getState().setParam('gd', 'lr', 5);
    const v = answer('gd-20-steps', 'pair').check(0, 0);
    expect(v.ok).toBe(false);
    expect(v.why).toMatch(/diverges at step \d+/);
  });

  it('gradient-chain-rule.check is Correct for ∇(xy − 1)² at (2, 1) = (2y(xy − 1), 2x(xy − 1)) = (2, 4)', () => {
    const { check } = answer('gradient-chain-rule', 'pair');
    expect(check(2, 4).ok).toBe(true);
    expect(check(2.01, 3.99).ok).toBe(true);
    expect(check(4, 2).ok).toBe(false);
    byId('gradient-chain-rule').reveal!();
    expect(view().fn).toBe('(x*y - 1)^2');
    expect(view().start).toEqual([2, 1]);
  });

  it('newton-quadratic.check(k) is Correct only for 1 step on x² + 10y²', () => {
    const { check } = answer('newton-quadratic', 'number');
    expect(check(1).ok).toBe(true);
    expect(check(0).ok).toBe(false);
    expect(check(2).ok).toBe(false);
  });

  it('momentum-beats-gd.check() fails off the preset and at default momentum, and passes after applySolution()', () => {
    const { check } = answer('momentum-beats-gd', 'live');
    expect(check().why).toContain('ill-conditioned bowl');
    const bowl = PRESETS.find((p) => p.name === 'ill-conditioned bowl')!;
    useCalculusStore.getState().applyPreset(bowl);
    expect(check().ok).toBe(false);
    byId('momentum-beats-gd').applySolution();
    const v = check();
    expect(v.ok).toBe(true);
    expect(v.why).toMatch(/after \d+ steps; GD at its best η = 2\/\(λmax \+ λmin\) = 0\.09091 needs \d+/);
    expect(run).toHaveBeenCalled();
  });

  it('rosenbrock-500.check(i) is Correct for Newton, which solves Rosenbrock exactly, and reveal() races all seven', () => {
    const { check, options } = answer('rosenbrock-500', 'choice');
    const newton = options.indexOf(optimizerLabels.newton);
    expect(check(newton).ok).toBe(true);
    for (let i = 0; i < options.length; i++) if (i !== newton) expect(check(i).ok).toBe(false);
    byId('rosenbrock-500').reveal!();
    expect(selected()).toEqual([...OPTIMIZER_NAMES]);
    expect(view().steps).toBe(500);
  });
});
