/**
 * The linear algebra page's state. `view` is what the user asked for (and what the URL holds);
 * `result` is the core's report on A (matrixReport), tagged with the matrix it answers, and `cloud` the PCA point
 * set, tagged with the parameters that drew it. Both are computed synchronously here (a 3×3 analysis
 * takes well under a millisecond), never per animation frame: the scene reads them with getState().
 */
import { create } from 'zustand';
import {
  correlatedCloud,
  matrixReport,
  validateEntry,
  type Matrix,
  type MatrixReport,
  type PcaModel,
  type Vector,
} from '../../core';
import { viewSlice, type ViewSlice } from '../viewStore';
import { DEFAULT_VIEW, resize, type Dim, type LinalgView } from './view';

/** The report on A, tagged with the matrix it answers (the very array held in `view.a` when computed). */
export type LinalgResult = MatrixReport;

export interface CloudResult {
  /** The parameters that drew it. */
  key: string;
  points: Vector[];
  model: PcaModel;
}

export type MatrixKey = 'a' | 'b' | 'basis';

/**
 * `set` and `patch` take any field, kept as typed (the view's field problems say what is wrong); the analysis
 * of A and the cloud follow. The setters below keep what a field alone cannot (sizes, entries, ranges).
 */
export interface LinalgState extends ViewSlice<LinalgView> {
  result: LinalgResult;
  cloud: CloudResult;
  /** Why the requested cloud could not be drawn (the previous one stays), or null. */
  cloudProblem: string | null;
  /** An animation from t = from to t = to is running; its frames never pass through the store. */
  playing: { from: number; to: number } | null;

  setDim(dim: Dim): void;
  /** Sets one entry; values `validateEntry` refuses are ignored (the field shows why). */
  setEntry(which: MatrixKey, i: number, j: number, x: number): void;
  setMatrix(which: MatrixKey, m: Matrix): void;
  setVec(i: number, x: number): void;
  /** The animation time, clamped to [0, 1]. */
  setT(t: number): void;
  /** The PCA view's k, rounded into 1 … dim. */
  setK(k: number): void;
  play(from: number, to: number): void;
  /** Ends (or interrupts) an animation, leaving the time at `t`. */
  stopPlay(t: number): void;
}

const cloudKey = (v: LinalgView): string => JSON.stringify([v.sd, v.corr, v.n, v.seed]);

/** The seeded Gaussian cloud N(0, Σ) of the view and its PCA. Throws when Σ is not valid. */
export function drawCloud(view: LinalgView): CloudResult {
  return { key: cloudKey(view), ...correlatedCloud(view.seed, view.sd, view.corr, view.n) };
}

/** The derived state for a new view, reusing what did not change. */
function derive(view: LinalgView, prev: Pick<LinalgState, 'result' | 'cloud'> | null) {
  const result = prev && prev.result.a === view.a ? prev.result : matrixReport(view.a);
  let cloud = prev?.cloud;
  let cloudProblem: string | null = null;
  if (!cloud || cloud.key !== cloudKey(view) || cloud.model.mean.length !== view.dim) {
    try {
      cloud = drawCloud(view);
    } catch (e) {
      cloudProblem = (e as Error).message;
      // A cloud of another dimension cannot stand in for this one.
      if (!cloud || cloud.model.mean.length !== view.dim)
        cloud = drawCloud({ ...view, corr: view.corr.map(() => 0) });
    }
  }
  return { result, cloud, cloudProblem };
}

const initial = derive(DEFAULT_VIEW, null);

export const useLinalgStore = create<LinalgState>()((set, get) => {
  const update = (patch: Partial<LinalgView>) => {
    const state = get();
    const view = { ...state.view, ...patch };
    set({ view, ...derive(view, state) });
  };
  return {
    ...viewSlice(DEFAULT_VIEW, set, get, {
      change: update,
      load: (view) => ({ ...derive(view, get()), playing: null }),
    }),
    ...initial,
    playing: null,

    setDim(dim) {
      update(resize(get().view, dim));
    },
    setEntry(which, i, j, x) {
      if (validateEntry(x) !== null) return;
      const m = get().view[which];
      if (Object.is(m[i]?.[j], x)) return;
      update({ [which]: m.map((row, r) => (r === i ? row.map((y, c) => (c === j ? x + 0 : y)) : row)) });
    },
    setMatrix(which, m) {
      if (m.length !== get().view.dim || m.flat().some((x) => validateEntry(x) !== null)) return;
      update({ [which]: m.map((row) => row.map((x) => x + 0)) });
    },
    setVec(i, x) {
      if (validateEntry(x) !== null) return;
      update({ v: get().view.v.map((y, k) => (k === i ? x + 0 : y)) });
    },
    setT(t) {
      update({ t: Math.min(1, Math.max(0, t)) });
    },
    setK(k) {
      update({ k: Math.min(get().view.dim, Math.max(1, Math.round(k))) });
    },
    play(from, to) {
      set({ playing: { from, to } });
    },
    stopPlay(t) {
      set({ playing: null });
      update({ t: Math.min(1, Math.max(0, t)) });
    },
  };
});
