/**
 * The Low rank view's data: the grayscale image (fetched from public/data, generated, or a file the student
 * opened, read locally and never uploaded) and its SVD, computed in the worker (a 256 × 256 image takes
 * 100–400 ms, a 512 × 512 one 1–3 s: far more than a frame), with progress and a cancel. The rank k lives in the page's view (`rk`); moving
 * it only rebuilds A_k from these factors on the page.
 */
import { create } from 'zustand';
import { shapesImage } from '../../core';
import type { ImageSvdProgress, ImageSvdResult } from '../../worker/protocol';
import { createJob } from '../job';
import type { LowRankImage } from './view';

export interface GrayImage {
  /** 'ascent' | 'shapes' | 'file' (then `title` is the file's name). */
  source: LowRankImage | 'file';
  title: string;
  m: number;
  n: number;
  /** Values in [0, 1], row by row. */
  pixels: Float64Array;
}

export interface LowRankState {
  image: GrayImage | null;
  /** The SVD of `image` (same object identity as the image it answers). */
  svd: { image: GrayImage; result: ImageSvdResult } | null;
  progress: ImageSvdProgress | null;
  loading: boolean;
  running: boolean;
  error: string | null;
  /** A file the student opened: shown instead of the view's image until another image is picked. */
  file: GrayImage | null;
  /** Shows the opened file if there is one, else loads (or generates) `source`; runs its SVD unless done. */
  show(source: LowRankImage): void;
  /** Reads an image file locally, in grayscale, scaled to fit 256 × 256, and shows it. */
  openFile(file: Blob, name: string): Promise<void>;
  /** Forgets the opened file (the view's image shows again). */
  closeFile(): void;
  /** Stops the running SVD (the image stays, without its approximation, until `decomposeAgain`). */
  cancel(): void;
  /** Runs the SVD of the shown image again after a cancel. */
  decomposeAgain(): void;
  /** True after `cancel` until the SVD of the shown image runs again. */
  cancelled: boolean;
}

export const ASCENT_FILE = 'data/ascent-256.bin';
export const ASCENT_SIDE = 256;
/** Longest side of an opened file after scaling (the worker's limit: a 512 × 512 SVD takes a second or two). */
export const FILE_MAX_SIDE = 512;

const slot = createJob('imageSvd', { watchdogMs: 10_000 });
const cache = new Map<LowRankImage, GrayImage>();
let pendingFetch: Promise<GrayImage> | null = null;

async function loadImage(source: LowRankImage): Promise<GrayImage> {
  const hit = cache.get(source);
  if (hit) return hit;
  let image: GrayImage;
  if (source === 'shapes') {
    image = { source, title: 'shapes (generated)', m: 128, n: 128, pixels: shapesImage(128) };
  } else {
    const fetching = (pendingFetch ??= (async (): Promise<GrayImage> => {
      const res = await fetch(new URL(ASCENT_FILE, document.baseURI).href);
      if (!res.ok) throw new Error(`could not load ${ASCENT_FILE} (${res.status})`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.length !== ASCENT_SIDE * ASCENT_SIDE)
        throw new Error(`${ASCENT_FILE} has ${bytes.length} bytes, not ${ASCENT_SIDE * ASCENT_SIDE}`);
      const pixels = Float64Array.from(bytes, (b) => b / 255);
      return { source: 'ascent', title: 'ascent (photograph)', m: ASCENT_SIDE, n: ASCENT_SIDE, pixels };
    })().finally(() => (pendingFetch = null)));
    image = await fetching;
  }
  cache.set(source, image);
  return image;
}

/** Grayscale (Rec. 601 luma) of RGBA bytes, in [0, 1]. */
export function grayOf(rgba: Uint8ClampedArray | Uint8Array, m: number, n: number): Float64Array {
  const out = new Float64Array(m * n);
  for (let p = 0; p < m * n; p++) {
    const a = rgba[4 * p + 3] / 255;
    // Transparent pixels read as white paper.
    const luma = (0.299 * rgba[4 * p] + 0.587 * rgba[4 * p + 1] + 0.114 * rgba[4 * p + 2]) / 255;
    out[p] = a * luma + (1 - a);
  }
  return out;
}

export const useLowRankStore = create<LowRankState>()((set, get) => {
  const decompose = (image: GrayImage) => {
    const { svd } = get();
    if (svd?.image === image) {
      set({ image, running: false, progress: null, error: null });
      return;
    }
    set({ image, running: true, progress: null, error: null, cancelled: false });
    const request = { source: image.source, title: image.title, m: image.m, n: image.n };
    slot.run<ImageSvdResult | ImageSvdProgress>(
      request,
      (api, id, progress) =>
        api.imageSvd(
          id,
          { pixels: image.pixels.slice(), m: image.m, n: image.n },
          progress as ((p: ImageSvdProgress) => void) | undefined,
        ),
      (s, final) => {
        if (final) set({ svd: { image, result: s as ImageSvdResult }, progress: null });
        else set({ progress: s as ImageSvdProgress });
      },
      (error) => set({ running: false, error }),
    );
  };
  return {
    image: null,
    svd: null,
    progress: null,
    loading: false,
    running: false,
    error: null,
    file: null,
    cancelled: false,

    show(source) {
      const { file, image } = get();
      if (file) {
        if (image !== file) decompose(file);
        return;
      }
      if (image?.source === source && (get().running || get().cancelled || get().svd?.image === image))
        return;
      set({ loading: true, error: null });
      loadImage(source).then(
        (img) => {
          set({ loading: false });
          // A file opened while this one was fetched wins.
          if (!get().file) decompose(img);
        },
        (e: unknown) =>
          set({ loading: false, error: `The image could not be loaded: ${(e as Error).message}.` }),
      );
    },

    async openFile(blob, name) {
      try {
        const bitmap = await createImageBitmap(blob);
        const scale = Math.min(1, FILE_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
        const n = Math.max(1, Math.round(bitmap.width * scale));
        const m = Math.max(1, Math.round(bitmap.height * scale));
        const canvas = document.createElement('canvas');
        canvas.width = n;
        canvas.height = m;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('this browser cannot draw the image');
        ctx.drawImage(bitmap, 0, 0, n, m);
        bitmap.close();
        const pixels = grayOf(ctx.getImageData(0, 0, n, m).data, m, n);
        const file: GrayImage = { source: 'file', title: name, m, n, pixels };
        set({ file });
        decompose(file);
      } catch (e) {
        set({ error: `That file could not be read as an image (${(e as Error).message}).` });
      }
    },

    closeFile() {
      set({ file: null, cancelled: false });
    },

    cancel() {
      if (!get().running) return;
      slot.stop();
      set({ running: false, progress: null, cancelled: true });
    },

    decomposeAgain() {
      const { image } = get();
      if (image) decompose(image);
    },
  };
});
