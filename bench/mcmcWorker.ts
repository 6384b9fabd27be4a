/**
 * The worker side of the `mcmc-mh-steps-worker-vs-main` row: runs the same MH chain as the main-thread
 * loop when asked, and signals completion through shared memory so that the bench can wait synchronously.
 */
import { parentPort } from 'node:worker_threads';
import { correlatedGaussian, McmcChain, type ChainOptions } from '../src/core/probability/mcmc/index';

parentPort!.on(
  'message',
  (msg: { steps: number; options: ChainOptions; rho: number; flag: Int32Array; out: Float64Array }) => {
    const chain = new McmcChain(correlatedGaussian(msg.rho), { ...msg.options, steps: msg.steps });
    chain.advance(msg.steps);
    msg.out[0] = chain.acceptedCount + chain.xs[msg.steps - 1];
    Atomics.store(msg.flag, 0, 1);
    Atomics.notify(msg.flag, 0);
  },
);
// Loaded: the bench thread, waiting for this, may now block on the shared flag.
parentPort!.postMessage('ready');
