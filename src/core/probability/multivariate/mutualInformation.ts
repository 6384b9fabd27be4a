/** Entropies of a 2-D discrete joint table and the mutual information between its row and column variables. */

export type InformationBase = 2 | 'e';

/** Normalizes a joint table (rows = X, columns = Y); throws RangeError for a malformed one. */
function normalize(joint: number[][]): number[][] {
  if (!Array.isArray(joint) || joint.length === 0 || !Array.isArray(joint[0]) || joint[0].length === 0)
    throw new RangeError('the joint table needs at least one row and one column');
  const cols = joint[0].length;
  let total = 0;
  for (const row of joint) {
    if (!Array.isArray(row) || row.length !== cols)
      throw new RangeError('every row of the joint table needs the same length');
    for (const v of row) {
      if (!(Number.isFinite(v) && v >= 0))
        throw new RangeError('the joint table holds non-negative finite numbers');
      total += v;
    }
  }
  if (!(total > 0)) throw new RangeError('the joint table sums to 0: there is nothing to normalize');
  return joint.map((row) => row.map((v) => v / total));
}

/** −Σ p log p in nats with 0·log 0 = 0. */
function entropyNats(ps: number[]): number {
  let h = 0;
  for (const p of ps) if (p > 0) h -= p * Math.log(p);
  return h;
}

/**
 * The marginals p(x) (row sums) and p(y) (column sums) of a joint table, normalized first, and the
 * conditional entropies H(X|Y) = H(X,Y) − H(Y) and H(Y|X) = H(X,Y) − H(X) besides the contract's four.
 */
export function jointTableSummary(
  joint: number[][],
  base: InformationBase = 2,
): {
  px: number[];
  py: number[];
  hx: number;
  hy: number;
  hxy: number;
  hxGivenY: number;
  hyGivenX: number;
  mi: number;
} {
  const p = normalize(joint);
  const px = p.map((row) => row.reduce((s, v) => s + v, 0));
  const py = p[0].map((_, j) => p.reduce((s, row) => s + row[j], 0));
  const unit = base === 'e' ? 1 : Math.LN2;
  const hx = entropyNats(px);
  const hy = entropyNats(py);
  const hxy = entropyNats(p.flat());
  // Σ p log(p/(px·py)) directly rather than H(X) + H(Y) − H(X,Y): an independent table then gives 0
  // up to rounding of the products, not a difference of three entropies.
  let mi = 0;
  p.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v > 0) mi += v * Math.log(v / (px[i] * py[j]));
    }),
  );
  mi = Math.max(0, mi);
  return {
    px,
    py,
    hx: hx / unit,
    hy: hy / unit,
    hxy: hxy / unit,
    hxGivenY: Math.max(0, hxy - hy) / unit,
    hyGivenX: Math.max(0, hxy - hx) / unit,
    mi: mi / unit,
  };
}

/**
 * H(X), H(Y), H(X,Y) and I(X;Y) = H(X) + H(Y) − H(X,Y) of the joint table `joint[i][j]` = P(X = i, Y = j),
 * normalized first, 0·log 0 = 0; bits for base 2 (the default), nats for 'e'.
 * @throws RangeError for an empty, ragged, negative or all-zero table.
 */
export function mutualInformation(
  joint: number[][],
  base: InformationBase = 2,
): { hx: number; hy: number; hxy: number; mi: number } {
  if (base !== 2 && base !== 'e') throw new RangeError("the base must be 2 (bits) or 'e' (nats)");
  const { hx, hy, hxy, mi } = jointTableSummary(joint, base);
  return { hx, hy, hxy, mi };
}

/**
 * A plug-in estimate of I(X;Y) from paired samples: the samples binned on a bins × bins grid over their
 * range, then {@link mutualInformation} of the counts (biased upwards by about (bins − 1)²/(2n) nats).
 */
export function mutualInformationFromSamples(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  bins = 20,
  base: InformationBase = 2,
): number {
  const n = xs.length;
  if (n < 2 || ys.length !== n) throw new RangeError('needs at least two paired samples');
  if (!Number.isInteger(bins) || bins < 1 || bins > 1000)
    throw new RangeError('bins must be a whole number from 1 to 1000');
  const range = (v: ArrayLike<number>) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      lo = Math.min(lo, v[i]);
      hi = Math.max(hi, v[i]);
    }
    return [lo, hi - lo || 1];
  };
  const [x0, xw] = range(xs);
  const [y0, yw] = range(ys);
  const counts = Array.from({ length: bins }, () => new Array<number>(bins).fill(0));
  for (let i = 0; i < n; i++) {
    const a = Math.min(bins - 1, Math.floor(((xs[i] - x0) / xw) * bins));
    const b = Math.min(bins - 1, Math.floor(((ys[i] - y0) / yw) * bins));
    if (a >= 0 && b >= 0) counts[a][b]++;
  }
  return mutualInformation(counts, base).mi;
}
