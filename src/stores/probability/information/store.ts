/** The Entropy and KL tab's state: three distributions the student drags and two normals. Nothing runs in the worker. */
import { create } from 'zustand';
import {
  type InformationView,
  MAX_JOINT,
  MAX_OUTCOMES,
  MIN_JOINT,
  MIN_OUTCOMES,
  type NormalView,
  informationView,
} from './view';

/** Which draggable distribution: the entropy section's, or P or Q of the KL section. */
export type BarSet = 'entropy' | 'p' | 'q';

/**
 * Sets outcome i to v (clamped to [0, 1]) and rescales the others proportionally so that the total
 * stays 1; when the others are all 0 they share 1 − v equally. The result sums to 1 up to rounding.
 */
export function setProbability(p: readonly number[], i: number, v: number): number[] {
  const target = Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));
  const rest = 1 - p[i];
  const n = p.length;
  const out = p.map((pj, j) => {
    if (j === i) return target;
    return rest > 1e-12 ? (pj * (1 - target)) / rest : (1 - target) / (n - 1);
  });
  // Put the last rounding residue on the largest entry, where it is relatively smallest.
  const sum = out.reduce((a, b) => a + b, 0);
  let k = 0;
  for (let j = 1; j < n; j++) if (out[j] > out[k]) k = j;
  out[k] = Math.max(0, out[k] + (1 - sum));
  return out;
}

export const uniform = (n: number): number[] => Array.from({ length: n }, () => 1 / n);

export interface InformationState {
  view: InformationView;
  urlNotice: string[];
  setBar(set: BarSet, i: number, v: number): void;
  setBars(set: BarSet, p: number[]): void;
  /** Changes the number of outcomes; every distribution of the section becomes uniform on the new count. */
  setOutcomes(section: 'entropy' | 'kl', n: number): void;
  setNormal(which: 'normalP' | 'normalQ', key: keyof NormalView, v: number): void;
  loadView(view: InformationView, ignored: string[]): void;
  dismissNotice(): void;
  /** Sets one field of the view (unit, correlation ρ). */
  setField<K extends keyof InformationView>(key: K, value: InformationView[K]): void;
  /** Sets cell (i, j) of the joint table to a weight ≥ 0. */
  setJointCell(i: number, j: number, v: number): void;
  /** Changes the table's shape; the new table is uniform (X and Y independent). */
  setJointShape(rows: number, cols: number): void;
  setJoint(table: number[]): void;
}

export const useInformationStore = create<InformationState>()((set, get) => ({
  view: informationView.defaults,
  urlNotice: [],

  setBar(which, i, v) {
    const view = get().view;
    set({ view: { ...view, [which]: setProbability(view[which], i, v) } });
  },

  setBars(which, p) {
    set({ view: { ...get().view, [which]: p } });
  },

  setOutcomes(section, n) {
    const count = Math.min(MAX_OUTCOMES, Math.max(MIN_OUTCOMES, Math.round(n)));
    const view = get().view;
    set({
      view:
        section === 'entropy'
          ? { ...view, entropy: uniform(count) }
          : { ...view, p: uniform(count), q: uniform(count) },
    });
  },

  setNormal(which, key, v) {
    const view = get().view;
    set({ view: { ...view, [which]: { ...view[which], [key]: v } } });
  },

  loadView(view, ignored) {
    set({ view, urlNotice: ignored });
  },

  dismissNotice() {
    set({ urlNotice: [] });
  },

  setField(key, value) {
    set({ view: { ...get().view, [key]: value } });
  },

  setJointCell(i, j, v) {
    const view = get().view;
    const joint = [...view.joint];
    joint[i * view.miCols + j] = Math.max(0, Number.isFinite(v) ? v : 0);
    // A table of zeros has no law: keep the old one.
    if (joint.some((w) => w > 0)) set({ view: { ...view, joint } });
  },

  setJointShape(rows, cols) {
    const r = Math.min(MAX_JOINT, Math.max(MIN_JOINT, Math.round(rows)));
    const c = Math.min(MAX_JOINT, Math.max(MIN_JOINT, Math.round(cols)));
    set({ view: { ...get().view, miRows: r, miCols: c, joint: uniform(r * c) } });
  },

  setJoint(table) {
    set({ view: { ...get().view, joint: table } });
  },
}));
