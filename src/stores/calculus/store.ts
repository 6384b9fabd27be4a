/**
 * The calculus page's state. `view` is what the user asked for (and what the URL holds); `grid` and
 * `race` are what the worker computed, each tagged with the request it answers. Any change that
 * would alter the race clears it, so paths of old settings are never drawn as current.
 * The animation's running position lives outside React (pages/Calculus/clock.ts); the store only
 * hears where an animation starts and where it stops.
 */
import { create } from 'zustand';
import {
  feasibleSetOf,
  OPTIMIZER_NAMES,
  parseExpression,
  parseToAst,
  startProblem,
  type OptimizerName,
  type ScheduleName,
  type Vec2,
} from '../../core';
import type {
  ConstrainedRequest,
  ConstraintRequest,
  ConstraintResult,
  GridRequest,
  GridResult,
  OptimizeRequest,
  OptimizeResult,
} from '../../worker/protocol';
import { createJob } from '../job';
import { viewSlice, type ViewSlice } from '../viewStore';
import {
  activeParams,
  configOf,
  coordProblem,
  defaultDecay,
  DEFAULT_VIEW,
  domainProblem,
  paramProblem,
  PARAM_LABELS,
  stepsProblem,
  type CalculusView,
  type Domain,
  type ParamName,
} from './view';
import { optimizerLabels } from '../../core';

/** Points per side of the grid behind the surface and the contours. */
export const GRID_N = 141;

/**
 * `set` and `patch` take any view field: a change of the start, the steps or the optimizers clears the race;
 * a change of the constraint clears it only when its constrained runs would change (and moves the probe
 * back to the optimum); the rest (domain, speed, overlay, the 1-D view, the camera) leaves it.
 */
export interface CalculusState extends ViewSlice<CalculusView> {
  /** The latest function text that parses: what the views draw while the field holds a typo. */
  shownFn: string;
  grid: { request: GridRequest; result: GridResult } | null;
  gridError: string | null;
  race: { request: OptimizeRequest; result: OptimizeResult } | null;
  running: boolean;
  raceError: string | null;
  playing: boolean;
  /** The point under the pointer on the contour plot (curvature and backprop follow it), or null. */
  hover: Vec2 | null;
  /** The computation-graph node whose chain-rule step is shown, or null for the output node. */
  selectedNode: number | null;
  /** The constraint's analysis: g on the grid, the Lagrange (and KKT) points, df*∕dc. */
  constraint: { request: ConstraintRequest; result: ConstraintResult } | null;
  constraintError: string | null;
  /** The point dragged along the constraint (∇f and ∇g drawn there), or null for the constrained optimum. */
  probe: Vec2 | null;

  setFn(text: string): void;
  /** A new f with its domain and start, and (from a preset) every optimizer's learning rate. */
  applyPreset(p: {
    fn: string;
    domain: Domain;
    start: Vec2;
    lr?: Partial<Record<OptimizerName, number>>;
  }): void;
  setOptimizerOn(name: OptimizerName, on: boolean): void;
  setParam(name: OptimizerName, p: ParamName, value: number): void;
  setSchedule(name: OptimizerName, schedule: ScheduleName): void;
  run(options?: { play?: boolean }): void;
  play(): void;
  pause(step: number): void;
  setStep(step: number): void;
  reset(): void;
  setHover(p: Vec2 | null): void;
  setProbe(p: Vec2 | null): void;
  requestConstraint(): void;
  selectNode(id: number | null): void;
  requestGrid(): void;
}

/** Everything that stops a race from running, as messages naming the field. */
/** Why the race cannot start where the view says (f is not finite there), or null. */
export function startIssue(view: CalculusView): string | null {
  const parsed = parseExpression(view.fn);
  if (!parsed.ok || coordProblem('start x', view.start[0]) || coordProblem('start y', view.start[1]))
    return null;
  return startProblem(parsed.expr, view.start);
}

export function raceProblems(view: CalculusView): string[] {
  const out: string[] = [];
  const parsed = parseExpression(view.fn);
  if (!parsed.ok) out.push(`f(x, y): ${parsed.error.message}`);
  const coords = [coordProblem('start x', view.start[0]), coordProblem('start y', view.start[1])];
  for (const p of coords) if (p) out.push(p);
  const start = startIssue(view);
  if (start) out.push(start);
  const steps = stepsProblem(view.steps);
  if (steps) out.push(steps);
  const on = OPTIMIZER_NAMES.filter((n) => view.optimizers[n].on);
  if (on.length === 0) out.push('select at least one optimizer');
  for (const name of on) {
    const s = view.optimizers[name];
    for (const p of activeParams(name, s)) {
      const problem = paramProblem(p, s[p]);
      if (problem) out.push(`${optimizerLabels[name]} ${PARAM_LABELS[p]}: ${problem}`);
    }
  }
  return out;
}

