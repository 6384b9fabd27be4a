/**
 * Constrained optimizers for the race: projected gradient descent onto sets whose projection is exact
 * (a box, a disc, a line), and a quadratic penalty method with a growing penalty.
 */
import type { PlaneDomain } from './domain';
import { readExpr, type CalculusError } from './source';

/**
 * A feasible set with an exact Euclidean projection. The line is a·x + b·y = c; the circle is the
 * disc's edge (the radial projection is exact everywhere but at the centre).
 */
export type FeasibleSet =
  | { kind: 'box'; xmin: number; xmax: number; ymin: number; ymax: number }
  | { kind: 'disc'; cx: number; cy: number; r: number }
  | { kind: 'circle'; cx: number; cy: number; r: number }
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
    case 'circle': {
      const dx = x - set.cx;
      const dy = y - set.cy;
      const d = Math.hypot(dx, dy);
      // At the centre every point of the circle is nearest: take the one to the right.
      return d === 0 ? [set.cx + set.r, set.cy] : [set.cx + (set.r * dx) / d, set.cy + (set.r * dy) / d];
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
  if (set.kind === 'disc' || set.kind === 'circle')
    return finite(set.cx, set.cy, set.r) && set.r >= 0
      ? null
      : { error: `the ${set.kind} needs a finite centre and radius ≥ 0` };
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

/** Steps between increases of μ in the default schedule of a run of `steps` steps: an eighth, at least 10. */
export function penaltyEvery(steps: number): number {
  return Math.max(10, Math.round(steps / 8));
}

/**
 * The quadratic penalty method: gradient descent on Φ = f + (μ/2)·r², r = g − c (equality) or max(0, g − c)
 * (inequality), with μ multiplied by `growth` every `every` steps from `mu0` (capped at `muMax`). The
 * default schedule, ×10 every eighth of the run (at least 10 steps) from μ = 1, reaches 10⁷ in 300 steps.
 *
 * Φ's Hessian is ∇²f + μ∇g∇gᵀ + μr∇²g: as μ grows it is stiff across the constraint and not along it, so a
 * plain step small enough for the stiff direction crawls along the curve. Each step is therefore scaled by
 * (I/η + μ∇g∇gᵀ)⁻¹ = η(I − ημ∇g∇gᵀ/(1 + ημ|∇g|²)) (Sherman–Morrison): along the constraint it is the
 * learning rate η, across it a Newton step on the penalty, η/(1 + ημ|∇g|²), which stays stable at any μ.
 * The minimizer of Φ lies off the constraint by about λ/(μ|∇g|), so a growing μ takes it to the constrained
 * optimum. Also returns μ at each step.
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
    growth = 10,
    every = penaltyEvery(steps),
    muMax = 1e8,
  }: { lr: number; steps: number; mu0?: number; growth?: number; every?: number; muMax?: number },
): (ConstrainedRun & { mu: Float64Array }) | CalculusError {
  const fe = readExpr(f, 'f');
  if ('error' in fe) return fe;
  const ge = readExpr(g, 'g');
  if ('error' in ge) return ge;
  const bad = checkRun(start, lr, steps);
  if (bad) return bad;
  if (!Number.isFinite(c)) return { error: 'c must be a finite number' };
  if (!(
    mu0 > 0 &&
    growth >= 1 &&
    Number.isInteger(every) &&
    every >= 1 &&
    Number.isFinite(mu0 * growth) &&
    muMax >= mu0 &&
    Number.isFinite(muMax)
  ))
    return {
      error:
        'the penalty needs mu0 > 0, growth ≥ 1, a finite muMax ≥ mu0 and a whole number of steps between increases',
    };
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
    if (t > 1 && (t - 1) % every === 0) mu = Math.min(muMax, mu * growth);
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
    if (![fv, jg[0], jg[1], jg[2], gx, gy].every(Number.isFinite)) return stop('undefined');
    // The penalty's curvature across the constraint, μ∇g∇gᵀ, where the penalty acts (an inactive g ≤ c has none).
    const active = constraint === 'equality' || r > 0;
    const nx = active ? jg[1] : 0;
    const ny = active ? jg[2] : 0;
    const across = ((lr * mu) / (1 + lr * mu * (nx * nx + ny * ny))) * (nx * gx + ny * gy);
    x -= lr * (gx - across * nx);
    y -= lr * (gy - across * ny);
    if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) + Math.abs(y) > 1e12)
      return stop('diverged');
    path[2 * t] = x;
    path[2 * t + 1] = y;
    mus[t] = mu;
  }
  return { path, taken: steps, stop: 'done', mu: mus };
}

/** How the constraint reads for projected gradient descent when it is none of the exact sets. */
export const NOT_PROJECTABLE =
  'projected GD needs a set whose projection is exact: a line (a·x + b·y = c), a disc or circle ((x − a)² + (y − b)² ≤ c or = c) or a box (|x − a| ≤ c or |y − b| ≤ c, a band clipped to the plot)';

/**
 * The feasible set of g(x, y) = c ('eq') or g(x, y) ≤ c ('le') when it is one with an exact projection,
 * recognized from g's exact derivatives at a few points of the domain (so x + y, 2*x - y + 1,
 * (x-1)^2 + (y+2)^2, 3*(x^2 + y^2) and abs(x - 1) are found however they are written):
 * a line (g affine, equality), a circle or disc (g = k·|p − p₀|² + d, k > 0), a band (g = k·|x − a| + d,
 * inequality; the box of the band and the domain). Otherwise { error } saying which sets are exact.
 */
export function feasibleSetOf(
  g: string,
  c: number,
  kind: 'eq' | 'le',
  domain: PlaneDomain,
): FeasibleSet | CalculusError {
  const ge = readExpr(g, 'g');
  if ('error' in ge) return ge;
  if (!Number.isFinite(c)) return { error: 'c must be a finite number' };
  const { xmin, xmax, ymin, ymax } = domain;
  const samples: [number, number][] = [
    [0.137, 0.291],
    [0.823, 0.412],
    [0.356, 0.877],
    [0.631, 0.158],
    [0.219, 0.664],
    [0.947, 0.733],
    [0.508, 0.521],
  ].map(([u, v]) => [xmin + u * (xmax - xmin), ymin + v * (ymax - ymin)]);
  const jets = samples.map(([x, y]) => {
    const j = new Float64Array(6);
    ge.jetInto(x, y, j);
    return j;
  });
  if (!jets.every((j) => j.every(Number.isFinite))) return { error: NOT_PROJECTABLE };
  const scale = Math.max(
    1,
    ...jets.map((j) => Math.abs(j[1]) + Math.abs(j[2]) + Math.abs(j[3]) + Math.abs(j[5])),
  );
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * scale;
  const same = (k: number) => jets.every((j) => near(j[k], jets[0][k]));
  const flat = jets.every((j) => near(j[3], 0) && near(j[4], 0) && near(j[5], 0));
  if (flat && same(1) && same(2) && kind === 'eq') {
    const [a, b] = [jets[0][1], jets[0][2]];
    if (a === 0 && b === 0) return { error: NOT_PROJECTABLE };
    const [x, y] = samples[0];
    // g = a·x + b·y + d, so g = c is a·x + b·y = c − d.
    return { kind: 'line', a, b, c: c - (jets[0][0] - a * x - b * y) };
  }
  const k = jets[0][3] / 2;
  if (k > 0 && same(3) && same(4) && same(5) && near(jets[0][4], 0) && near(jets[0][5], jets[0][3])) {
    const [x, y] = samples[0];
    const cx = x - jets[0][1] / (2 * k);
    const cy = y - jets[0][2] / (2 * k);
    const centre = samples.every(
      ([sx, sy], i) => near(sx - jets[i][1] / (2 * k), cx) && near(sy - jets[i][2] / (2 * k), cy),
    );
    const d = ge.evaluate(cx, cy);
    const r2 = (c - d) / k;
    if (centre && Number.isFinite(r2) && r2 >= 0)
      return { kind: kind === 'eq' ? 'circle' : 'disc', cx, cy, r: Math.sqrt(r2) };
  }
  // A band k·|x − a| + d ≤ c (or the same in y): one partial is ±k and changes sign, the other is 0.
  for (const axis of [1, 2] as const) {
    const other = axis === 1 ? 2 : 1;
    const kk = Math.abs(jets[0][axis]);
    if (
      !(kk > 0) ||
      kind !== 'le' ||
      !flat ||
      !jets.every((j) => near(Math.abs(j[axis]), kk) && near(j[other], 0))
    )
      continue;
    const up = jets.findIndex((j) => j[axis] > 0);
    const down = jets.findIndex((j) => j[axis] < 0);
    if (up < 0 || down < 0) continue;
    const t1 = samples[up][axis - 1];
    const t2 = samples[down][axis - 1];
    const a = (t1 + t2 - (jets[up][0] - jets[down][0]) / kk) / 2;
    const d = jets[up][0] - kk * (t1 - a);
    const half = (c - d) / kk;
    if (!(half >= 0)) return { error: `g ≤ ${c} holds nowhere` };
    return axis === 1
      ? { kind: 'box', xmin: a - half, xmax: a + half, ymin, ymax }
      : { kind: 'box', xmin, xmax, ymin: a - half, ymax: a + half };
  }
  return { error: NOT_PROJECTABLE };
}
