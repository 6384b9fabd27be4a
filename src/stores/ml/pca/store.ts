/**
 * The PCA and clustering tab's state. `view` is what the student asked for (and what the address holds);
 * the rest follows from it: the table (a shipped file fetched when first chosen, the student's points, or a
 * pasted CSV kept in the page), its PCA (computed in the worker), the 2-D points clustered (the first two
 * scores or two columns), the clustering state after `view.it` steps (stepped in the worker, which streams
 * snapshots; at most one is drawn per animation frame, so a Run on 5,000 points never blocks the page), and
 * the elbow / BIC curves (in the worker).
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type {
  ClusterCurvesRequest,
  ClusterCurvesResult,
  ClusterSnapshot,
  ClusterStart,
  ClusterStepsRequest,
  PcaAnalyzeRequest,
  PcaAnalyzeResult,
} from '../../../worker/protocol';
import { createJob } from '../../job';
import { MAX_URL_POINTS, type UserPoint } from '../nn/fields';
import { pointEdits } from '../pointEdits';
import { fetchTable, ownTable, parseNumericCsv, type Table } from './data';
import { viewSlice, type ViewSlice } from '../../viewStore';
import { MAX_ITERATIONS, pcaView, type PcaView } from './view';

export type { PcaAnalyzeResult, ClusterCurvesResult, ClusterSnapshot };

/** Steps a Run takes at most beyond the current iteration. */
export const RUN_LIMIT = 300;
/** A Run shows each step for at least this long. */
const PACE_MS = 30;
/** During a Run, the text, readouts and ℓ curve follow the picture at most this often. */
const SHOW_MS = 250;

/** `set` restarts clustering from iteration 0 when a field of START_FIELDS changes. */
export interface PcaState extends ViewSlice<PcaView> {
  /** The table of the current source, or null while loading / when there is none. */
  table: Table | null;
  tableKey: string;
  loading: boolean;
  loadError: string | null;
  /** The last pasted table (kept in the page, not in the address) and the rows it refused. */
  csvTable: Table | null;
  csvProblems: string[];
  pca: PcaAnalyzeResult | null;
  pcaKey: string;
  pcaRunning: boolean;
  pcaError: string | null;
  /** The 2-D points clustered, and what they are. */
  points: number[][] | null;
  pointsKey: string;
  pointsAxes: [string, string];
  /**
   * The clustering state the page's text, readouts and curves show: during a Run at most a few times a second,
   * each in a task of its own (see `frame`).
   */
  cluster: ClusterSnapshot | null;
  /**
   * The clustering state of the picture: changes at most once per animation frame, inside that frame, and is
   * painted there by the cluster plot without React (points on a canvas, ellipses and cells as SVG attributes).
   */
  frame: ClusterSnapshot | null;
  clusterKey: string;
  clusterError: string | null;
  /** Steps being taken in the worker (a Step, a Run, or a replay up to view.it). */
  stepping: boolean;
  curves: ClusterCurvesResult | null;
  curvesKey: string;
  curvesRunning: boolean;
  addPoint(x: number, y: number, label: number): void;
  movePoint(index: number, x: number, y: number): void;
  removePoint(index: number): void;
  loadCsv(text: string): void;
  kmeansStep(): void;
  runKmeans(): void;
  emStep(): void;
  runEm(): void;
  resetClustering(): void;
  computeCurves(): void;
  /** Recomputes what follows from the view (called by the tab when it mounts). */
  sync(): void;
}

/** Fields whose change restarts clustering from iteration 0. */
const START_FIELDS: (keyof PcaView)[] = [
  'data',
  'points',
  'standardize',
  'on',
  'cx',
  'cy',
  'method',
  'clusters',
  'init',
  'mixture',
  'minit',
  'seed',
];

const cache = new Map<string, Table>();
const pcaJob = createJob('pcaAnalyze', { watchdogMs: 30000 });
const curvesJob = createJob('clusterCurves', { watchdogMs: 30000 });
const stepsJob = createJob('clusterSteps', { watchdogMs: 30000 });

