/**
 * MCMC rows (report only, target null): our random-walk Metropolis–Hastings loop (McmcChain: typed-array
 * buffers, allocation-free steps, ziggurat normals) in steps per second
 * - against a straightforward implementation that allocates per step (proposal arrays, Box–Muller
 *   pairs, one record object per step pushed to a JS array), on the same target and seed;
 * - against the per-step-redraw budget of the classic in-browser demo (mcmc-demo style: one step per
 *   60 Hz animation frame), i.e. the same MH step followed by a wait for the next 1/60 s frame
 *   boundary (emulated by a spin, as Node has no display).
 * - against itself on the main thread, with ours run in a worker thread as the page does (report: the
 *   worker costs a message each way and buys a main thread that never stalls).
 * In the browser the same loop runs in the worker; the e2e suite prints its steps/s from the page.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { BenchRow } from '../harness';
import { createRng } from '../../src/core/probability/rng';
import { correlatedGaussian, McmcChain, type ChainOptions } from '../../src/core/probability/mcmc/index';

const STEPS = 100_000;
const SEED = 20240601;
const RHO = 0.8;
const SCALE = 1;
const OPTIONS: ChainOptions = {
  algorithm: 'mh',
  scale: SCALE,
  stepSize: 0.1,
  leapfrogSteps: 1,
  steps: STEPS,
  seed: SEED,
};

function ours(steps: number): () => number {
  const target = correlatedGaussian(RHO);
  return () => {
    const chain = new McmcChain(target, { ...OPTIONS, steps });
    chain.advance(steps);
    return chain.acceptedCount + chain.xs[steps - 1];
  };
}

interface NaiveRecord {
  position: number[];
  proposal: number[];
  accepted: boolean;
}

/** What one writes first: arrays per proposal, a closure log-density, Box–Muller, a record per step. */
function naive(): number {
  const rng = createRng(SEED);
  const logDensity = (p: number[]) =>
    -(p[0] * p[0] - 2 * RHO * p[0] * p[1] + p[1] * p[1]) / (2 * (1 - RHO * RHO));
  const gaussianPair = () => {
    const r = Math.sqrt(-2 * Math.log(1 - rng.next()));
    const t = 2 * Math.PI * rng.next();
    return [r * Math.cos(t), r * Math.sin(t)];
  };
  const chain: NaiveRecord[] = [];
  let current = [-2.5, 2.5];
  for (let i = 0; i < STEPS; i++) {
    const z = gaussianPair();
    const proposal = current.map((c, k) => c + SCALE * z[k]);
    const accepted = Math.log(1 - rng.next()) <= logDensity(proposal) - logDensity(current);
    if (accepted) current = proposal;
    chain.push({ position: [...current], proposal, accepted });
  }
  return chain.filter((r) => r.accepted).length + chain[STEPS - 1].position[0];
}

const FRAME_MS = 1000 / 60;
const BUDGET_STEPS = 60;

/** `k` more steps of one long chain per call (a fresh chain when it is full): steps as a page would take them. */
function stepper(k: number): () => number {
  const target = correlatedGaussian(RHO);
  let chain = new McmcChain(target, OPTIONS);
  return () => {
    if (chain.done + k > chain.total) chain = new McmcChain(target, OPTIONS);
    chain.advance(k);
    return chain.xs[chain.done - 1];
  };
}

/** The demo's pacing: each MH step waits for its own 60 Hz frame (one second for 60 steps). */
function perFrame(): () => number {
  const step = stepper(1);
  return () => {
    const t0 = performance.now();
    let sink = 0;
    for (let i = 0; i < BUDGET_STEPS; i++) {
      sink += step();
      while (performance.now() - t0 < (i + 1) * FRAME_MS) {
        /* waiting for the next animation frame */
      }
    }
    return sink;
  };
}

/**
 * The same chain run in a worker thread, as the page runs it, including the message to start it and the
 * signal back; the bench thread blocks on shared memory meanwhile, so the call is synchronous.
 */
function inWorker(steps: number): { prepare(): Promise<void>; run(): number } {
  let worker: Worker | null = null;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const out = new Float64Array(new SharedArrayBuffer(8));
  const prepare = () =>
    new Promise<void>((ready, fail) => {
      // A worker thread does not inherit tsx's TypeScript loader: the worker is bundled to one
      // CommonJS script (esbuild, which tsx itself runs on) and started from that text.
      const { outputFiles } = buildSync({
        entryPoints: [fileURLToPath(new URL('../mcmcWorker.ts', import.meta.url))],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        write: false,
      });
      const w = new Worker(outputFiles[0].text, { eval: true });
      w.unref();
      w.once('message', () => ready());
      w.once('error', fail);
      worker = w;
    });
  const run = () => {
    if (!worker) throw new Error('the MCMC bench worker was not prepared');
    Atomics.store(flag, 0, 0);
    worker.postMessage({ steps, options: OPTIONS, rho: RHO, flag, out });
    Atomics.wait(flag, 0, 0);
    return out[0];
  };
  return { prepare, run };
}

export function mcmcRows(): BenchRow[] {
  const budgetOurs = stepper(BUDGET_STEPS);
  const worker = inWorker(STEPS);
  return [
    {
      name: 'mcmc-mh-steps-worker-vs-main',
      unit: 'M steps/s',
      peerName: 'the same loop on the main thread',
      target: null,
      work: STEPS,
      kind: 'throughput',
      prepare: worker.prepare,
      // Warms both JITs before timing.
      setup: () => {
        for (let i = 0; i < 10; i++) worker.run();
        for (let i = 0; i < 10; i++) ours(STEPS)();
      },
      ours: worker.run,
      peer: ours(STEPS),
    },
    {
      name: 'mcmc-mh-steps-vs-naive',
      unit: 'M steps/s',
      peerName: 'naive MH (allocating per step)',
      target: null,
      work: STEPS,
      kind: 'throughput',
      ours: ours(STEPS),
      peer: naive,
    },
    {
      name: 'mcmc-mh-steps-vs-redraw-budget',
      unit: 'M steps/s',
      peerName: 'mcmc-demo pacing: 1 step / 60 Hz frame',
      target: null,
      work: BUDGET_STEPS,
      kind: 'throughput',
      // Warm the JIT on long chains first: a 60-step call alone would be timed while still interpreted.
      setup: () => {
        for (let i = 0; i < 20; i++) ours(STEPS)();
        for (let i = 0; i < 20_000; i++) budgetOurs();
      },
      ours: budgetOurs,
      peer: perFrame(),
      runs: 5,
    },
  ];
}
