/**
 * The Regression tab's Logistic method: two classes in 2-D, P(y = 1 | x) = σ(b + w₁x₁ + w₂x₂) fitted by
 * `fitLogistic` (mean cross-entropy + (l2/2)‖w‖², intercept free), the sigmoid on a lattice for the heat
 * map, the decision line, the loss over (w₁, w₂) at the fitted intercept for the contours, and gradient
 * descent on that slice from (0, 0). Without L2, separable classes have no minimum: the weights grow.
 */
import {
  createRng,
  fitLogistic,
  logisticBoundary,
  logisticLossGrid,
  logisticObjective,
  logisticSigmoid,
  type LogisticFit,
} from '../../../core';
import type { UserPoint } from '../nn/fields';
import { MAX_GENERATED, regView, type RegView } from './view';

/** The class generators draw x₁, x₂ in [−CLASS_RANGE, CLASS_RANGE]. */
export const CLASS_RANGE = 3;
/** Side of the lattice the sigmoid is painted on. */
export const LATTICE = 64;
const GRID = 48;

function gaussian(next: () => number): number {
  const u = 1 - next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/**
 * Seeded two-class sets: blobs are N((∓1, ∓0.5), (0.6 + noise)²I), alternating labels (they overlap);
 * separable points are uniform in the square, labelled by the side of x₂ = 0.5x₁ + 0.2, with a gap of
 * 0.4 around that line (any line in the gap separates them).
 */
export function generateClasses(view: Pick<RegView, 'cls' | 'n' | 'noise' | 'seed'>): UserPoint[] {
  const rng = createRng(view.seed);
  const next = () => rng.next();
  const n = Math.max(0, Math.min(MAX_GENERATED, Math.round(view.n)));
  const out: UserPoint[] = [];
  if (view.cls === 'separable') {
    for (let tries = 0; out.length < n && tries < 100 * n + 100; tries++) {
      const x1 = -CLASS_RANGE + 2 * CLASS_RANGE * next();
      const x2 = -CLASS_RANGE + 2 * CLASS_RANGE * next();
      const d = (x2 - 0.5 * x1 - 0.2) / Math.hypot(1, 0.5);
      if (Math.abs(d) < 0.4) continue;
      out.push({ x1, x2, label: d > 0 ? 1 : 0 });
    }
    return out;
  }
  const sd = 0.6 + (Number.isFinite(view.noise) ? Math.max(0, view.noise) : 0);
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const s = label === 1 ? 1 : -1;
    const x1 = Math.max(-CLASS_RANGE, Math.min(CLASS_RANGE, s * 1 + sd * gaussian(next)));
    const x2 = Math.max(-CLASS_RANGE, Math.min(CLASS_RANGE, s * 0.5 + sd * gaussian(next)));
    out.push({ x1, x2, label });
  }
  return out;
}

/** The two-class points the view shows: its own, or the generator's. */
export function classPointsOf(view: RegView): UserPoint[] {
  return view.cls === 'own' ? view.cpoints : generateClasses(view);
}

export interface LogisticView {
  fit: LogisticFit;
  /** Mean binary cross-entropy (without the L2 term) and the share classified right at σ = ½. */
  crossEntropy: number;
  accuracy: number;
  /** The plot's box, the sigmoid on a LATTICE² grid over it (row j = x₂ from the bottom). */
  box: { x1Min: number; x1Max: number; x2Min: number; x2Max: number };
  sigmoid: Float64Array;
  boundary: [[number, number], [number, number]] | null;
  /** The objective over (w₁, w₂) with b held at the fitted intercept; row j = w2s[j]. */
  w1s: number[];
  w2s: number[];
  grid: Float64Array;
  /** Gradient descent on that slice from (0, 0): [w₁, w₂] after each step, and the objective there. */
  path: [number, number][];
  pathLosses: number[];
  /** Separable without L2: ‖w‖ after 2, 4 and 8 Newton steps and where Newton stopped (it keeps growing). */
  growth: { steps: number; norm: number; loss: number }[] | null;
  warnings: string[];
}

/** `steps` steps of w ← w − η∇f(b*, w) on the (w₁, w₂) slice, stopped when it leaves any sensible range. */
function slicePath(
  X: number[][],
  y: number[],
  b: number,
  l2: number,
  lr: number,
  steps: number,
): { path: [number, number][]; losses: number[]; diverged: boolean } {
  let w: [number, number] = [0, 0];
  const path: [number, number][] = [w];
  const first = logisticObjective(X, y, b, w, l2);
  const losses = [first.loss];
  let g = first.gradient;
  for (let s = 0; s < steps; s++) {
    w = [w[0] - lr * g[1], w[1] - lr * g[2]];
    const next = logisticObjective(X, y, b, w, l2);
    if (!Number.isFinite(next.loss) || Math.hypot(w[0], w[1]) > 1e6) return { path, losses, diverged: true };
    path.push(w);
    losses.push(next.loss);
    g = next.gradient;
  }
  return { path, losses, diverged: false };
}

