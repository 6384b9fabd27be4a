/**
 * The handwritten digits shipped in public/data/digits.bin (UCI optical digits via scikit-learn, see
 * docs/datasets.md): 1,797 images of 8 × 8 pixels with values 0–16, each with its label 0–9. Parsed here once
 * for every tab that shows them (the PCA tab's table, the Deep learning tab's convolution input); fetched only
 * when a tab asks, and only once per page load.
 */

export const DIGITS_FILE = 'data/digits.bin';
export const DIGITS_N = 1797;
export const DIGITS_SIDE = 8;
/** The largest pixel value (ink). */
export const DIGITS_MAX = 16;

export interface Digits {
  n: number;
  /** n × 64 pixel values 0–16, image by image, row by row. */
  pixels: Uint8Array;
  /** The digit each image shows, 0–9. */
  labels: Uint8Array;
}

/** Reads digits.bin: 1,797 × 64 pixel bytes (0–16) row by row, then 1,797 label bytes; throws if damaged. */
export function parseDigitsBytes(bytes: Uint8Array): Digits {
  const d = DIGITS_SIDE * DIGITS_SIDE;
  if (bytes.length !== DIGITS_N * (d + 1)) throw new Error('digits: the file is damaged');
  return {
    n: DIGITS_N,
    pixels: bytes.subarray(0, DIGITS_N * d),
    labels: bytes.subarray(DIGITS_N * d),
  };
}

/** Image `index` as 8 rows of 8 pixel values (0–16). */
export function digitPixels(digits: Digits, index: number): number[][] {
  const d = DIGITS_SIDE * DIGITS_SIDE;
  const at = index * d;
  return Array.from({ length: DIGITS_SIDE }, (_, r) =>
    Array.from(digits.pixels.subarray(at + r * DIGITS_SIDE, at + (r + 1) * DIGITS_SIDE)),
  );
}

let pending: Promise<Digits> | null = null;

/** Fetches and parses the file once (relative to the page, so any static host path works); a failure may retry. */
export function fetchDigits(): Promise<Digits> {
  if (!pending) {
    pending = fetch(new URL(DIGITS_FILE, document.baseURI).href)
      .then(async (res) => {
        if (!res.ok) throw new Error(`could not load ${DIGITS_FILE} (${res.status})`);
        return parseDigitsBytes(new Uint8Array(await res.arrayBuffer()));
      })
      .catch((e: unknown) => {
        pending = null;
        throw e;
      });
  }
  return pending;
}
