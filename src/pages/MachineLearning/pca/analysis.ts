/** Small computations on a PCA result for the page (one row at a time, so they run within a frame). */
import type { PcaAnalyzeResult } from '../../../stores/ml/pca/store';

/** The scores of row x on every component: ((x − x̄)/s)·wₖ. */
export function scoresOf(p: PcaAnalyzeResult, x: ArrayLike<number>): Float64Array {
  const { d } = p;
  const out = new Float64Array(d);
  for (let c = 0; c < d; c++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += p.components[c * d + j] * ((x[j] - p.mean[j]) / p.scale[j]);
    out[c] = s;
  }
  return out;
}

/** x̂ from the first k components, in the original units: x̄ + s ⊙ Σ_{c<k} tᶜwᶜ. */
export function reconstruct(p: PcaAnalyzeResult, x: ArrayLike<number>, k: number): Float64Array {
  const { d } = p;
  const t = scoresOf(p, x);
  const out = new Float64Array(d);
  for (let c = 0; c < Math.min(k, d); c++)
    for (let j = 0; j < d; j++) out[j] += t[c] * p.components[c * d + j];
  for (let j = 0; j < d; j++) out[j] = out[j] * p.scale[j] + p.mean[j];
  return out;
}

/** ‖x − x̂ₖ‖ for k = 0 … d. */
export function errorCurve(p: PcaAnalyzeResult, x: ArrayLike<number>): number[] {
  const { d } = p;
  const t = scoresOf(p, x);
  const z = new Float64Array(d);
  for (let j = 0; j < d; j++) z[j] = (x[j] - p.mean[j]) / p.scale[j];
  const out: number[] = [];
  const acc = new Float64Array(d);
  for (let k = 0; k <= d; k++) {
    if (k > 0) for (let j = 0; j < d; j++) acc[j] += t[k - 1] * p.components[(k - 1) * d + j];
    let s = 0;
    for (let j = 0; j < d; j++) s += ((z[j] - acc[j]) * p.scale[j]) ** 2;
    out.push(Math.sqrt(s));
  }
  return out;
}

/** Σ of the first k explained-variance ratios. */
export function cumulativeRatio(p: PcaAnalyzeResult, k: number): number {
  let s = 0;
  for (let c = 0; c < Math.min(k, p.d); c++) s += p.ratio[c];
  return s;
}

/** max over the first `count` components of ‖S w − λ w‖ (the eigen step's check). */
export function eigenResidual(p: PcaAnalyzeResult, count = p.d): number {
  const { d } = p;
  let worst = 0;
  for (let c = 0; c < Math.min(count, d); c++) {
    let s = 0;
    for (let i = 0; i < d; i++) {
      let sw = 0;
      for (let j = 0; j < d; j++) sw += p.covariance[i * d + j] * p.components[c * d + j];
      s += (sw - p.values[c] * p.components[c * d + i]) ** 2;
    }
    worst = Math.max(worst, Math.sqrt(s));
  }
  return worst;
}
