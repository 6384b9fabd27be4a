import { createRng, type FastRng } from '../rng';
import { logGrid } from './logGrid';
import type { Run } from '../run';

export const PI_MAX_POINTS = 10_000_000;
/** How many of the first points are kept for the scatter plot. */
export const PI_SCATTER = 4000;
/** σ of 4·1[U² + V² ≤ 1]: 4√(p(1 − p)) with p = π/4, so the estimator's standard error is this/√n. */
export const PI_SD = 4 * Math.sqrt((Math.PI / 4) * (1 - Math.PI / 4));

export interface PiRequest {
  n: number;
  seed: number;
}

export interface PiSnapshot {
  drawn: number;
  total: number;
  inside: number;
  /** π̂ = 4·inside/drawn, and its estimated standard error 4√(p̂(1 − p̂)/n). */
  estimate: number;
  se: number;
  grid: Float64Array;
  /** π̂ at grid[i] for the grid counts reached; NaN beyond. */
  estimates: Float64Array;
  /** The first points as x₀, y₀, x₁, y₁, …, and 1 where a point is inside the quarter disc. */
  points: Float32Array;
  pointInside: Uint8Array;
}

const CHUNK = 1 << 16;
const TWO_POW_M32 = 2 ** -32;

/**
 * π from n points uniform in the unit square: the fraction inside the quarter disc x² + y² ≤ 1
 * estimates its area π/4, so π̂ = 4·inside/n is unbiased with standard error {@link PI_SD}/√n.
 */
export class PiRun implements Run<PiSnapshot> {
  private readonly rng: FastRng;
  readonly grid: Float64Array;
  private readonly estimates: Float64Array;
  private readonly points: Float32Array;
  private readonly pointInside: Uint8Array;
  private filled = 0;
  drawn = 0;
  inside = 0;

  constructor(readonly request: PiRequest) {
    const { n } = request;
    if (!Number.isSafeInteger(n) || n < 1 || n > PI_MAX_POINTS)
      throw new RangeError('points must be a whole number from 1 to 10^7');
    this.rng = createRng(request.seed);
    this.grid = logGrid(n, 60);
    this.estimates = new Float64Array(this.grid.length).fill(NaN);
    const kept = Math.min(n, PI_SCATTER);
    this.points = new Float32Array(2 * kept);
    this.pointInside = new Uint8Array(kept);
  }

  get done(): boolean {
    return this.drawn >= this.request.n;
  }

  step(): void {
    const end = Math.min(this.request.n, this.drawn + CHUNK);
    const { rng, grid, estimates, points, pointInside } = this;
    let { drawn, inside, filled } = this;
    let next = filled < grid.length ? grid[filled] : Infinity;
    // 32-bit uniforms suffice: the point is only compared with the circle, never inverted.
    while (drawn < end) {
      const x = rng.nextUint32() * TWO_POW_M32;
      const y = rng.nextUint32() * TWO_POW_M32;
      const hit = x * x + y * y <= 1 ? 1 : 0;
      inside += hit;
      if (drawn < pointInside.length) {
        points[2 * drawn] = x;
        points[2 * drawn + 1] = y;
        pointInside[drawn] = hit;
      }
      drawn++;
      if (drawn === next) {
        estimates[filled++] = (4 * inside) / drawn;
        next = filled < grid.length ? grid[filled] : Infinity;
      }
    }
    this.drawn = drawn;
    this.inside = inside;
    this.filled = filled;
  }

  snapshot(): PiSnapshot {
    const { drawn, inside } = this;
    const p = drawn > 0 ? inside / drawn : NaN;
    const shown = Math.min(drawn, this.pointInside.length);
    return {
      drawn,
      total: this.request.n,
      inside,
      estimate: 4 * p,
      se: 4 * Math.sqrt((p * (1 - p)) / drawn),
      grid: this.grid.slice(),
      estimates: this.estimates.slice(),
      points: this.points.slice(0, 2 * shown),
      pointInside: this.pointInside.slice(0, shown),
    };
  }
}
