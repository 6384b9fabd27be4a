/**
 * The Regression tab's training and test error curves (against the degree and against λ), computed in the
 * worker so a drag of a point among 1,000 at degree 12 keeps the page's task short. At most one job runs:
 * a request made while one runs waits as the single pending one (a newer request replaces it), so a drag
 * never queues stale work, and the last position always lands.
 */
import { create } from 'zustand';
import type { RegErrorCurvesRequest, RegErrorCurvesResult } from '../../../worker/protocol';
import { createJob } from '../../job';
import type { UserPoint } from '../nn/fields';
import { MAX_DEGREE, type RegView } from './view';

interface ErrorCurvesState {
  /** The inputs the shown curves answer (null: none asked yet). */
  source: ErrorCurvesSource | null;
  curves: RegErrorCurvesResult | null;
  running: boolean;
  error: string | null;
  /** Asks for the curves of `view`'s method on `points` and the held-out `test` (no-op when they are shown or running). */
  request(view: RegView, points: readonly UserPoint[], test: readonly UserPoint[] | null): void;
  clear(): void;
}

/** What the curves depend on: the points (by identity: a move makes a new array) and the settings. */
export interface ErrorCurvesSource {
  points: readonly UserPoint[];
  test: readonly UserPoint[] | null;
  settings: string;
}

const job = createJob('regErrorCurves', { watchdogMs: 20_000 });

/** The settings of `view` that the curves depend on. */
export function curveSettingsOf(view: RegView): string {
  const m = view.method;
  return [
    m,
    view.standardize ? 1 : 0,
    m === 'ridge' || m === 'lasso' ? view.degree : '',
    m === 'ridge' ? view.ridge : '',
    m === 'lasso' ? view.lasso : '',
  ].join('|');
}

/** x and y of the points as typed arrays (a plain loop: Float64Array.from with a map function is slow). */
function columnsOf(points: readonly UserPoint[]): [Float64Array, Float64Array] {
  const x = new Float64Array(points.length);
  const y = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) {
    x[i] = points[i].x1;
    y[i] = points[i].x2;
  }
  return [x, y];
}

/** The worker request of `view`'s curves (typed arrays). */
export function curvesRequestOf(
  view: RegView,
  points: readonly UserPoint[],
  test: readonly UserPoint[] | null,
): RegErrorCurvesRequest {
  const m = view.method;
  const [x, y] = columnsOf(points);
  const [testX, testY] = test ? columnsOf(test) : [null, null];
  return {
    x,
    y,
    testX,
    testY,
    standardize: view.standardize,
    maxDegree: m === 'gd' ? -1 : MAX_DEGREE,
    ridge: m === 'ridge' ? view.ridge : 0,
    lasso: m === 'lasso' ? view.lasso : 0,
    lambdaKind: m === 'ridge' || m === 'lasso' ? m : null,
    degree: view.degree,
  };
}

const same = (a: ErrorCurvesSource | null, b: ErrorCurvesSource) =>
  !!a && a.points === b.points && a.test === b.test && a.settings === b.settings;

export const useRegErrorCurves = create<ErrorCurvesState>()((set, get) => {
  /** The request waiting for the running job to end (only the newest is kept). */
  let pending: { source: ErrorCurvesSource; view: RegView } | null = null;
  /** The source of the running job. */
  let inFlight: ErrorCurvesSource | null = null;
  const start = (source: ErrorCurvesSource, view: RegView) => {
    // Built only when it runs: a request replaced while it waits costs nothing.
    const req = curvesRequestOf(view, source.points, source.test);
    inFlight = source;
    set({ running: true });
    job.run<RegErrorCurvesResult>(
      { settings: source.settings },
      (api, id) => api.regErrorCurves(id, req),
      (curves, final) => {
        if (final) set({ source, curves, error: null });
      },
      (error) => {
        inFlight = null;
        if (error) set({ error });
        const next = pending;
        pending = null;
        if (next) start(next.source, next.view);
        else set({ running: false });
      },
    );
  };
  return {
    source: null,
    curves: null,
    running: false,
    error: null,
    request(view, points, test) {
      const source: ErrorCurvesSource = { points, test, settings: curveSettingsOf(view) };
      if (same(inFlight, source) || (!inFlight && same(get().source, source))) {
        pending = null;
        return;
      }
      if (job.busy) pending = { source, view };
      else start(source, view);
    },
    clear() {
      pending = null;
      inFlight = null;
      job.stop();
      set({ source: null, curves: null, running: false, error: null });
    },
  };
});
