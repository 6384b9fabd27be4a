/**
 * The running mean x̄ₙ = (x₁ + … + xₙ)/n of a stream, recorded at the counts of a grid (see logGrid).
 * The sum is compensated (Neumaier): with 10⁶ terms a plain sum would lose about log₂(10⁶) ≈ 20 bits
 * in the worst case, enough to blur the last digits of a converged mean.
 */
export class RunningMeanTrace {
  /** x̄ at grid[i] for i < filled; NaN beyond. */
  readonly means: Float64Array;
  filled = 0;
  count = 0;
  private sum = 0;
  private carry = 0;

  constructor(readonly grid: Float64Array) {
    this.means = new Float64Array(grid.length).fill(NaN);
  }

  /** Adds every element of `chunk` in order, recording x̄ each time the count reaches a grid point. */
  add(chunk: Float64Array): void {
    const { grid, means } = this;
    let { sum, carry, count, filled } = this;
    let next = filled < grid.length ? grid[filled] : Infinity;
    for (let i = 0; i < chunk.length; i++) {
      const x = chunk[i];
      const t = sum + x;
      carry += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
      sum = t;
      count++;
      if (count === next) {
        means[filled++] = (sum + carry) / count;
        next = filled < grid.length ? grid[filled] : Infinity;
      }
    }
    this.sum = sum;
    this.carry = carry;
    this.count = count;
    this.filled = filled;
  }

  /** The running mean after every element added so far (NaN before the first). */
  get mean(): number {
    return this.count > 0 ? (this.sum + this.carry) / this.count : NaN;
  }
}
