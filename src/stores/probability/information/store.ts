/** The Entropy and KL tab's state: three distributions the student drags and two normals. Nothing runs in the worker. */
import { create } from 'zustand';
import { setProbability, uniformLaw as uniform } from '../../../core';
import { viewSlice, type ViewSlice } from '../../viewStore';
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

export interface InformationState extends ViewSlice<InformationView> {
  setBar(set: BarSet, i: number, v: number): void;
  /** Changes the number of outcomes; every distribution of the section becomes uniform on the new count. */
  setOutcomes(section: 'entropy' | 'kl', n: number): void;
  setNormal(which: 'normalP' | 'normalQ', key: keyof NormalView, v: number): void;
  /** Sets cell (i, j) of the joint table to a weight ≥ 0. */
  setJointCell(i: number, j: number, v: number): void;
  /** Changes the table's shape; the new table is uniform (X and Y independent). */
  setJointShape(rows: number, cols: number): void;
}

export const useInformationStore = create<InformationState>()((set, get) => ({
  ...viewSlice(informationView.defaults, set, get),

  setBar(which, i, v) {
    const view = get().view;
    set({ view: { ...view, [which]: setProbability(view[which], i, v) } });
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
}));
