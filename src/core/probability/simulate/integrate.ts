import { createRng, type Rng } from '../rng';
import { parseFunctionOfX } from './fx';
import { logGrid } from './logGrid';
import { adaptiveSimpson, type SimpsonResult } from './simpson';
import type { Run } from '../run';

export const INTEGRAL_MAX_POINTS = 10_000_000;

export interface IntegralRequest {
  /** f(x) in the expression language, e.g. "exp(-x^2)". */
  source: string;
  a: number;
  b: number;
  n: number;
  seed: number;
}

export interface IntegralSnapshot {
  drawn: number;
  total: number;
  /** Î = (b − a)·mean f(Uᵢ) and its standard error (b − a)·s/√n. */
  estimate: number;
  se: number;
  grid: Float64Array;
  /** Î and its standard error at grid[i] for the counts reached; NaN beyond. */
  estimates: Float64Array;
  ses: Float64Array;
  /** The adaptive Simpson value for comparison, or null with the reason. */
  reference: number | null;
  referenceNote: string;
}

/** Problems with the interval, for inline messages; empty when a < b are finite. */
export function intervalProblem(a: number, b: number): string | null {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return 'a and b must be finite numbers';
  if (!(a < b)) return 'the interval needs a < b';
  return null;
}

const CHUNK = 1 << 15;

/**
 * Plain Monte Carlo integration: with Uᵢ uniform on [a, b], Yᵢ = (b − a)·f(Uᵢ) has mean ∫_a^b f, so
 * Î_n = Ȳ_n is unbiased with standard error (b − a)·σ_f/√n, estimated by the sample deviation
 * (Welford's update). Stops with a RangeError naming x where f is not a finite number.
 */
export class IntegralRun implements Run<IntegralSnapshot> {
  private readonly f: (x: number) => number;
  private readonly rng: Rng;
  readonly grid: Float64Array;
  private readonly estimates: Float64Array;
  private readonly ses: Float64Array;
  private readonly reference: SimpsonResult;
  private filled = 0;
  private mean = 0;
  private m2 = 0;
  drawn = 0;

  constructor(readonly request: IntegralRequest) {
    const { source, a, b, n } = request;
    const parsed = parseFunctionOfX(source);
    if (!parsed.ok) throw new RangeError(parsed.error.message);
    const problem = intervalProblem(a, b);
    if (problem) throw new RangeError(problem);
    if (!Number.isSafeInteger(n) || n < 2 || n > INTEGRAL_MAX_POINTS)
      throw new RangeError('points must be a whole number from 2 to 10^7');
    this.f = parsed.f;
    this.rng = createRng(request.seed);
    this.grid = logGrid(n, 60);
    this.estimates = new Float64Array(this.grid.length).fill(NaN);
    this.ses = new Float64Array(this.grid.length).fill(NaN);
    this.reference = adaptiveSimpson(this.f, a, b);
  }

  get done(): boolean {
    return this.drawn >= this.request.n;
  }

  step(): void {
    const { a, b } = this.request;
    const w = b - a;
    const end = Math.min(this.request.n, this.drawn + CHUNK);
    const { f, rng, grid, estimates, ses } = this;
    let { drawn, mean, m2, filled } = this;
    let next = filled < grid.length ? grid[filled] : Infinity;
    while (drawn < end) {
      const x = a + w * rng.next();
      const y = w * f(x);
      if (!Number.isFinite(y))
        throw new RangeError(
          `f(${Number(x.toPrecision(6))}) is not a finite number: Monte Carlo needs f finite on [a, b]`,
        );
      drawn++;
      const d = y - mean;
      mean += d / drawn;
      m2 += d * (y - mean);
      if (drawn === next) {
        estimates[filled] = mean;
        ses[filled++] = drawn > 1 ? Math.sqrt(m2 / (drawn - 1) / drawn) : NaN;
        next = filled < grid.length ? grid[filled] : Infinity;
      }
    }
    this.drawn = drawn;
    this.mean = mean;
    this.m2 = m2;
    this.filled = filled;
  }

  snapshot(): IntegralSnapshot {
    const { drawn, mean, m2, reference } = this;
    return {
      drawn,
      total: this.request.n,
      estimate: drawn > 0 ? mean : NaN,
      se: drawn > 1 ? Math.sqrt(m2 / (drawn - 1) / drawn) : NaN,
      grid: this.grid.slice(),
      estimates: this.estimates.slice(),
      ses: this.ses.slice(),
      reference: reference.ok ? reference.value : null,
      referenceNote: reference.ok
        ? `adaptive Simpson, estimated error ${reference.error.toExponential(1)}`
        : `no reference value: ${reference.reason}`,
    };
  }
}