const pointsText = (pts: readonly UserPoint[]) => pts.map((p) => `${p.x1},${p.x2},${p.label}`).join(';');

/** Why clustering cannot start on these points, or null. */
export function clusterProblem(X: number[][], start: ClusterStart): string | null {
  if (X.length === 0) return 'no points to cluster';
  if (start.k > X.length)
    return `${start.method === 'kmeans' ? 'clusters k' : 'mixture components K'} (${start.k}) is more than the ${X.length} points`;
  return null;
}

export function startOf(view: PcaView): ClusterStart {
  return view.method === 'kmeans'
    ? { method: 'kmeans', k: view.clusters, init: view.init, seed: view.seed }
    : { method: 'gmm', k: view.mixture, init: view.minit, seed: view.seed };
}

/** The 2-D points clustered: the first two PCA scores, or two columns of the table. */
export function clusterPoints(
  view: PcaView,
  table: Table,
  pca: PcaAnalyzeResult | null,
): { points: number[][]; axes: [string, string] } | { error: string } {
  if (table.d === 1) return { error: 'clustering needs at least two columns' };
  if (view.on === 'scores') {
    if (!pca) return { error: 'waiting for PCA' };
    const c = pca.scoreColumns;
    const points: number[][] = new Array(pca.n);
    for (let i = 0; i < pca.n; i++) points[i] = [pca.scores[i * c], pca.scores[i * c + 1]];
    return { points, axes: ['PC 1 score', 'PC 2 score'] };
  }
  if (view.cx >= table.d || view.cy >= table.d)
    return { error: `the table has ${table.d} columns: choose columns 1 to ${table.d}` };
  const points: number[][] = new Array(table.n);
  for (let i = 0; i < table.n; i++)
    points[i] = [table.data[i * table.d + view.cx], table.data[i * table.d + view.cy]];
  return { points, axes: [table.columns[view.cx], table.columns[view.cy]] };
}

