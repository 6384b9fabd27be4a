/**
 * Constrained optimizers for the race: projected gradient descent onto sets whose projection is exact
 * (a box, a disc, a line), and a quadratic penalty method with a growing penalty.
 */
import { readExpr, type CalculusError } from './source';

/** A feasible set with an exact Euclidean projection. The line is a·x + b·y = c. */
export type FeasibleSet =
  | { kind: 'box'; xmin: number; xmax: number; ymin: number; ymax: number }
  | { kind: 'disc'; cx: number; cy: number; r: number }
  | { kind: 'line'; a: number; b: number; c: number };

/** The nearest point of the set to (x, y). */
export function projectOntoSet(set: FeasibleSet, x: number, y: number): [number, number] {
  switch (set.kind) {
    case 'box':
      return [Math.min(set.xmax, Math.max(set.xmin, x)), Math.min(set.ymax, Math.max(set.ymin, y))];
    case 'disc': {
      const dx = x - set.cx;
      const dy = y - set.cy;
      const d = Math.hypot(dx, dy);
      return d <= set.r ? [x, y] : [set.cx + (set.r * dx) / d, set.cy + (set.r * dy) / d];
    }
    case 'line': {
      const n2 = set.a * set.a + set.b * set.b;
      const t = (set.a * x + set.b * y - set.c) / n2;
      return [x - t * set.a, y - t * set.b];
    }
  }
}

function checkSet(set: FeasibleSet): CalculusError | null {
  const finite = (...v: number[]) => v.every(Number.isFinite);
  if (set.kind === 'box')
    return finite(set.xmin, set.xmax, set.ymin, set.ymax) && set.xmin <= set.xmax && set.ymin <= set.ymax
      ? null
      : { error: 'the box needs finite bounds with xmin ≤ xmax and ymin ≤ ymax' };
  if (set.kind === 'disc')
    return finite(set.cx, set.cy, set.r) && set.r >= 0
      ? null
      : { error: 'the disc needs a finite centre and radius ≥ 0' };
  if (set.kind === 'line')
    return finite(set.a, set.b, set.c) && (set.a !== 0 || set.b !== 0)
      ? null
      : { error: 'the line a·x + b·y = c needs (a, b) ≠ 0' };
  return { error: 'the feasible set must be a box, a disc or a line' };
}

/** A constrained run: iterates x₀, y₀, x₁, y₁, … (as the optimizers' OptimizerRun), steps taken and why it stopped. */
export interface ConstrainedRun {
  path: Float64Array;
  taken: number;
  stop: 'done' | 'diverged' | 'undefined';
}

function checkRun(start: [number, number], lr: number, steps: number): CalculusError | null {
  if (!start.every(Number.isFinite)) return { error: 'the start must be two finite numbers' };
  if (!(lr > 0 && Number.isFinite(lr))) return { error: 'the learning rate must be a positive number' };
  if (!Number.isInteger(steps) || steps < 0 || steps > 100_000)
    return { error: 'steps must be a whole number from 0 to 100000' };
  return null;
}

/** x_{t+1} = P(x_t − η∇f(x_t)), starting from P(start): every iterate is feasible. */
export function projectedGradientDescent(
  f: string,
  set: FeasibleSet,
  start: [number, number],
  lr: number,
  steps: number,
): ConstrainedRun | CalculusError {
  const fe = readExpr(f, 'f');
  if ('error' in fe) return fe;
  const bad = checkSet(set) ?? checkRun(start, lr, steps);
  if (bad) return bad;
  const path = new Float64Array(2 * (steps + 1));
  let [x, y] = projectOntoSet(set, start[0], start[1]);
  path[0] = x;
  path[1] = y;
  const grad = new Float64Array(2);
  for (let t = 1; t <= steps; t++) {
    const v = fe.valueGradInto(x, y, grad);
    const [gx, gy] = grad;
    // The gradient of log at x < 0 is finite (1/x) while f is not: check the value too.
    if (!Number.isFinite(v) || !Number.isFinite(gx) || !Number.isFinite(gy))
      return { path: path.slice(0, 2 * t), taken: t - 1, stop: 'undefined' };
    [x, y] = projectOntoSet(set, x - lr * gx, y - lr * gy);
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) + Math.abs(y) > 1e12)
      return { path: path.slice(0, 2 * t), taken: t - 1, stop: 'diverged' };
    path[2 * t] = x;
    path[2 * t + 1] = y;
  }
  return { path, taken: steps, stop: 'done' };
}

/**
 * The quadratic penalty method: gradient descent on f + (μ/2)·r², r = g − c (equality) or max(0, g − c)
 * (inequality), with μ multiplied by `growth` every `every` steps from `mu0`. The step is
 * η/(1 + ημ|∇g|²) so that it stays stable as the penalty stiffens. Also returns μ at each step.
 */
export function penaltyMethod(
  f: string,
  g: string,
  c: number,
  constraint: 'equality' | 'inequality',
  start: [number, number],
  {
    lr,
    steps,
    mu0 = 1,
    growth = 4,
    every = 50,
  }: { lr: number; steps: number; mu0?: number; growth?: number; every?: number },
): (ConstrainedRun & { mu: Float64Array }) | CalculusError {
  const fe = readExpr(f, 'f');
  if ('error' in fe) return fe;
  const ge = readExpr(g, 'g');
  if ('error' in ge) return ge;
  const bad = checkRun(start, lr, steps);
  if (bad) return bad;
  if (!Number.isFinite(c)) return { error: 'c must be a finite number' };
  if (!(mu0 > 0 && growth >= 1 && Number.isInteger(every) && every >= 1 && Number.isFinite(mu0 * growth)))
    return { error: 'the penalty needs mu0 > 0, growth ≥ 1 and a whole number of steps between increases' };
  const path = new Float64Array(2 * (steps + 1));
  const mus = new Float64Array(steps + 1);
  let [x, y] = start;
  let mu = mu0;
  path[0] = x;
  path[1] = y;
  mus[0] = mu;
  const jg = new Float64Array(6);
  const grad = new Float64Array(2);
  for (let t = 1; t <= steps; t++) {
    if (t > 1 && (t - 1) % every === 0) mu = Math.min(1e12, mu * growth);
    const fv = fe.valueGradInto(x, y, grad);
    const [fx, fy] = grad;
    ge.jetInto(x, y, jg);
    const r = constraint === 'equality' ? jg[0] - c : Math.max(0, jg[0] - c);
    const gx = fx + mu * r * jg[1];
    const gy = fy + mu * r * jg[2];
    const stop = (s: ConstrainedRun['stop']) => ({
      path: path.slice(0, 2 * t),
      taken: t - 1,
      stop: s,
      mu: mus.slice(0, t),
    });
    if (![fv, jg[0], gx, gy].every(Number.isFinite)) return stop('undefined');
    const eta = lr / (1 + lr * mu * (jg[1] * jg[1] + jg[2] * jg[2]));
    x -= eta * gx;
    y -= eta * gy;
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) + Math.abs(y) > 1e12)
      return stop('diverged');
    path[2 * t] = x;
    path[2 * t + 1] = y;
    mus[t] = mu;
  }
  return { path, taken: steps, stop: 'done', mu: mus };
}
