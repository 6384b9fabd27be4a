import type { Rng } from '../rng';

/**
 * A sampler's fill function as the pair `sample(rng, n)` (validates n, allocates, fills in order) and
 * `fill(rng, out)` (fills a caller's buffer: streaming runs reuse one chunk buffer instead of allocating).
 * The samplers consume the generator sequentially, so equal seeds give prefixes of one stream.
 */
export function sampler(fill: (rng: Rng, out: Float64Array) => void): {
  sample: (rng: Rng, n: number) => Float64Array;
  fill: (rng: Rng, out: Float64Array) => void;
} {
  return {
    fill,
    sample: (rng, n) => {
      if (!Number.isSafeInteger(n) || n < 0) {
        throw new RangeError(`sample size must be a whole number, at least 0 (got ${n})`);
      }
      const out = new Float64Array(n);
      fill(rng, out);
      return out;
    },
  };
}
