/**
 * Counts streamed samples into the cells of a grid whose edges are quantiles of the target law,
 * e_k = F⁻¹(k/m), k = 1..m−1, so that every cell holds probability 1/m. At the edges the empirical cdf
 * Fₙ(e_k) is known exactly from the counts, and since F rises by only 1/m from one edge to the next and
 * Fₙ is monotone, sup_x |Fₙ − F| differs from the maximum over the edges by at most 1/m. Memory is O(m)
 * whatever the number of samples.
 *
 * Cells are found in O(1) on average: a uniform lookup table over [e_1, e_{m−1}] stores, per bucket, the
 * range of edges it spans, and a short binary search finishes the job.
 */
export class QuantileGrid {
  readonly edges: Float64Array;
  /** counts[k] = samples in (edges[k−1], edges[k]], with edges[−1] = −∞ and edges[length] = +∞. */
  readonly counts: Float64Array;
  private readonly table: Int32Array;
  private readonly lo: number;
  private readonly scale: number;
  /** The grid's true cdf at its edges, as computed (F(e_k), which is k/m up to quantile error). */
  private readonly cdfAtEdges: Float64Array;

  /**
   * @param edges strictly increasing finite cell edges
   * @param cdf the target law's cdf, evaluated once per edge
   */
  constructor(edges: Float64Array, cdf: (x: number) => number) {
    this.edges = edges;
    this.counts = new Float64Array(edges.length + 1);
    this.cdfAtEdges = edges.map((e) => cdf(e));
    // Sixteen buckets per cell: for most laws a bucket then spans at most one edge and the search ends at once.
    const buckets = 16 * Math.max(1, edges.length);
    const first = edges[0] ?? 0;
    const last = edges[edges.length - 1] ?? 1;
    this.lo = first;
    this.scale = last > first ? buckets / (last - first) : 0;
    // table[j] = number of edges < the left end of bucket j.
    this.table = new Int32Array(buckets + 2);
    let k = 0;
    for (let j = 0; j <= buckets + 1; j++) {
      const left = first + j / (this.scale || 1);
      while (k < edges.length && edges[k] < left) k++;
      this.table[j] = k;
    }
  }

  /** Edges at the quantiles k/m of a law (ties and infinities dropped): cells of equal probability. */
  static fromQuantiles(quantile: (p: number) => number, cdf: (x: number) => number, m = 4096): QuantileGrid {
    const edges: number[] = [];
    for (let k = 1; k < m; k++) {
      const e = quantile(k / m);
      if (Number.isFinite(e) && (edges.length === 0 || e > edges[edges.length - 1])) edges.push(e);
    }
    return new QuantileGrid(Float64Array.from(edges), cdf);
  }

  /**
   * Cell index of x: the number of edges < x, so that a sample equal to an edge counts towards Fₙ at that
   * edge (this matters for discrete laws). NaN counts in the top cell; it never occurs for valid laws.
   */
  cellOf(x: number): number {
    const edges = this.edges;
    if (x <= this.lo) return 0;
    if (!(x < Infinity)) return edges.length;
    let j = Math.floor((x - this.lo) * this.scale);
    if (j >= this.table.length - 1) return edges.length;
    let a = this.table[j];
    let b = this.table[j + 1];
    // The answer lies in [a, b]: edges before a are < x, edges from b on are not.
    while (a < b) {
      j = (a + b) >>> 1;
      if (edges[j] < x) a = j + 1;
      else b = j;
    }
    return a;
  }

  /** Counts a chunk; the same search as {@link cellOf}, inlined with locals because this is the hot loop. */
  add(chunk: Float64Array): void {
    const { counts, edges, table, lo, scale } = this;
    const top = edges.length;
    const lastBucket = table.length - 1;
    for (let i = 0; i < chunk.length; i++) {
      const x = chunk[i];
      let cell: number;
      if (x <= lo) cell = 0;
      else if (!(x < Infinity)) cell = top;
      else {
        const j = Math.floor((x - lo) * scale);
        if (j >= lastBucket) cell = top;
        else {
          let a = table[j];
          let b = table[j + 1];
          while (a < b) {
            const m = (a + b) >>> 1;
            if (edges[m] < x) a = m + 1;
            else b = m;
          }
          cell = a;
        }
      }
      counts[cell]++;
    }
  }

  /** max_k |Fₙ(e_k) − F(e_k)| over the grid's edges, from n counted samples. */
  ksDistance(): number {
    let n = 0;
    for (let i = 0; i < this.counts.length; i++) n += this.counts[i];
    if (n === 0) return NaN;
    let cum = 0;
    let d = 0;
    for (let k = 0; k < this.edges.length; k++) {
      cum += this.counts[k];
      d = Math.max(d, Math.abs(cum / n - this.cdfAtEdges[k]));
    }
    return d;
  }
}
