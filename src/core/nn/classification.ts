/**
 * Classification point clouds on about [−6, 6]², like TensorFlow Playground's: labels are fixed by
 * how a point is generated, then noise moves the point by N(0, (2·noise)²) per coordinate, so a
 * larger noise makes the classes overlap. All draws come from the given generator, in order.
 */
import type { Rng } from '../probability/rng';

/** A standard normal draw (Box–Muller, one of the pair): datasets are small, clarity wins. */
export function gauss(rng: Rng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

type Writer = (x: Float64Array, y: Float64Array, n: number, noise: number, rng: Rng) => void;

function jitter(x: Float64Array, k: number, noise: number, rng: Rng): void {
  if (noise <= 0) return;
  x[2 * k] += 2 * noise * gauss(rng);
  x[2 * k + 1] += 2 * noise * gauss(rng);
}

/** Class 1 inside radius 2.5, class 0 on the ring 3.5 … 5 (half the points each). */
export const circle: Writer = (x, y, n, noise, rng) => {
  for (let k = 0; k < n; k++) {
    const inner = k < n / 2;
    const r = inner ? 2.5 * Math.sqrt(rng.next()) : 3.5 + 1.5 * rng.next();
    const t = 2 * Math.PI * rng.next();
    x[2 * k] = r * Math.cos(t);
    x[2 * k + 1] = r * Math.sin(t);
    y[k] = inner ? 1 : 0;
    jitter(x, k, noise, rng);
  }
};

/** Uniform on [−5, 5]², kept 0.3 away from the axes; class 1 where x₁x₂ > 0 (half the points each). */
export const xor: Writer = (x, y, n, noise, rng) => {
  const coord = () => 0.3 + 4.7 * rng.next();
  for (let k = 0; k < n; k++) {
    const c = k < n / 2 ? 1 : 0;
    const a = rng.next() < 0.5 ? -coord() : coord();
    const b = (c === 1) === a > 0 ? coord() : -coord();
    x[2 * k] = a;
    x[2 * k + 1] = b;
    y[k] = c;
    jitter(x, k, noise, rng);
  }
};

/** Two round Gaussians of sd 1 at (2, 2) (class 1) and (−2, −2) (class 0). */
export const twoGaussians: Writer = (x, y, n, noise, rng) => {
  for (let k = 0; k < n; k++) {
    const c = k < n / 2 ? 1 : 0;
    const m = c === 1 ? 2 : -2;
    x[2 * k] = m + gauss(rng);
    x[2 * k + 1] = m + gauss(rng);
    y[k] = c;
    jitter(x, k, noise, rng);
  }
};

/** Two interleaved arms r = 5s, θ = 3.5πs + cπ for s uniform on [0, 1], class c ∈ {0, 1}. */
export const spiral: Writer = (x, y, n, noise, rng) => {
  for (let k = 0; k < n; k++) {
    const c = k % 2;
    const s = rng.next();
    const t = 3.5 * Math.PI * s + c * Math.PI;
    x[2 * k] = 5 * s * Math.cos(t);
    x[2 * k + 1] = 5 * s * Math.sin(t);
    y[k] = c;
    jitter(x, k, noise, rng);
  }
};

/** K round Gaussians of sd 1 centred on the circle of radius 4 at angles 2πc/K + π/2, class c. */
export function blobs(K: number): Writer {
  return (x, y, n, noise, rng) => {
    for (let k = 0; k < n; k++) {
      const c = k % K;
      const t = (2 * Math.PI * c) / K + Math.PI / 2;
      x[2 * k] = 4 * Math.cos(t) + gauss(rng);
      x[2 * k + 1] = 4 * Math.sin(t) + gauss(rng);
      y[k] = c;
      jitter(x, k, noise, rng);
    }
  };
}