/** The feasible set projected GD runs on, or the message why it cannot (null when no constraint is chosen). */
export function pgdSet(view: CalculusView) {
  if (view.constraint === 'none' || !parseToAst(view.g).ok) return null;
  return feasibleSetOf(view.g, view.c, view.constraint, view.domain);
}

/** The constrained runs of the race, when a constraint is chosen and one of them is ticked. */
export function constrainedRequest(view: CalculusView): ConstrainedRequest | undefined {
  if (view.constraint === 'none' || !(view.pgd || view.penalty) || !parseToAst(view.g).ok) return undefined;
  const set = view.pgd ? pgdSet(view) : null;
  const pgd = set && !('error' in set) ? set : null;
  if (!pgd && !view.penalty) return undefined;
  return {
    g: view.g,
    c: view.c,
    kind: view.constraint,
    lr: view.optimizers.gd.lr,
    pgd,
    penalty: view.penalty,
  };
}

export function raceRequest(view: CalculusView): OptimizeRequest {
  const constrained = constrainedRequest(view);
  return {
    ...(constrained ? { constrained } : {}),
    source: view.fn,
    start: [view.start[0], view.start[1]],
    steps: view.steps,
    runs: OPTIMIZER_NAMES.filter((n) => view.optimizers[n].on).map((name) => ({
      name,
      config: configOf(name, view.optimizers[name]),
    })),
  };
}

/** The last step any optimizer of the race reached (runs that stopped early end sooner). */
export function raceEnd(race: CalculusState['race']): number {
  if (!race) return 0;
  let end = 0;
  for (const t of race.result.traces) end = Math.max(end, t.taken);
  for (const t of race.result.constrained ?? []) end = Math.max(end, t.taken);
  return end;
}

/** The race and the grid: one job each, the latest run of each is the one that speaks. */
const raceJob = createJob('optimize', { watchdogMs: 20_000 });
const gridJob = createJob('grid', { watchdogMs: 20_000 });
const constraintJob = createJob('constraint', { watchdogMs: 20_000 });

const validFn = (text: string) => parseToAst(text).ok;

/** The part of the state a change of race settings resets. */
const cleared = { race: null, running: false, playing: false, raceError: null } as const;
/** Fields whose change makes the race's paths stale. */
const RACE_FIELDS: string[] = ['fn', 'start', 'steps', 'optimizers'];
/** The constraint's fields: they alter the race only through its constrained runs. */
const CONSTRAINT_FIELDS: string[] = ['g', 'c', 'constraint', 'pgd', 'penalty'];

