/**
 * The compute worker: the only file that calls `Comlink.expose`. It holds thin wrappers over `src/core` that
 * run long jobs in time-sliced chunks, yielding between chunks so that a `cancel(jobId)` message can land.
 */
import * as Comlink from 'comlink';
import { SampleRun, type SampleRequest, type SampleSnapshot } from '../core';

const cancelled = new Set<number>();
/** Work between yields; short enough that a cancel lands well within 100 ms. */
const SLICE_MS = 20;
/** Interval between progress snapshots sent to the page. */
const PROGRESS_MS = 100;

// A MessageChannel round trip yields to pending messages without setTimeout's 4 ms clamping.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

class CancelledInWorker extends Error {
  override name = 'CancelledInWorker';
}

function checkCancelled(jobId: number): void {
  if (cancelled.delete(jobId)) throw new CancelledInWorker(`job ${jobId} cancelled`);
}

function transferSnapshot(s: SampleSnapshot): SampleSnapshot {
  return Comlink.transfer(s, [s.density.buffer]);
}

export const api = {
  /** Marks a job as cancelled; the job stops at its next chunk boundary. */
  cancel(jobId: number): void {
    cancelled.add(jobId);
  },

  /**
   * Draws `req.n` samples into a histogram, streaming in chunks with O(bins) memory above a million samples,
   * and reports snapshots (counts so far, moments, KS distance) every ~100 ms.
   */
  async sample(
    jobId: number,
    req: SampleRequest,
    onProgress?: (s: SampleSnapshot) => void,
  ): Promise<SampleSnapshot> {
    try {
      const run = new SampleRun(req);
      let lastPost = performance.now();
      while (!run.done) {
        const sliceEnd = performance.now() + SLICE_MS;
        do run.step();
        while (!run.done && performance.now() < sliceEnd);
        if (onProgress && !run.done && performance.now() - lastPost >= PROGRESS_MS) {
          lastPost = performance.now();
          void Promise.resolve(onProgress(transferSnapshot(run.snapshot()))).catch(() => undefined);
        }
        await yieldToMessages();
        checkCancelled(jobId);
      }
      return transferSnapshot(run.snapshot());
    } finally {
      cancelled.delete(jobId);
      // The page's callback arrives as a proxy holding a MessagePort; release it so ports do not pile up.
      if (onProgress) (onProgress as unknown as Comlink.Remote<() => void>)[Comlink.releaseProxy]();
    }
  },
};

export type WorkerApi = typeof api;

Comlink.expose(api, self);
