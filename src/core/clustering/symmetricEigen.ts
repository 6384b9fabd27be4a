/**
 * Eigen-decomposition of a real symmetric matrix, S = VΛVᵀ, by the cyclic Jacobi method with the
 * threshold strategy (Rutishauser 1971): each rotation zeroes one off-diagonal pair, and the sweep
 * repeats until every off-diagonal entry is negligible. Jacobi computes small eigenvalues of a
 * positive semidefinite S to high relative accuracy and its eigenvectors orthonormal to working
 * precision (Demmel & Veselić 1992), which is what the explained-variance ratios and the fixture
 * agreement need; on flat Float64Arrays a 64×64 covariance takes a few milliseconds.
 */

const MAX_SWEEPS = 100;

/**
 * Eigenvalues (descending) and unit eigenvectors (vectors[k] belongs to values[k]) of the symmetric
 * d×d matrix `s` given row-major. `s` is not modified.
 */
export function symmetricEigen(s: Float64Array, d: number): { values: number[]; vectors: number[][] } {
  const a = Float64Array.from(s);
  // V row-major; column k holds the k-th eigenvector.
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < d - 1; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q];
        if (apq === 0) continue;
        const app = a[p * d + p];
        const aqq = a[q * d + q];
        // Negligible relative to both diagonal entries (Demmel–Veselić): zeroing it perturbs every
        // eigenvalue by a relative ε at most, so the matrix is diagonal to working precision.
        if (Math.abs(apq) <= Number.EPSILON * Math.sqrt(Math.abs(app * aqq))) {
          a[p * d + q] = a[q * d + p] = 0;
          continue;
        }
        rotated = true;
        // t = tan θ, the smaller root of t² + 2ζt − 1 = 0, ζ = (a_qq − a_pp)/(2a_pq).
        const zeta = (aqq - app) / (2 * apq);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const sn = t * c;
        const tau = sn / (1 + c);
        a[p * d + p] = app - t * apq;
        a[q * d + q] = aqq + t * apq;
        a[p * d + q] = a[q * d + p] = 0;
        for (let k = 0; k < d; k++) {
          if (k === p || k === q) continue;
          const akp = a[k * d + p];
          const akq = a[k * d + q];
          const np = akp - sn * (akq + tau * akp);
          const nq = akq + sn * (akp - tau * akq);
          a[k * d + p] = a[p * d + k] = np;
          a[k * d + q] = a[q * d + k] = nq;
        }
        for (let k = 0; k < d; k++) {
          const vkp = v[k * d + p];
          const vkq = v[k * d + q];
          v[k * d + p] = vkp - sn * (vkq + tau * vkp);
          v[k * d + q] = vkq + sn * (vkp - tau * vkq);
        }
      }
    }
    if (!rotated) break;
  }
  const order = Array.from({ length: d }, (_, i) => i).sort((i, j) => a[j * d + j] - a[i * d + i]);
  return {
    values: order.map((i) => a[i * d + i]),
    vectors: order.map((i) => Array.from({ length: d }, (_, k) => v[k * d + i])),
  };
}