export const useCalculusStore = create<CalculusState>()((set, get) => {
  /** Applies a change that alters the race: the old race and its animation position go. */
  const changeRace = (patch: Partial<CalculusView>, extra: Partial<CalculusState> = {}) => {
    // Re-committing a value a field already holds (a stray space, a blur) keeps the race.
    const view = get().view as unknown as Record<string, unknown>;
    if (Object.entries(patch).every(([k, v]) => JSON.stringify(view[k]) === JSON.stringify(v))) return;
    raceJob.stop();
    set({ view: { ...get().view, ...patch, step: null }, ...cleared, ...extra });
  };
  const setOptimizer = (name: OptimizerName, patch: Partial<CalculusView['optimizers'][OptimizerName]>) => {
    const { optimizers } = get().view;
    changeRace({ optimizers: { ...optimizers, [name]: { ...optimizers[name], ...patch } } });
  };

  /** A constraint change: the probe goes back to the optimum when g = c moves; the race goes if its runs change. */
  const changeConstraint = (patch: Partial<CalculusView>) => {
    const before = get().view;
    const after = { ...before, ...patch };
    const moved = patch.g !== undefined || patch.c !== undefined || patch.constraint !== undefined;
    const extra = moved ? { probe: null } : {};
    if (JSON.stringify(constrainedRequest(before)) !== JSON.stringify(constrainedRequest(after)))
      changeRace(patch, extra);
    else set({ view: after, ...extra });
  };

  return {
    ...viewSlice(DEFAULT_VIEW, set, get, {
      change(patch) {
        const keys = Object.keys(patch);
        if (keys.some((k) => CONSTRAINT_FIELDS.includes(k))) changeConstraint(patch);
        else if (keys.some((k) => RACE_FIELDS.includes(k))) changeRace(patch);
        else set({ view: { ...get().view, ...patch } });
      },
      load(view) {
        raceJob.stop();
        return { shownFn: validFn(view.fn) ? view.fn : get().shownFn, ...cleared, selectedNode: null };
      },
    }),
    shownFn: DEFAULT_VIEW.fn,
    grid: null,
    gridError: null,
    race: null,
    running: false,
    raceError: null,
    playing: false,
    hover: null,
    selectedNode: null,
    constraint: null,
    constraintError: null,
    probe: null,

    setFn(text) {
      const ok = validFn(text);
      changeRace({ fn: text }, ok ? { shownFn: text, selectedNode: null } : {});
    },
    applyPreset({ fn, domain, start, lr }) {
      const patch: Partial<CalculusView> = { fn, domain, start: [start[0], start[1]] };
      if (lr) {
        const { optimizers } = get().view;
        patch.optimizers = Object.fromEntries(
          OPTIMIZER_NAMES.map((n) => [n, { ...optimizers[n], lr: lr[n] ?? optimizers[n].lr }]),
        ) as CalculusView['optimizers'];
      }
      changeRace(patch, { shownFn: fn, selectedNode: null });
    },
    setOptimizerOn(name, on) {
      setOptimizer(name, { on });
    },
    setParam(name, p, value) {
      setOptimizer(name, { [p]: value });
    },
    setSchedule(name, schedule) {
      setOptimizer(name, { schedule, decay: defaultDecay(schedule) });
    },

    run({ play = true } = {}) {
      const { view } = get();
      const problems = raceProblems(view);
      if (problems.length > 0) {
        set({ raceError: `Cannot run: ${problems.join('; ')}.` });
        return;
      }
      const request = raceRequest(view);
      set({ race: null, running: true, playing: false, raceError: null });
      raceJob.run<OptimizeResult>(
        request,
        (api, id) => api.optimize(id, request),
        (result, final) => {
          if (!final) return;
          const current = get().view;
          const step = play ? 0 : Math.min(current.step ?? request.steps, request.steps);
          set({ race: { request, result }, running: false, playing: play, view: { ...current, step } });
        },
        (error) => {
          if (error) set({ running: false, raceError: error });
          else if (get().running) set({ running: false });
        },
      );
    },
    play() {
      const { race, view } = get();
      if (!race) return get().run({ play: true });
      // Playing from the end starts over.
      const step = view.step === null || view.step >= raceEnd(race) ? 0 : view.step;
      set({ playing: true, view: { ...view, step } });
    },
    pause(step) {
      const { view, race } = get();
      const max = race?.request.steps ?? view.steps;
      set({ playing: false, view: { ...view, step: Math.max(0, Math.min(max, Math.round(step))) } });
    },
    setStep(step) {
      const { view, race } = get();
      if (!race) return;
      const s = Math.max(0, Math.min(race.request.steps, Math.round(step)));
      set({ playing: false, view: { ...view, step: s } });
    },
    reset() {
      if (get().race) set({ playing: false, view: { ...get().view, step: 0 } });
    },
    setHover(hover) {
      set({ hover });
    },
    selectNode(selectedNode) {
      set({ selectedNode });
    },
    setProbe(probe) {
      set({ probe });
    },
    requestConstraint() {
      const { view, constraint } = get();
      if (view.constraint === 'none' || domainProblem(view.domain)) return;
      if (!validFn(view.fn) || !validFn(view.g) || !Number.isFinite(view.c)) return;
      const request: ConstraintRequest = {
        f: view.fn,
        g: view.g,
        c: view.c,
        kind: view.constraint,
        domain: { ...view.domain },
        n: GRID_N,
      };
      constraintJob.answer(request, constraint, (answer: CalculusState['constraint'], constraintError) =>
        set(answer ? { constraint: answer, constraintError } : { constraintError }),
      );
    },

    requestGrid() {
      const { view, grid } = get();
      const source = validFn(view.fn) ? view.fn : get().shownFn;
      if (domainProblem(view.domain) || !validFn(source)) return;
      const request: GridRequest = { source, ...view.domain, n: GRID_N };
      gridJob.answer(request, grid, (answer: CalculusState['grid'], gridError) =>
        set(answer ? { grid: answer, gridError } : { gridError }),
      );
    },
  };
});
