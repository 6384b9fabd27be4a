import { isFastRng, type FastRng, type Rng } from '../rng';

/**
 * Ziggurat method of Marsaglia & Tsang (2000), "The Ziggurat Method for Generating Random
 * Variables", J. Stat. Softw. 5(8), with 256 layers as in Doornik's ZIGNOR (2005). Tables are built
 * once at module load from the base parameters (r, v) by the paper's recursion.
 *
 * The density f is covered by N layers of equal area v: layer 0 is the rectangle [0, r]·f(r) plus the
 * tail beyond r, layer i ≥ 1 is [0, x_i] × [f(x_i), f(x_{i−1})] with x_{N−1} = r > … > x_1 > x_0 = 0.
 * One 32-bit word j picks the layer i from its low 8 bits and the point u·x_i from the whole word;
 * when that point lies left of x_{i−1} it is under f outright (`K[i]` holds x_{i−1}/x_i in word units,
 * `W[i] = x_i / word range`). Otherwise the wedge or tail decides exactly in `*Slow`. The output is
 * exact but for the 23-bit (normal; 24-bit exponential) resolution of u within a layer.
 */
export const NORM_K = new Float64Array(256);
export const NORM_W = new Float64Array(256);
const normF = new Float64Array(256);
/** Normal ziggurat on f(x) = exp(−x²/2): tail start r and layer area v for 256 layers. */
const NORM_R = 3.6541528853610088;
const NORM_V = 0.004928673233974655; // r·f(r) + √(π/2)·erfc(r/√2)

export const EXP_K = new Float64Array(256);
export const EXP_W = new Float64Array(256);
const expF = new Float64Array(256);
/** Exponential ziggurat on f(x) = exp(−x). */
const EXP_R = 7.697117470131487;
const EXP_V = 0.003949659822580029; // r·f(r) + e^{−r}

/**
 * Fills one table set. `m` is the word range: 2^31 for the normal, whose signed word also carries the
 * sign, 2^32 for the exponential. `inv` is f⁻¹; layer edges follow x_{i−1} = f⁻¹(v/x_i + f(x_i)).
 */
function build(
  K: Float64Array,
  W: Float64Array,
  F: Float64Array,
  f: (x: number) => number,
  r: number,
  v: number,
  m: number,
  inv: (x: number) => number,
): void {
  const n = K.length;
  let x = r;
  const q = v / f(r); // width of the base rectangle that stands in for the base layer plus tail
  K[0] = (r / q) * m;
  K[1] = 0; // the top layer has x_0 = 0: always decided by the wedge test
  W[0] = q / m;
  W[n - 1] = r / m;
  F[0] = 1;
  F[n - 1] = f(r);
  for (let i = n - 2; i >= 1; i--) {
    const next = inv(v / x + f(x));
    K[i + 1] = (next / x) * m;
    x = next;
    F[i] = f(x);
    W[i] = x / m;
  }
}
build(
  NORM_K,
  NORM_W,
  normF,
  (x) => Math.exp(-0.5 * x * x),
  NORM_R,
  NORM_V,
  2 ** 31,
  (y) => Math.sqrt(-2 * Math.log(y)),
);
build(
  EXP_K,
  EXP_W,
  expF,
  (x) => Math.exp(-x),
  EXP_R,
  EXP_V,
  2 ** 32,
  (y) => -Math.log(y),
);

const TWO_POW_M32 = 2 ** -32;

/** Views any {@link Rng} as a word source, so that one code path serves both kinds of generator. */
export function asFast(rng: Rng): FastRng {
  if (isFastRng(rng)) return rng;
  return { next: () => rng.next(), nextUint32: () => (rng.next() * 4294967296) >>> 0 };
}

/** Uniform on (0, 1] at 53-bit resolution: safe under log. */
export function openUnit(src: FastRng): number {
  return 1 - src.next();
}

/** Standard normal N(0, 1) variate: one word ≈ 98.5% of the time. */
export function zigNormal(src: FastRng): number {
  const j = src.nextUint32() | 0;
  const i = j & 255;
  return Math.abs(j) < NORM_K[i] ? j * NORM_W[i] : normalSlow(src, j, i);
}

/** Finishes a normal draw whose word `j` (layer `i`) missed the fast test; may draw more words. */
export function normalSlow(src: FastRng, j: number, i: number): number {
  for (;;) {
    if (i === 0) {
      // Tail beyond r (Marsaglia 1964): x ~ Exp(rate r) kept when 2y > x², y ~ Exp(1), is |z| − r given |z| > r.
      let x: number;
      let y: number;
      do {
        x = -Math.log(openUnit(src)) / NORM_R;
        y = -Math.log(openUnit(src));
      } while (y + y < x * x);
      return j > 0 ? NORM_R + x : -NORM_R - x;
    }
    const x = j * NORM_W[i];
    if (normF[i] + src.nextUint32() * TWO_POW_M32 * (normF[i - 1] - normF[i]) < Math.exp(-0.5 * x * x))
      return x;
    // Rejected: start afresh with a new word, exactly as the fast path would.
    j = src.nextUint32() | 0;
    i = j & 255;
    if (Math.abs(j) < NORM_K[i]) return j * NORM_W[i];
  }
}

/** Standard exponential Exp(1) variate. */
export function zigExp(src: FastRng): number {
  const j = src.nextUint32();
  const i = j & 255;
  return j < EXP_K[i] ? j * EXP_W[i] : expSlow(src, j, i);
}

/** Finishes an exponential draw whose word `j` (layer `i`) missed the fast test. */
export function expSlow(src: FastRng, j: number, i: number): number {
  for (;;) {
    // Memorylessness: beyond r the exponential is r plus a fresh Exp(1), here by inversion.
    if (i === 0) return EXP_R - Math.log(openUnit(src));
    const x = j * EXP_W[i];
    if (expF[i] + src.nextUint32() * TWO_POW_M32 * (expF[i - 1] - expF[i]) < Math.exp(-x)) return x;
    j = src.nextUint32();
    i = j & 255;
    if (j < EXP_K[i]) return j * EXP_W[i];
  }
}
