/**
 * Complex vectors as separate real and imaginary parts, and the real embedding that lets the real
 * SVD answer complex questions: M = R + iJ acts on x + iy exactly as [[R, −J], [J, R]] acts on [x; y],
 * and the singular values of the embedding are those of M, each taken twice.
 */
import type { Matrix, Vector } from './matrix';

/** v = re + i·im. */
export interface ComplexVector {
  re: Vector;
  im: Vector;
}

/** The 2n×2n real matrix [[R, −J], [J, R]] representing R + iJ. */
export function realEmbedding(r: Matrix, j: Matrix): Matrix {
  const top = r.map((row, i) => [...row, ...j[i].map((x) => -x)]);
  const bottom = j.map((row, i) => [...row, ...r[i]]);
  return [...top, ...bottom];
}

/**
 * v scaled to ‖v‖₂ = 1 and rotated by a unit phase so that its first "large" component (|vₖ| ≥ ½ max|vᵢ|)
 * is real and positive. Eigenvectors are only defined up to such a factor; fixing it keeps the arrows
 * on the page from flipping between frames while a slider moves.
 */
export function normaliseComplex({ re, im }: ComplexVector): ComplexVector {
  const mags = re.map((x, i) => Math.hypot(x, im[i]));
  const max = Math.max(...mags);
  if (max === 0) return { re: re.slice(), im: im.slice() };
  const k = mags.findIndex((m) => m >= 0.5 * max);
  let len = 0;
  for (const m of mags) len = Math.hypot(len, m);
  // Multiply by conj(vₖ)/(|vₖ|·‖v‖).
  const c = re[k] / (mags[k] * len);
  const s = -im[k] / (mags[k] * len);
  const outRe = re.map((x, i) => x * c - im[i] * s);
  const outIm = re.map((x, i) => x * s + im[i] * c);
  outIm[k] = 0;
  return { re: outRe, im: outIm.map((x) => x + 0) };
}
