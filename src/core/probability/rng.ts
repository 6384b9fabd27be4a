/** A source of uniform random numbers on [0, 1). */
export interface Rng {
  next(): number;
}

/**
 * The generator behind {@link createRng}. Besides the contract's `next()` it hands out raw 32-bit
 * words, which the Ziggurat samplers use to pick a layer and a sign from one draw.
 */
export interface FastRng extends Rng {
  /** Uniform integer in [0, 2^32). */
  nextUint32(): number;
}

/** True when `rng` offers raw 32-bit words (our own generator); samplers fall back to `next()` otherwise. */
export function isFastRng(rng: Rng): rng is FastRng {
  return typeof (rng as Partial<FastRng>).nextUint32 === 'function';
}

const TWO_POW_M32 = 2 ** -32;
const TWO_POW_M53 = 2 ** -53;

/**
 * xoshiro128** (Blackman & Vigna 2018), a 128-bit state generator with period 2^128 − 1 that passes
 * BigCrush, seeded through splitmix32 so that nearby seeds give unrelated streams.
 * `next()` returns a 53-bit double k·2^-53, k uniform in [0, 2^53): fine enough that inversion
 * samplers reach the far tails.
 */
export function createRng(seed: number): FastRng {
  // splitmix32 expands the (possibly non-integer or huge) seed into four non-zero state words.
  let s =
    (Math.trunc(Number.isFinite(seed) ? seed : 0) ^
      Math.trunc((Number.isFinite(seed) ? seed : 0) / 2 ** 32)) |
    0;
  const mix = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  // The state lives in an Int32Array: closure `let`s holding int32 values outside the small-integer range
  // are boxed by V8 on every store, which halves the generator's speed.
  const st = new Int32Array([mix(), mix(), mix(), mix()]);
  if ((st[0] | st[1] | st[2] | st[3]) === 0) st[0] = 1;

  const nextUint32 = (): number => {
    const b = st[1];
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    const c = st[2] ^ st[0];
    const d = st[3] ^ b;
    st[1] = b ^ c;
    st[0] ^= d;
    st[2] = c ^ t;
    st[3] = rotl(d, 11);
    return result;
  };
  return {
    nextUint32,
    next: () => {
      const hi = nextUint32() >>> 5; // 27 bits
      const lo = nextUint32() >>> 6; // 26 bits
      return (hi * 67108864 + lo) * TWO_POW_M53;
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Uniform on [0, 1) at 32-bit resolution: cheaper where the result is only compared, never inverted. */
export function uniform32(rng: FastRng): number {
  return rng.nextUint32() * TWO_POW_M32;
}
