/**
 * Benchmark harness: every row times our implementation and a peer's on the same work, interleaved
 * (ours, peer, ours, peer, ...) so that machine noise hits both alike, and reports medians.
 */
export interface BenchRow {
  /** Row name, exactly as the issues spell it (e.g. `normal-vs-stdlib`). */
  name: string;
  /** Unit of the figures printed for ours and peer, e.g. `M samples/s` or `ms/grid`. */
  unit: string;
  peerName: string;
  /** Minimum ratio (times faster than the peer) this row must reach; null for report-only rows. */
  target: number | null;
  /** Work items one call does (e.g. samples drawn); used to turn time into throughput. */
  work: number;
  /** `throughput`: figures are work/µs (M items/s); `time`: figures are ms per call. */
  kind: 'throughput' | 'time';
  /** Awaited once before the row (starting a worker thread and waiting until it is ready). */
  prepare?: () => Promise<void>;
  /** Run once before timing (JIT warm-up, building inputs). */
  setup?: () => void;
  /** Each returns something derived from its result so that the work cannot be optimised away. */
  ours: () => unknown;
  peer: () => unknown;
  /** Timed repetitions of each side; at least 5. */
  runs?: number;
}

export interface BenchResult {
  name: string;
  unit: string;
  ours: number;
  peer: number;
  peerName: string;
  ratio: number;
  target: number | null;
}

let sink: unknown;

const WARMUP_ROUNDS = 6;
const WARMUP_MS = 1500;

function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  sink = fn();
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Times one row; ratio = peer median time / our median time (higher is better). */
export function runRow(row: BenchRow): BenchResult {
  row.setup?.();
  // Warm both sides until both are compiled by the optimizing tier: one call is not enough for a
  // pipeline of several functions (an optimizer loop measured 12, 8, 4, 15, then a steady 3.7 ms per
  // call), so warm up for WARMUP_ROUNDS rounds or WARMUP_MS, whichever ends first.
  const warmStart = performance.now();
  for (let i = 0; i < WARMUP_ROUNDS && (i === 0 || performance.now() - warmStart < WARMUP_MS); i++) {
    timeOnce(row.ours);
    timeOnce(row.peer);
  }
  const runs = Math.max(5, row.runs ?? 7);
  const ours: number[] = [];
  const peer: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(timeOnce(row.ours));
    peer.push(timeOnce(row.peer));
  }
  const to = median(ours);
  const tp = median(peer);
  const figure = (ms: number) => (row.kind === 'throughput' ? row.work / (ms * 1000) : ms);
  void sink;
  return {
    name: row.name,
    unit: row.unit,
    ours: figure(to),
    peer: figure(tp),
    peerName: row.peerName,
    ratio: tp / to,
    target: row.target,
  };
}