export const usePcaStore = create<PcaState>()((set, get) => {
  let jobSeq = 0;
  let pending: { snap: ClusterSnapshot; key: string; final: boolean } | null = null;
  let raf: number | null = null;
  /** The run ended while its last snapshot waits for its frame: that frame ends it. */
  let endAfterFlush = false;
  /** The text and readouts: when they last followed the picture, and their pending task. */
  let shownAt = 0;
  let showTimer: ReturnType<typeof setTimeout> | null = null;
  let showFinal = false;
  let showEnd = false;
  /** Elbow / BIC curves that landed during a Run: drawn when it ends, so that they never share its frames. */
  let heldCurves: { key: string; curves: ClusterCurvesResult } | null = null;
  /** The elbow / BIC job stopped for a Run (it would share the worker and the two cores with it). */
  let resumeCurves = false;
  const released = (): Partial<PcaState> => {
    const h = heldCurves;
    heldCurves = null;
    if (resumeCurves) {
      resumeCurves = false;
      setTimeout(() => get().computeCurves(), 300);
    }
    return h && h.key === get().curvesKey ? { curves: h.curves } : {};
  };
  const cancelShow = () => {
    if (showTimer !== null) clearTimeout(showTimer);
    showTimer = null;
    showFinal = false;
    showEnd = false;
  };
  /** Brings the React side (text, readouts, ℓ curve, the address's iteration) up to the picture. */
  const show = () => {
    showTimer = null;
    shownAt = performance.now();
    const snap = get().frame;
    const final = showFinal;
    const end: Partial<PcaState> = showEnd ? { stepping: false, ...released() } : {};
    showFinal = showEnd = false;
    if (!snap) {
      if (end.stepping === false) set(end);
      return;
    }
    // The address (view.it) follows when the steps end, not at every snapshot of a Run.
    const v = get().view;
    set(
      final
        ? { cluster: snap, view: v.it === snap.iteration ? v : { ...v, it: snap.iteration }, ...end }
        : { cluster: snap, ...end },
    );
  };
  const scheduleShow = (final: boolean, end: boolean) => {
    if (final) showFinal = true;
    if (end) showEnd = true;
    // Never inside the frame that painted the picture: a task of its own, at most every SHOW_MS during a Run.
    const wait = final ? 0 : Math.max(0, shownAt + SHOW_MS - performance.now());
    if (showTimer !== null) {
      if (!final) return;
      clearTimeout(showTimer);
    }
    showTimer = setTimeout(show, wait);
  };
  const flush = () => {
    if (raf !== null) cancelAnimationFrame(raf);
    raf = null;
    const p = pending;
    pending = null;
    const end = endAfterFlush;
    endAfterFlush = false;
    if (!p || get().clusterKey !== p.key) {
      if (end) scheduleShow(true, true);
      return;
    }
    set({ frame: p.snap });
    scheduleShow(p.final, end);
  };

  const tableKeyOf = (view: PcaView) =>
    view.data === 'own' ? `own:${pointsText(view.points)}` : view.data === 'csv' ? 'csv' : view.data;

  const stopStepping = () => {
    stepsJob.stop();
    pending = null;
    endAfterFlush = false;
    cancelShow();
    if (get().stepping) set({ stepping: false, ...released() });
  };

  /** Steps in the worker from `from` (null: the seed's start); snapshots are drawn, the last sets view.it. */
  const runSteps = (from: ClusterSnapshot | null, steps: number, untilConverged: boolean, paceMs: number) => {
    const { points, clusterKey, view } = get();
    if (!points || !clusterKey) return;
    const flat = new Float64Array(points.length * 2);
    points.forEach((p, i) => flat.set(p, 2 * i));
    const req: ClusterStepsRequest = {
      points: flat,
      start: startOf(view),
      from,
      steps: Math.max(0, Math.min(steps, MAX_ITERATIONS - (from?.iteration ?? 0))),
      untilConverged,
      paceMs,
    };
    const key = clusterKey;
    set({ stepping: true });
    stepsJob.run<ClusterSnapshot>(
      { key, seq: ++jobSeq },
      (api, id, progress) => api.clusterSteps(id, req, progress),
      (snap, final) => {
        // At most one snapshot drawn per animation frame: a later one replaces a waiting one.
        // The last one too: drawn in the message's task, 5,000 points made a long task on a slow machine.
        pending = { snap, key, final };
        if (raf === null) raf = requestAnimationFrame(flush);
      },
      (error) => {
        if (get().clusterKey !== key) return;
        if (error) set({ stepping: false, clusterError: error });
        // The run ends with its last snapshot, drawn in the next frame.
        else if (pending) endAfterFlush = true;
        else if (showTimer !== null) scheduleShow(true, true);
        else set({ stepping: false, ...released() });
      },
    );
  };

  /** Makes the table, PCA, points and clustering follow the view. */
  const sync = () => {
    const { view } = get();
    const tKey = tableKeyOf(view);
    if (tKey !== get().tableKey) {
      stopStepping();
      set({
        tableKey: tKey,
        table: null,
        loadError: null,
        pca: null,
        pcaKey: '',
        points: null,
        pointsKey: '',
        cluster: null,
        frame: null,
        clusterKey: '',
        curves: null,
        curvesKey: '',
      });
      if (view.data === 'own') set({ table: view.points.length > 0 ? ownTable(view.points) : null });
      else if (view.data === 'csv') set({ table: get().csvTable });
      else if (cache.has(view.data)) set({ table: cache.get(view.data)! });
      else {
        const source = view.data;
        set({ loading: true });
        fetchTable(source).then(
          (t) => {
            cache.set(source, t);
            if (get().tableKey !== tKey) return;
            set({ table: t, loading: false });
            sync();
          },
          (e: Error) => {
            if (get().tableKey === tKey) set({ loading: false, loadError: e.message });
          },
        );
        return;
      }
      set({ loading: false });
    }
    const table = get().table;
    if (!table) return;
    // PCA in the worker.
    const pKey = `${tKey}|${view.standardize ? 1 : 0}`;
    if (pKey !== get().pcaKey) {
      set({ pcaKey: pKey, pca: null, pcaError: null });
      if (table.n < 2) {
        set({ pcaError: 'PCA needs at least two rows', pcaRunning: false });
      } else {
        const req: PcaAnalyzeRequest = {
          data: table.data.slice(),
          n: table.n,
          d: table.d,
          standardize: view.standardize,
        };
        set({ pcaRunning: true });
        pcaJob.run<PcaAnalyzeResult>(
          { key: pKey },
          (api, id) => api.pcaAnalyze(id, req),
          (r) => {
            if (get().pcaKey !== pKey) return;
            set({ pca: r });
            sync();
          },
          (error) => {
            if (get().pcaKey === pKey) set({ pcaRunning: false, pcaError: error });
          },
        );
      }
    }
    // The 2-D points clustered.
    const ptsKey = view.on === 'scores' ? `${pKey}|scores` : `${tKey}|${view.cx},${view.cy}`;
    if (ptsKey !== get().pointsKey || !get().points) {
      const got = clusterPoints(view, table, get().pca);
      if ('error' in got) {
        set({
          points: null,
          pointsKey: '',
          cluster: null,
          frame: null,
          clusterKey: '',
          clusterError: got.error,
        });
        return;
      }
      stopStepping();
      set({
        points: got.points,
        pointsKey: ptsKey,
        pointsAxes: got.axes,
        cluster: null,
        frame: null,
        clusterKey: '',
        curves: null,
        curvesKey: '',
      });
    }
    const points = get().points!;
    const start = startOf(view);
    const cKey = `${ptsKey}|${JSON.stringify(start)}`;
    if (cKey !== get().clusterKey) {
      stopStepping();
      const problem = clusterProblem(points, start);
      set({ cluster: null, frame: null, clusterKey: problem ? '' : cKey, clusterError: problem });
      if (!problem) runSteps(null, view.it, false, 0);
      return;
    }
    const cluster = get().cluster;
    if (cluster && !get().stepping && cluster.iteration !== view.it) {
      // An address asks for another iteration: continue, or replay from the start.
      if (view.it > cluster.iteration) runSteps(cluster, view.it - cluster.iteration, false, 0);
      else runSteps(null, view.it, false, 0);
    }
  };

  const own = (): UserPoint[] => (get().view.data === 'own' ? get().view.points : []);
  const setPoints = (points: UserPoint[]) => {
    set((s) => ({ view: { ...s.view, data: 'own', points, it: 0 }, csvProblems: [] }));
    sync();
  };
  const edits = pointEdits(own, setPoints, MAX_URL_POINTS, () =>
    set({ csvProblems: [`at most ${MAX_URL_POINTS} points: remove one first`] }),
  );

  const clusterCommand = (method: 'kmeans' | 'gmm', run: boolean) => {
    if (get().stepping) return;
    const { view } = get();
    const steps = run ? RUN_LIMIT : 1;
    if (run && get().curvesRunning) {
      // The elbow and BIC wait for the Run's end: they start again from where they are asked (same key, same numbers).
      curvesJob.stop();
      heldCurves = null;
      resumeCurves = true;
      set({ curvesRunning: false, curvesKey: '', curves: null });
    }
    if (view.method !== method) {
      // Switching algorithm: start from the seed and step at once (the start is computed in the same job).
      set({ view: { ...view, method, it: 0 } });
      const points = get().points;
      if (!points) return;
      const start = startOf(get().view);
      const problem = clusterProblem(points, start);
      set({
        cluster: null,
        frame: null,
        clusterKey: problem ? '' : `${get().pointsKey}|${JSON.stringify(start)}`,
        clusterError: problem,
      });
      if (!problem) runSteps(null, steps, run, PACE_MS);
      return;
    }
    const c = get().frame ?? get().cluster;
    if (!c) return;
    runSteps(c, steps, run, run ? PACE_MS : 0);
  };

  return {
    ...viewSlice(pcaView.defaults, set, get, {
      change(patch) {
        const keys = Object.keys(patch) as (keyof PcaView)[];
        const restart = keys.some((k) => START_FIELDS.includes(k));
        if (restart) stopStepping();
        set((s) => ({ view: { ...s.view, ...patch, ...(restart ? { it: 0 } : {}) } }));
        const view = get().view;
        if (keys.every((k) => pcaView.problem(k, view[k], view) === null)) sync();
      },
    }),
    table: null,
    tableKey: '',
    loading: false,
    loadError: null,
    csvTable: null,
    csvProblems: [],
    pca: null,
    pcaKey: '',
    pcaRunning: false,
    pcaError: null,
    points: null,
    pointsKey: '',
    pointsAxes: ['', ''],
    cluster: null,
    frame: null,
    clusterKey: '',
    clusterError: null,
    stepping: false,
    curves: null,
    curvesKey: '',
    curvesRunning: false,

    loadView(view, ignored) {
      stopStepping();
      set({ view, urlNotice: ignored, csvProblems: [] });
      sync();
    },
    addPoint: (x1, x2, label) => edits.add({ x1, x2, label }),
    movePoint: (index, x1, x2) => edits.move(index, { x1, x2 }),
    removePoint: (index) => edits.remove(index),
    loadCsv(text) {
      const read = parseNumericCsv(text);
      set({ csvProblems: read.problems });
      if (!read.table) return;
      stopStepping();
      // A new table: the key changes so that everything after it is recomputed.
      set((s) => ({
        csvTable: read.table,
        view: { ...s.view, data: 'csv', it: 0, cx: 0, cy: Math.min(1, read.table!.d - 1) },
        tableKey: '',
      }));
      sync();
    },
    kmeansStep() {
      clusterCommand('kmeans', false);
    },
    runKmeans() {
      clusterCommand('kmeans', true);
    },
    emStep() {
      clusterCommand('gmm', false);
    },
    runEm() {
      clusterCommand('gmm', true);
    },
    resetClustering() {
      stopStepping();
      set((st) => ({ view: { ...st.view, it: 0 } }));
      if (get().clusterKey) runSteps(null, 0, false, 0);
    },
    computeCurves() {
      const { points, view, pointsKey } = get();
      if (!points) return;
      const key = `${pointsKey}|${view.seed}|${view.init}|${view.minit}`;
      if (key === get().curvesKey && (get().curves || get().curvesRunning)) return;
      const flat = new Float64Array(points.length * 2);
      points.forEach((p, i) => flat.set(p, 2 * i));
      const req: ClusterCurvesRequest = {
        points: flat,
        seed: view.seed,
        kmeansInit: view.init,
        gmmInit: view.minit,
      };
      set({ curvesKey: key, curves: null, curvesRunning: true });
      curvesJob.run<ClusterCurvesResult>(
        { key },
        (api, id, progress) => api.clusterCurves(id, req, progress),
        (r) => {
          if (get().curvesKey !== key) return;
          if (get().stepping) heldCurves = { key, curves: r };
          else set({ curves: r });
        },
        () => {
          if (get().curvesKey === key) set({ curvesRunning: false });
        },
      );
    },
    sync,
  };
});

/**
 * The view without the iteration: what the controls and the stepper show, so that the 20 snapshots a second
 * of a Run (each moving `it`) do not re-render them.
 */
export function usePcaSettings(): Omit<PcaView, 'it'> {
  return usePcaStore(
    useShallow((s) => {
      const { it: _it, ...rest } = s.view;
      return rest;
    }),
  );
}
