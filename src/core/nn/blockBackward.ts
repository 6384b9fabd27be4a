/**
 * Backpropagation for a block of points in forwardBlock's unit-major layout (unit u of point s at
 * u·BLOCK + s), the same equations as kernel.ts's backwardSample summed over the block's points:
 *   ∂L/∂W_ji += Σ_s δ_j,s a_i,s,   ∂L/∂b_j += Σ_s δ_j,s,   δ_i,s (layer below) = f′(z_i,s) Σ_j W_ji δ_j,s.
 * The sums over points are dot products of contiguous rows, four inputs at a time so that four
 * independent sums are in flight; g receives one addition per parameter per block.
 */
import { scaleBySlope } from './activation';
import { BLOCK } from './block';
import type { MlpPlan } from './plan';

/** Adds the block's ∂L/∂W, ∂L/∂b into g from the output δ in d (layer by layer, d is overwritten below). */
export function backwardBlock(
  plan: MlpPlan,
  p: Float64Array,
  count: number,
  z: Float64Array,
  a: Float64Array,
  d: Float64Array,
  g: Float64Array,
): void {
  for (let l = plan.depth - 1; l >= 0; l--) {
    const fanIn = plan.sizes[l];
    const fanOut = plan.sizes[l + 1];
    const inOff = plan.uOff[l] * BLOCK;
    const outOff = plan.uOff[l + 1] * BLOCK;
    const wOff = plan.wOff[l];
    const bOff = plan.bOff[l];
    for (let j = 0; j < fanOut; j++) {
      const row = outOff + j * BLOCK;
      const w = wOff + j * fanIn;
      let sb = 0;
      for (let s = 0; s < count; s++) sb += d[row + s];
      g[bOff + j] += sb;
      let i = 0;
      for (; i + 4 <= fanIn; i += 4) {
        const c0 = inOff + i * BLOCK;
        const c1 = c0 + BLOCK;
        const c2 = c1 + BLOCK;
        const c3 = c2 + BLOCK;
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let s = 0; s < count; s++) {
          const ds = d[row + s];
          s0 += ds * a[c0 + s];
          s1 += ds * a[c1 + s];
          s2 += ds * a[c2 + s];
          s3 += ds * a[c3 + s];
        }
        g[w + i] += s0;
        g[w + i + 1] += s1;
        g[w + i + 2] += s2;
        g[w + i + 3] += s3;
      }
      for (; i < fanIn; i++) {
        const col = inOff + i * BLOCK;
        let si = 0;
        for (let s = 0; s < count; s++) si += d[row + s] * a[col + s];
        g[w + i] += si;
      }
    }
    if (l === 0) break;
    // δ of the layer below: (Wᵀδ)_i,s, one input unit at a time over four output units per pass.
    for (let i = 0; i < fanIn; i++) {
      const col = inOff + i * BLOCK;
      for (let s = 0; s < count; s++) d[col + s] = 0;
      let j = 0;
      for (; j + 4 <= fanOut; j += 4) {
        const w0 = p[wOff + j * fanIn + i];
        const w1 = p[wOff + (j + 1) * fanIn + i];
        const w2 = p[wOff + (j + 2) * fanIn + i];
        const w3 = p[wOff + (j + 3) * fanIn + i];
        const r0 = outOff + j * BLOCK;
        const r1 = r0 + BLOCK;
        const r2 = r1 + BLOCK;
        const r3 = r2 + BLOCK;
        for (let s = 0; s < count; s++) {
          d[col + s] += w0 * d[r0 + s] + w1 * d[r1 + s] + (w2 * d[r2 + s] + w3 * d[r3 + s]);
        }
      }
      for (; j < fanOut; j++) {
        const wj = p[wOff + j * fanIn + i];
        const r = outOff + j * BLOCK;
        for (let s = 0; s < count; s++) d[col + s] += wj * d[r + s];
      }
      scaleBySlope(plan.act[l - 1], z, a, d, col, col + count);
    }
  }
}
