/**
 * The lasso coefficient path of the Regression tab, computed in the worker (100 λ, warm-started), so a
 * drag with 1,000 points at degree 12 refits the curve in its own frame while the path follows, λ by λ.
 * One job at a time: a newer request (the next drag move) stops the older one, whose snapshots are dropped.
 */
import { create } from 'zustand';
import { polynomialFeatures, standardizeValues } from '../../../core';
import type { LassoPathSnapshot } from '../../../worker/protocol';
import { createJob } from '../../job';
import type { UserPoint } from '../nn/fields';
import type { RegView } from './view';

/** λ values on the path: λ_max down to λ_max·10⁻⁴. */
export const PATH_LAMBDAS = 100;
/** Coordinate-descent sweeps per λ at most (warm-started, most λ need a few dozen). */
const MAX_SWEEPS = 2000;

export interface LassoPathShown {
  lambdas: number[];
  /** coefs[i][j]: coefficient j at lambdas[i]. */
  coefs: number[][];
  /** Solved so far out of `count`, the path running from λ = range[1] down to range[0]. */
  count: number;
  range: [number, number];
  done: boolean;
  /** λ values whose coordinate descent stopped before its tolerance (approximate coefficients). */
  stalled: number;
  maxSweeps: number;
}

interface LassoPathState {
  /** The design the path answers (degree, standardize and the points): a new one clears the path. */
  key: string | null;
  path: LassoPathShown | null;
  running: boolean;
  error: string | null;
  /** Asks for the path of `view`'s lasso on `points` (no-op when it is already shown or running). */
  request(view: RegView, points: readonly UserPoint[]): void;
  clear(): void;
}

const job = createJob('lassoPath', { watchdogMs: 20_000 });

function shown(s: LassoPathSnapshot): LassoPathShown {
  const coefs = Array.from(s.lambdas, (_, i) => Array.from(s.coefs.subarray(i * s.p, (i + 1) * s.p)));
  return {
    lambdas: Array.from(s.lambdas),
    coefs,
    count: s.count,
    range: [s.lambdaMin, s.lambdaMax],
    done: s.done,
    stalled: s.stalled,
    maxSweeps: MAX_SWEEPS,
  };
}

/** What the path depends on: the method's design (degree, standardize) and every point. */
export function pathKeyOf(view: RegView, points: readonly UserPoint[]): string {
  let h = `${view.degree}|${view.standardize ? 1 : 0}|${points.length}`;
  for (const p of points) h += `|${p.x1},${p.x2}`;
  return h;
}

export const useLassoPath = create<LassoPathState>()((set, get) => ({
  key: null,
  path: null,
  running: false,
  error: null,
  request(view, points) {
    const deg = view.degree;
    if (!Number.isInteger(deg) || deg < 1 || deg > 12 || points.length < 2) {
      get().clear();
      return;
    }
    const key = pathKeyOf(view, points);
    if (key === get().key) return;
    const n = points.length;
    const xs = points.map((p) => p.x1);
    const z = view.standardize ? standardizeValues(xs).z : xs;
    const X = polynomialFeatures(z, deg);
    const x = new Float64Array(n * deg);
    X.forEach((row, i) => x.set(row, i * deg));
    const y = Float64Array.from(points, (p) => p.x2);
    // The path of the previous design stays drawn until the first λ of the new one arrive.
    set({ key, running: true, error: null });
    job.run<LassoPathSnapshot>(
      { key },
      (api, id, progress) =>
        api.lassoPath(
          id,
          { x, n, p: deg, y, count: PATH_LAMBDAS, tol: 1e-8, maxSweeps: MAX_SWEEPS },
          progress,
        ),
      (s) => {
        if (get().key === key) set({ path: shown(s) });
      },
      (error) => {
        if (get().key === key) set({ running: false, error });
      },
    );
  },
  clear() {
    job.stop();
    set({ key: null, path: null, running: false, error: null });
  },
}));