/** The logistic fit of the view's classes and everything the Logistic view draws, or why there is none. */
export function logisticOf(view: RegView, points: readonly UserPoint[]): LogisticView | { error: string } {
  const n = points.length;
  if (n === 0) return { error: 'There are no points: click the plot to add some, or generate a set.' };
  for (const k of ['l2', 'llr', 'steps'] as const) {
    const problem = regView.problem(k, view[k]);
    if (problem) return { error: `Fix ${regView.fields[k].label} first: ${problem}.` };
  }
  const bad = points.findIndex((p) => p.label !== 0 && p.label !== 1);
  if (bad >= 0)
    return {
      error: `Point ${bad + 1} has the label ${points[bad].label}: logistic regression takes classes 0 and 1.`,
    };
  const X = points.map((p) => [p.x1, p.x2]);
  const y = points.map((p) => p.label);
  const ones = y.reduce((a, v) => a + v, 0);
  const warnings: string[] = [];
  if (ones === 0 || ones === n)
    warnings.push(
      `Every point is in class ${ones === 0 ? 0 : 1}: the intercept alone drives the loss towards 0 and there is no decision line. Add a point of the other class.`,
    );
  try {
    const fit = fitLogistic(X, y, { l2: view.l2 });
    let loss = 0;
    let right = 0;
    for (let i = 0; i < n; i++) {
      const z = fit.intercept + fit.coef[0] * X[i][0] + fit.coef[1] * X[i][1];
      loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z;
      if ((z > 0 ? 1 : 0) === y[i]) right++;
    }
    let [x1Min, x1Max, x2Min, x2Max] = [-CLASS_RANGE, CLASS_RANGE, -CLASS_RANGE, CLASS_RANGE];
    for (const p of points) {
      [x1Min, x1Max] = [Math.min(x1Min, p.x1), Math.max(x1Max, p.x1)];
      [x2Min, x2Max] = [Math.min(x2Min, p.x2), Math.max(x2Max, p.x2)];
    }
    const box = { x1Min, x1Max, x2Min, x2Max };
    const sigmoid = new Float64Array(LATTICE * LATTICE);
    for (let j = 0; j < LATTICE; j++) {
      const x2 = x2Min + ((x2Max - x2Min) * (j + 0.5)) / LATTICE;
      for (let i = 0; i < LATTICE; i++) {
        const x1 = x1Min + ((x1Max - x1Min) * (i + 0.5)) / LATTICE;
        sigmoid[j * LATTICE + i] = logisticSigmoid(fit.intercept + fit.coef[0] * x1 + fit.coef[1] * x2);
      }
    }
    const separable = right === n && ones > 0 && ones < n;
    let growth: LogisticView['growth'] = null;
    if (view.l2 === 0 && separable) {
      growth = [2, 4, 8]
        .filter((k) => k < fit.iterations)
        .map((steps) => {
          const f = fitLogistic(X, y, { maxIterations: steps });
          return { steps, norm: Math.hypot(f.coef[0], f.coef[1]), loss: f.loss };
        });
      growth.push({ steps: fit.iterations, norm: Math.hypot(fit.coef[0], fit.coef[1]), loss: fit.loss });
    } else if (!fit.converged) {
      warnings.push(
        `Newton's method stopped after ${fit.iterations} steps with the gradient at ${fit.gradientNorm.toExponential(2)}, above its tolerance 1e-10.`,
      );
    }
    const run = slicePath(X, y, fit.intercept, view.l2, view.llr, view.steps);
    if (run.diverged)
      warnings.push(
        `Gradient descent on (w₁, w₂) diverged after ${run.path.length - 1} steps: lower the learning rate (logistic).`,
      );
    // The contour window: (0, 0), the solution and the path (capped so a runaway path keeps the picture readable).
    const cap = 4 * Math.max(1, Math.hypot(fit.coef[0], fit.coef[1]));
    let [a0, a1, c0, c1] = [
      Math.min(0, fit.coef[0]),
      Math.max(0, fit.coef[0]),
      Math.min(0, fit.coef[1]),
      Math.max(0, fit.coef[1]),
    ];
    for (const [u, v] of run.path) {
      if (Math.abs(u) < cap) [a0, a1] = [Math.min(a0, u), Math.max(a1, u)];
      if (Math.abs(v) < cap) [c0, c1] = [Math.min(c0, v), Math.max(c1, v)];
    }
    const pa = Math.max((a1 - a0) * 0.25, 0.5);
    const pc = Math.max((c1 - c0) * 0.25, 0.5);
    const w1s = Array.from({ length: GRID }, (_, i) => a0 - pa + ((a1 - a0 + 2 * pa) * i) / (GRID - 1));
    const w2s = Array.from({ length: GRID }, (_, j) => c0 - pc + ((c1 - c0 + 2 * pc) * j) / (GRID - 1));
    return {
      fit,
      crossEntropy: loss / n,
      accuracy: right / n,
      box,
      sigmoid,
      boundary: logisticBoundary(fit.intercept, fit.coef, box),
      w1s,
      w2s,
      grid: logisticLossGrid(X, y, w1s, w2s, fit.intercept, view.l2),
      path: run.path,
      pathLosses: run.losses,
      growth,
      warnings,
    };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
