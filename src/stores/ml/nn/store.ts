/**
 * The Neural network tab's state: `view` is what the student asked for (and what the address holds);
 * `snapshot` is the worker's latest picture of the network being trained, tagged with its session.
 */
import { create } from 'zustand';
import type { Dataset } from '../../../core';
import { computeClient } from '../../../worker/client';
import type { NnSnapshot, NnTrainRequest } from '../../../worker/protocol';
import { createJob } from '../../job';
import { datasetOf, EXTENT, featuresOf, parseCsv, specOf, trainingProblem } from './data';
import type { UserPoint } from './fields';
import { MAX_POINTS } from './fields';
import { pointEdits } from '../pointEdits';
import { viewSlice, type ViewSlice } from '../../viewStore';
import { nnView, SPEED_EPOCHS, type NnView } from './view';

export interface NnState extends ViewSlice<NnView> {
  /** The data set of the view (or why there is none), rebuilt when the view's data fields change. */
  data: Dataset | { error: string };
  snapshot: NnSnapshot | null;
  /** Training (or stepping) now. */
  running: boolean;
  error: string | null;
  /** Lines of the last CSV load that were not used, each with its reason. */
  csvProblems: string[];
  /** The class (or y value) a click on the plot adds. */
  brush: number;
  /** The unit whose output is the big picture: [layer, unit] of a hidden or output unit, or null for the output. */
  focus: [number, number] | null;

  /** The picture of the current network without training (epoch 0 of a new network). */
  preview(): void;
  train(): void;
  pause(): void;
  step(): void;
  reset(): void;
  addPoint(p: UserPoint): void;
  movePoint(index: number, p: UserPoint): void;
  removePoint(index: number): void;
  loadCsv(text: string): void;
  setBrush(label: number): void;
  setFocus(focus: [number, number] | null): void;
}

const slot = createJob('nnTrain');

/** Everything that decides the network at epoch 0: a change starts a new session. */
function sessionKey(view: NnView, data: Dataset): string {
  const {
    optimizer: _o,
    lr: _l,
    schedule: _s,
    batch: _b,
    l1: _1,
    l2: _2,
    budget: _g,
    speed: _p,
    surface3d: _3,
    cam: _c,
    epoch: _e,
    ...rest
  } = view;
  return JSON.stringify({ ...rest, spec: specOf(view, data), features: featuresOf(view, data) });
}

function requestFor(view: NnView, data: Dataset, untilEpoch: number, rate: number): NnTrainRequest {
  return {
    session: sessionKey(view, data),
    points: data.x,
    y: data.y,
    n: data.n,
    train: data.train,
    test: data.test,
    task: data.task,
    oneD: data.oneD,
    features: featuresOf(view, data),
    spec: specOf(view, data),
    seed: view.seed,
    settings: {
      optimizer: view.optimizer,
      lr: view.lr,
      batchSize: view.batch,
      l1: view.l1,
      l2: view.l2,
      schedule: view.schedule,
      horizon: view.budget,
    },
    untilEpoch,
    rate,
    extent: EXTENT,
    grid: data.oneD ? 240 : 64,
    thumbs: data.oneD ? 48 : 16,
  };
}

/** Data fields: a change rebuilds the data set. */
const DATA_FIELDS: (keyof NnView)[] = ['data', 'f', 'n', 'noise', 'trainFraction', 'seed', 'points'];
/** Settings the running trainer takes from its next epoch on (everything else starts a new network). */
const LIVE_FIELDS: (keyof NnView)[] = [
  'optimizer',
  'lr',
  'schedule',
  'batch',
  'l1',
  'l2',
  'budget',
  'speed',
  'surface3d',
];

