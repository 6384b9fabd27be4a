/**
 * Input features computed from a point (x₁, x₂): the network sees the chosen ones as its inputs,
 * so a linear model on x₁², x₂² can draw a circle.
 */
export type NnFeature = 'x1' | 'x2' | 'x1sq' | 'x2sq' | 'x1x2' | 'sinx1' | 'sinx2';

export const NN_FEATURES: readonly NnFeature[] = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'];

export const nnFeatureLabels: Record<NnFeature, string> = {
  x1: 'x1',
  x2: 'x2',
  x1sq: 'x1²',
  x2sq: 'x2²',
  x1x2: 'x1·x2',
  sinx1: 'sin x1',
  sinx2: 'sin x2',
};

export const nnFeatureTex: Record<NnFeature, string> = {
  x1: 'x_1',
  x2: 'x_2',
  x1sq: 'x_1^2',
  x2sq: 'x_2^2',
  x1x2: 'x_1 x_2',
  sinx1: '\\sin x_1',
  sinx2: '\\sin x_2',
};

/** Feature codes (indices into NN_FEATURES) for the inner loops; throws on an unknown name. */
export function featureCodes(features: readonly NnFeature[]): Int8Array {
  return Int8Array.from(features, (f) => {
    const c = NN_FEATURES.indexOf(f);
    if (c < 0) throw new RangeError(`unknown input feature "${String(f)}"`);
    return c;
  });
}

/** The value of feature `code` at (x1, x2). */
export function featureValue(code: number, x1: number, x2: number): number {
  switch (code) {
    case 0:
      return x1;
    case 1:
      return x2;
    case 2:
      return x1 * x1;
    case 3:
      return x2 * x2;
    case 4:
      return x1 * x2;
    case 5:
      return Math.sin(x1);
    default:
      return Math.sin(x2);
  }
}

/**
 * The n × F input matrix (row-major) of the F chosen features for the n points of `points`
 * (row-major n × 2), written into `out` when given.
 */
export function mapNnFeatures(
  points: ArrayLike<number>,
  n: number,
  features: readonly NnFeature[],
  out?: Float64Array,
): Float64Array {
  const codes = featureCodes(features);
  const F = codes.length;
  const m = out ?? new Float64Array(n * F);
  for (let r = 0; r < n; r++) {
    const x1 = points[2 * r];
    const x2 = points[2 * r + 1];
    for (let f = 0; f < F; f++) m[r * F + f] = featureValue(codes[f], x1, x2);
  }
  return m;
}
