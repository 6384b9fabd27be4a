/**
 * The Deep learning tab's state: `view` is what the student asked for (and what the address holds); the
 * pictures are computed from it on the main thread (compute.ts). Setters keep dependent fields consistent:
 * a new kernel size resizes the kernel, a new embedding dimension resizes the embeddings.
 */
import { create } from 'zustand';
import { kernelPreset, resizeKernel, type KernelPresetName } from '../../../core';
import { DIGITS_N, fetchDigits, type Digits } from '../digits';
import { PAINT_SIZE } from './images';
import { embeddingsOf, projectionsOf, usedTokens } from './compute';
import { viewSlice, type ViewSlice } from '../../viewStore';
import { deepView, type DeepView } from './view';

export interface DeepState extends ViewSlice<DeepView> {
  /** The digits set once loaded (public/data/digits.bin, fetched when a digit is first shown). */
  digits: Digits | null;
  digitsLoading: boolean;
  /** Why the digits could not be loaded, or null. */
  digitsProblem: string | null;
  loadDigits(): void;
  /** Shows the next (delta 1) or previous (−1) image of the digits set, wrapping around. */
  stepDigit(delta: number): void;
  setKernelCell(i: number, j: number, value: number): void;
  applyPreset(name: KernelPresetName): void;
  setKernelSize(size: 3 | 5): void;
  toggleCell(i: number, j: number): void;
  clearPaint(): void;
  /** Moves the selected output cell by `delta` in reading order and stops filling after it. */
  stepWindow(delta: number, outH: number, outW: number): void;
  setEmbedding(token: number, coord: number, value: number): void;
  setDim(dim: 2 | 4): void;
  setProjection(head: 1 | 2, m: number, r: number, c: number, value: number): void;
  reseed(seed: number): void;
  setW(i: number, j: number, value: number): void;
}

export const useDeepStore = create<DeepState>()((set, get) => {
  const slice = viewSlice(deepView.defaults, set, get);
  const { patch } = slice;
  return {
    ...slice,
    digits: null,
    digitsLoading: false,
    digitsProblem: null,
    loadDigits() {
      if (get().digits || get().digitsLoading) return;
      set({ digitsLoading: true, digitsProblem: null });
      fetchDigits().then(
        (digits) => set({ digits, digitsLoading: false }),
        (e: unknown) =>
          set({
            digitsLoading: false,
            digitsProblem: `The handwritten digits could not be loaded (${e instanceof Error ? e.message : String(e)}).`,
          }),
      );
    },
    stepDigit(delta) {
      const n = DIGITS_N;
      const at = Number.isInteger(get().view.digit) ? get().view.digit : 0;
      patch({ digit: (((at + delta) % n) + n) % n, img: 'digit' });
    },
    setKernelCell(i, j, value) {
      const kernel = get().view.kernel.map((row) => row.slice());
      if (!kernel[i] || kernel[i][j] === undefined) return;
      kernel[i][j] = value;
      patch({ kernel });
    },
    applyPreset(name) {
      patch({ kernel: kernelPreset(name, get().view.ks as 3 | 5) });
    },
    setKernelSize(size) {
      const { kernel, ks } = get().view;
      if (size === ks) return;
      // 3 → 5 adds a border of zeros (the same output where it reaches); 5 → 3 keeps the centre.
      patch({ ks: size, kernel: resizeKernel(kernel, size) });
    },
    toggleCell(i, j) {
      const paint = get().view.paint.slice();
      const k = i * PAINT_SIZE + j;
      paint[k] = paint[k] ? 0 : 1;
      patch({ paint, img: 'paint' });
    },
    clearPaint() {
      patch({ paint: Array<number>(PAINT_SIZE * PAINT_SIZE).fill(0), img: 'paint' });
    },
    stepWindow(delta, outH, outW) {
      const { row, col } = get().view;
      const total = outH * outW;
      const at = (Math.min(row, outH) - 1) * outW + Math.min(col, outW) - 1;
      const next = (((at + delta) % total) + total) % total;
      patch({ row: Math.floor(next / outW) + 1, col: (next % outW) + 1, all: false });
    },
    setEmbedding(token, coord, value) {
      const view = get().view;
      const X = embeddingsOf(view, Math.max(usedTokens(view).length, token + 1));
      // Keep numbers of tokens beyond the current ones (typed earlier), so nothing is lost.
      const emb = view.emb.slice();
      X.flat().forEach((x, k) => {
        if (k >= emb.length) emb[k] = x;
      });
      emb[token * view.dim + coord] = value;
      patch({ emb });
    },
    setDim(dim) {
      const view = get().view;
      if (view.dim === dim) return;
      const X = embeddingsOf(view);
      const emb = X.flatMap((x) => Array.from({ length: dim }, (_, c) => x[c] ?? 0));
      patch({ dim, emb: view.emb.length === 0 ? [] : emb, w1: [], w2: [] });
    },
    setProjection(head, m, r, c, value) {
      const view = get().view;
      const W = projectionsOf(view, head).map((M) => M.map((row) => row.slice()));
      W[m][r][c] = value;
      patch(head === 1 ? { w1: W.flat(2) } : { w2: W.flat(2) });
    },
    reseed(seed) {
      patch({ seed, w1: [], w2: [] });
    },
    setW(i, j, value) {
      const w = get().view.w.map((row) => row.slice());
      w[i][j] = value;
      patch({ w });
    },
  };
});