export const useNnStore = create<NnState>()((set, get) => {
  /** Starts a job training to `untilEpoch` (0: just the picture of the current network). */
  const start = (untilEpoch: number, rate: number) => {
    const { view, data } = get();
    const fields = Object.values(nnView.problems(view));
    const problem =
      fields.length > 0
        ? `Fix the highlighted field first: ${fields[0]}.`
        : 'error' in data
          ? data.error
          : trainingProblem(view, data);
    if (problem || 'error' in data) {
      slot.stop();
      set({ running: false, error: problem });
      return;
    }
    const request = requestFor(view, data, untilEpoch, rate);
    set({ running: untilEpoch > (get().snapshot?.epoch ?? 0), error: null });
    slot.run<NnSnapshot>(
      request,
      (api, id, progress) => api.nnTrain(id, request, progress),
      (snapshot) => set({ snapshot }),
      (error) => set({ running: false, ...(error ? { error } : {}), view: withReachedEpoch() }),
    );
  };
  /**
   * The view with the epoch training stopped at (its session's snapshot), written when a job ends rather than
   * per snapshot: the address then changes once a run, not at the picture rate.
   */
  const withReachedEpoch = (): NnView => {
    const { view, snapshot } = get();
    const epoch = snapshot && snapshot.session === currentKey() ? snapshot.epoch : view.epoch;
    return epoch === view.epoch ? view : { ...view, epoch };
  };
  /**
   * Brings the network to the view's epoch: a loaded link or deck scene trains the same network (same seed)
   * back to the epoch it was saved at, as fast as the worker can; an earlier epoch of the session the worker
   * holds starts that session over. Epoch 0 is the picture of the initial network.
   */
  const restoreEpoch = () => {
    const target = get().view.epoch;
    const { snapshot } = get();
    const at = snapshot && snapshot.session === currentKey() ? snapshot.epoch : 0;
    if (target === 0 || target === at) return preview();
    if (at < target) return start(target, Infinity);
    set({ snapshot: null });
    void computeClient()
      .run('nnReset', (api) => api.nnReset())
      .then(() => start(target, Infinity))
      .catch((e: Error) => set({ error: e.message }));
  };
  const preview = () => start(get().snapshot?.session === currentKey() ? get().snapshot!.epoch : 0, Infinity);
  const currentKey = () => {
    const { view, data } = get();
    return 'error' in data ? '' : sessionKey(view, data);
  };
  const changeView = (patch: Partial<NnView>) => {
    const before = get().view;
    const view = { ...before, ...patch };
    const keys = Object.keys(patch) as (keyof NnView)[];
    const dataChanged = keys.some((k) => DATA_FIELDS.includes(k));
    const live = keys.every((k) => LIVE_FIELDS.includes(k) || k === 'cam');
    // A new network (other data, inputs, layers or seed) starts at epoch 0.
    if (!live && !keys.includes('epoch')) view.epoch = 0;
    set({ view, ...(dataChanged ? { data: datasetOf(view), focus: null } : {}) });
    // The 3-D camera changes only the picture: the network trains on untouched.
    if (keys.every((k) => k === 'cam')) return;
    if (live && get().running) start(view.budget, SPEED_EPOCHS[view.speed]);
    else if (!live) {
      if (get().running) slot.stop();
      set({ running: false });
      if (keys.includes('epoch')) restoreEpoch();
      else preview();
    }
  };
  /**
   * The student's points to edit: their own, or (on a generator's set) a copy of the generated points, so
   * that editing a generated set keeps every point. Null (with a message) where points cannot be edited.
   */
  const ownPoints = (): { data: NnView['data']; points: UserPoint[] } | null => {
    const { view, data } = get();
    if (view.data === 'own' || view.data === 'own-regression')
      return { data: view.data, points: view.points };
    if (view.data === 'plane' || view.data === 'bumps') {
      set({ csvProblems: ['points can be edited on the classification sets and the 1-D regression sets'] });
      return null;
    }
    return { data: isRegressionSource(view.data) ? 'own-regression' : 'own', points: pointsOf(data) };
  };
  const edits = pointEdits(
    () => ownPoints()?.points ?? null,
    (points) => changeView({ data: ownPoints()!.data, points }),
    MAX_POINTS,
    () => set({ csvProblems: [`at most ${MAX_POINTS} points`] }),
  );
  const initial = nnView.defaults;
  return {
    ...viewSlice(initial, set, get, { change: changeView }),
    data: datasetOf(initial),
    snapshot: null,
    running: false,
    error: null,
    csvProblems: [],
    brush: 1,
    focus: null,

    preview() {
      preview();
    },
    train() {
      const { view } = get();
      start(view.budget, SPEED_EPOCHS[view.speed]);
    },
    pause() {
      if (!get().running) return;
      void computeClient()
        .run('nnStop', (api) => api.nnStop())
        .catch(() => slot.stop());
    },
    step() {
      if (get().running) return;
      const epoch = get().snapshot?.session === currentKey() ? get().snapshot!.epoch : 0;
      start(epoch + 1, Infinity);
    },
    reset() {
      slot.stop();
      set({ running: false, snapshot: null, view: { ...get().view, epoch: 0 } });
      void computeClient()
        .run('nnReset', (api) => api.nnReset())
        .then(() => start(0, Infinity))
        .catch((e: Error) => set({ error: e.message }));
    },
    addPoint: (p) => edits.add(p),
    movePoint: (index, p) => edits.move(index, p),
    removePoint: (index) => edits.remove(index),
    loadCsv(text) {
      const { view } = get();
      const regression = view.data === 'own-regression' || isRegressionSource(view.data);
      const read = parseCsv(text, regression);
      set({ csvProblems: read.problems });
      if (read.points.length === 0) return;
      changeView({ data: regression ? 'own-regression' : 'own', points: read.points });
    },
    setBrush(brush) {
      set({ brush });
    },
    setFocus(focus) {
      set({ focus });
    },
    loadView(view, ignored) {
      slot.stop();
      set({ view, urlNotice: ignored, error: null, data: datasetOf(view), running: false, focus: null });
      restoreEpoch();
    },
  };
});

const isRegressionSource = (s: NnView['data']) =>
  ['sine', 'step', 'abs', 'curve', 'plane', 'bumps', 'own-regression'].includes(s);

/** The points of a generated set, as the student's own (labels or y values). */
function pointsOf(data: Dataset | { error: string }): UserPoint[] {
  if ('error' in data) return [];
  return Array.from({ length: data.n }, (_, i) =>
    data.oneD
      ? { x1: data.x[2 * i], x2: data.y[i], label: 0 }
      : { x1: data.x[2 * i], x2: data.x[2 * i + 1], label: data.y[i] },
  );
}
