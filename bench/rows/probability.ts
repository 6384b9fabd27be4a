/**
 * Probability rows: our samplers against @stdlib/random-base-* (seeded factory) and d3-random
 * (seeded with randomLcg), each side filling the same preallocated Float64Array of 1e6 per call; and
 * the streaming histogram against d3-array's bin() on 1e7 samples into 100 bins.
 */
import { bin } from 'd3';
import * as d3r from 'd3-random';
import stdBeta from '@stdlib/random-base-beta';
import stdBinomial from '@stdlib/random-base-binomial';
import stdExponential from '@stdlib/random-base-exponential';
import stdGamma from '@stdlib/random-base-gamma';
import stdNormal from '@stdlib/random-base-normal';
import stdPoisson from '@stdlib/random-base-poisson';
import type { BenchRow } from '../harness';
import { createRng, type FastRng } from '../../src/core/probability/rng';
import * as S from '../../src/core/probability/samplers/index';
import { StreamingHistogram } from '../../src/core/probability/stats/index';

const N = 1e6;
const SEED = 20240601;
const out = new Float64Array(N);

/** Fills `out` from a nullary generator: the peers' calling convention. */
function fromGen(gen: () => number): () => number {
  return () => {
    for (let i = 0; i < N; i++) out[i] = gen();
    return out[N - 1];
  };
}

type Fill = (rng: FastRng, out: Float64Array) => void;

function ours(fill: Fill): () => number {
  const rng = createRng(SEED);
  return () => {
    fill(rng, out);
    return out[N - 1];
  };
}

/** Median ms of a few quick calls: enough to tell which peer is faster. */
function quickTime(fn: () => unknown): number {
  fn();
  const t: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return t.sort((a, b) => a - b)[1];
}

function row(name: string, target: number, peerName: string, fill: Fill, peer: () => number): BenchRow {
  return {
    name,
    unit: 'M samples/s',
    peerName,
    target,
    work: N,
    kind: 'throughput',
    ours: ours(fill),
    peer: fromGen(peer),
  };
}

/** A row whose peer is the faster of @stdlib and d3-random, chosen in setup (so in the same process and run). */
function fasterPeerRow(
  name: string,
  params: string,
  fill: Fill,
  std: () => number,
  d3: () => number,
): BenchRow {
  const r = row(name, 1.5, '(faster of @stdlib, d3-random)', fill, std);
  r.setup = () => {
    const stdFaster = quickTime(fromGen(std)) <= quickTime(fromGen(d3));
    r.peer = fromGen(stdFaster ? std : d3);
    r.peerName = `${stdFaster ? '@stdlib' : 'd3-random'} ${params}`;
  };
  return r;
}

export function probabilityRows(): BenchRow[] {
  const lcg = () => d3r.randomLcg(0.123456789);
  const seeded = { seed: SEED };
  return [
    row(
      'normal-vs-stdlib',
      3,
      '@stdlib/random-base-normal',
      (r, o) => S.fillNormal(r, o, 0, 1),
      stdNormal.factory(0, 1, seeded),
    ),
    row(
      'normal-vs-d3',
      3,
      'd3-random randomNormal (lcg)',
      (r, o) => S.fillNormal(r, o, 0, 1),
      d3r.randomNormal.source(lcg())(0, 1),
    ),
    fasterPeerRow(
      'exponential',
      'rate 1.5',
      (r, o) => S.fillExponential(r, o, 1.5),
      stdExponential.factory(1.5, seeded),
      d3r.randomExponential.source(lcg())(1.5),
    ),
    fasterPeerRow(
      'gamma',
      'shape 2.5',
      (r, o) => S.fillGamma(r, o, 2.5, 1),
      stdGamma.factory(2.5, 1, seeded),
      d3r.randomGamma.source(lcg())(2.5, 1),
    ),
    fasterPeerRow(
      'beta',
      '(2, 5)',
      (r, o) => S.fillBeta(r, o, 2, 5),
      stdBeta.factory(2, 5, seeded),
      d3r.randomBeta.source(lcg())(2, 5),
    ),
    fasterPeerRow(
      'binomial',
      'n 1000 p 0.3',
      (r, o) => S.fillBinomial(r, o, 1000, 0.3),
      stdBinomial.factory(1000, 0.3, seeded),
      d3r.randomBinomial.source(lcg())(1000, 0.3),
    ),
    fasterPeerRow(
      'poisson',
      'lambda 50',
      (r, o) => S.fillPoisson(r, o, 50),
      stdPoisson.factory(50, seeded),
      d3r.randomPoisson.source(lcg())(50),
    ),
    histogramRow(),
  ];
}

/** 1e7 N(0, 1) samples into 100 bins on [−4, 4]: our streaming add vs d3 bin() with the same thresholds. */
function histogramRow(): BenchRow {
  const M = 1e7;
  const BINS = 100;
  let samples = new Float64Array(0);
  let asArray: number[] = [];
  const thresholds = Array.from({ length: BINS - 1 }, (_, i) => -4 + (8 * (i + 1)) / BINS);
  const d3bin = bin().domain([-4, 4]).thresholds(thresholds);
  return {
    name: 'histogram-vs-d3bin',
    unit: 'M samples/s',
    peerName: 'd3-array bin()',
    target: 20,
    work: M,
    kind: 'throughput',
    runs: 5,
    setup: () => {
      samples = new Float64Array(M);
      S.fillNormal(createRng(SEED), samples, 0, 1);
      // d3 gets a plain array so that it is not charged for converting the typed array.
      asArray = Array.from(samples);
    },
    ours: () => {
      const h = new StreamingHistogram(-4, 4, BINS);
      h.add(samples);
      return h.counts[50] + h.moments.m2;
    },
    peer: () => d3bin(asArray)[50].length,
  };
}
