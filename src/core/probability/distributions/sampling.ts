import type { Rng } from '../rng';

/**
 * Wraps a sampler's fill function as `sample(rng, n)`: validates n, allocates, fills in order.
 * The samplers consume the generator sequentially, so equal seeds give prefixes of one stream.
 */
export function sampler(fill: (rng: Rng, out: Float64Array) => void): (rng: Rng, n: number) => Float64Array {
  return (rng, n) => {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`sample size must be a whole number, at least 0 (got ${n})`);
    }
    const out = new Float64Array(n);
    fill(rng, out);
    return out;
  };
}
