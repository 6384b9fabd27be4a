/**
 * Issue 18: every preset and every calculus learning-path step is a race that can be run — each
 * optimizer it selects runs its whole budget (no divergence, no early stop) with the learning rates the
 * preset or step carries. The race is run in the core exactly as the worker runs it (raceRequest →
 * optimizePath), so this fails the moment a preset or a path step is retuned into divergence.
 */
import { describe, expect, it, vi } from 'vitest';
import { OPTIMIZER_NAMES, divergenceReason, optimizePath, parseExpression } from '../../../../src/core/index';
import { LEARNING_PATHS } from '../../../../src/app/learningPaths';
import { parseHash } from '../../../../src/app/router';
import { PRESETS } from '../../../../src/pages/Calculus/presets';
import { CALCULUS_EXERCISES } from '../../../../src/pages/Calculus/learn/exercises';
import { ILL_CONDITIONED_BOWL } from '../../../../src/stores/calculus/scenes';
import { raceRequest, useCalculusStore } from '../../../../src/stores/calculus/store';
import { DEFAULT_VIEW, calculusView, type CalculusView } from '../../../../src/stores/calculus/view';

/** Runs the race a view asks for; returns each run's steps taken, stop and reason. */
function race(view: CalculusView) {
  const req = raceRequest(view);
  const parsed = parseExpression(req.source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return req.runs.map(({ name, config }) => {
    const run = optimizePath(parsed.expr, name, config, req.start, req.steps);
    return {
      name,
      taken: run.taken,
      stop: run.stop,
      reason: divergenceReason(parsed.expr, name, config, run),
    };
  });
}

/** The view a preset gives: clicked on the page (the store's applyPreset), every optimizer on. */
function presetView(p: (typeof PRESETS)[number], steps: number): CalculusView {
  useCalculusStore.setState({ view: DEFAULT_VIEW, run: vi.fn() });
  useCalculusStore.getState().applyPreset(p);
  const v = useCalculusStore.getState().view;
  const optimizers = Object.fromEntries(
    OPTIMIZER_NAMES.map((n) => [n, { ...v.optimizers[n], on: true }]),
  ) as CalculusView['optimizers'];
  return { ...v, steps, optimizers };
}

describe('every preset: all seven optimizers run their whole budget at the preset’s learning rates', () => {
  for (const p of PRESETS) {
    const budgets = p.diverges ? [DEFAULT_VIEW.steps] : [DEFAULT_VIEW.steps, 2000];
    for (const steps of budgets)
      it(`${p.name}, ${steps} steps`, () => {
        const view = presetView(p, steps);
        for (const n of OPTIMIZER_NAMES) expect(view.optimizers[n].lr).toBe(p.lr[n]);
        for (const r of race(view))
          expect({ name: r.name, taken: r.taken, stop: r.stop }, r.reason ?? '').toEqual({
            name: r.name,
            taken: steps,
            stop: 'done',
          });
      });
  }

  it('the one deliberately diverging preset (the saddle) does diverge in a longer race, and says so', () => {
    const diverging = PRESETS.filter((p) => p.diverges);
    expect(diverging.map((p) => p.name)).toEqual(['saddle']);
    const runs = race(presetView(diverging[0], 2000));
    expect(runs.some((r) => r.stop === 'diverged')).toBe(true);
    expect(diverging[0].about).toMatch(/diverge/);
  });

  it('Rosenbrock: at the page defaults GD, momentum and Nesterov diverge within a few steps (why the preset carries its rates)', () => {
    const rosen = PRESETS.find((p) => p.name === 'Rosenbrock')!;
    const view = presetView({ ...rosen, lr: { ...rosen.lr, gd: 0.01, momentum: 0.01, nesterov: 0.01 } }, 300);
    const early = race(view).filter((r) => r.stop === 'diverged');
    expect(early.map((r) => r.name)).toEqual(['gd', 'momentum', 'nesterov']);
    for (const r of early) expect(r.taken).toBeLessThan(10);
    // With the preset's rates, the heavy ball and Adam reach the minimum in the path's 2,000 steps.
    const runs = race(presetView(rosen, 2000));
    expect(runs.every((r) => r.stop === 'done')).toBe(true);
  });
});

describe('every calculus learning-path step: the optimizers it selects run its whole budget', () => {
  const steps = LEARNING_PATHS.flatMap((p) => p.steps).filter((s) => s.route.startsWith('/calculus?'));
  it('there are calculus steps to check', () => expect(steps.length).toBeGreaterThanOrEqual(4));
  for (const s of steps)
    it(`${s.title}`, () => {
      const { query } = parseHash(`#${s.route}`);
      const { view, ignored } = calculusView.decode(query);
      expect(ignored).toEqual([]);
      const runs = race(view);
      expect(runs.length).toBeGreaterThan(0);
      for (const r of runs)
        expect({ name: r.name, taken: r.taken, stop: r.stop }, r.reason ?? '').toEqual({
          name: r.name,
          taken: view.steps,
          stop: 'done',
        });
    });
});

describe('one ill-conditioned bowl for the preset, the path step and the exercise', () => {
  it('is x² + 10y² on [−3, 3] × [−2, 2] from (−2.5, 1.5) in all three', () => {
    expect(ILL_CONDITIONED_BOWL.fn).toBe('x^2 + 10*y^2');
    const preset = PRESETS.find((p) => p.name === 'ill-conditioned bowl')!;
    expect({ fn: preset.fn, domain: preset.domain, start: preset.start }).toEqual({
      fn: ILL_CONDITIONED_BOWL.fn,
      domain: ILL_CONDITIONED_BOWL.domain,
      start: ILL_CONDITIONED_BOWL.start,
    });
    const step = LEARNING_PATHS.flatMap((p) => p.steps).find((s) => s.exercise === 'calculus/diverge-lr')!;
    const { view } = calculusView.decode(parseHash(`#${step.route}`).query);
    expect({ fn: view.fn, domain: view.domain, start: view.start }).toEqual({
      fn: ILL_CONDITIONED_BOWL.fn,
      domain: ILL_CONDITIONED_BOWL.domain,
      start: ILL_CONDITIONED_BOWL.start,
    });
    // The exercise's bound 2/λmax = 0.1 is the bowl's: λmax = 20 from the 10y² term.
    const ex = CALCULUS_EXERCISES.find((e) => e.id === 'diverge-lr')!;
    if (ex.answer.kind !== 'number') throw new Error('diverge-lr takes a number');
    expect(ex.answer.check(0.15).why).toContain('λmax = 20');
    expect(preset.about).toContain('condition number 10');
  });
});
