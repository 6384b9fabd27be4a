/**
 * The compute worker: the only file that calls `Comlink.expose`. Each method is a thin wrapper over a job in
 * `jobs/`, which calls `src/core`. Long jobs run in time slices and yield between them, so that a
 * `cancel(jobId)` message can land; results cross back with their typed arrays transferred, not copied.
 */
import * as Comlink from 'comlink';
import type {
  McmcRequest,
  SampleRequest,
  SampleSnapshot,
  TransformSampleRequest,
  TransformSampleSnapshot,
  CltRequest,
  CltSnapshot,
  IntegralRequest,
  IntegralSnapshot,
  LlnRequest,
  LlnSnapshot,
  PiRequest,
  PiSnapshot,
} from '../core';
import type { JobContext } from './jobs/context';
import { mcmcJob, type McmcResult } from './jobs/mcmc';
import { sampleJob } from './jobs/sample';
import { transformSampleJob } from './jobs/transformSample';
import { gridJob, type GridRequest, type GridResult } from './jobs/grid';
import { optimizeJob, type OptimizeRequest, type OptimizeResult } from './jobs/optimize';
import { constraintJob, type ConstraintRequest, type ConstraintResult } from './jobs/constraint';
import { cltJob } from './jobs/clt';
import { llnJob } from './jobs/lln';
import { viJob, type ViRequest, type ViSnapshot } from './jobs/vi';
import { integralJob, piJob } from './jobs/montecarlo';
import {
  nnTrainJob,
  requestNnStop,
  resetNnSession,
  type NnSnapshot,
  type NnTrainRequest,
} from './jobs/nnTrain';
import {
  clusterCurvesJob,
  pcaAnalyzeJob,
  type ClusterCurvesRequest,
  type ClusterCurvesResult,
  type PcaAnalyzeRequest,
  type PcaAnalyzeResult,
} from './jobs/pcaTab';
import { lassoPathJob, type LassoPathRequest, type LassoPathSnapshot } from './jobs/lassoPath';
import {
  regErrorCurvesJob,
  type RegErrorCurvesRequest,
  type RegErrorCurvesResult,
} from './jobs/regErrorCurves';
import { clusterStepsJob, type ClusterSnapshot, type ClusterStepsRequest } from './jobs/pcaCluster';
import {
  imageSvdJob,
  type ImageSvdProgress,
  type ImageSvdRequest,
  type ImageSvdResult,
} from './jobs/imageSvd';

/** Work between yields; short enough that a cancel lands well within 100 ms. */
const SLICE_MS = 20;
/** Interval between progress snapshots sent to the page. */
const PROGRESS_MS = 100;

const cancelled = new Set<number>();

// A MessageChannel round trip yields to pending messages without setTimeout's 4 ms clamping.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });

/** Every ArrayBuffer under `value` (plain objects and arrays), so results cross without a copy. */
function buffersOf(value: unknown, out: Transferable[] = []): Transferable[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && !out.includes(value.buffer)) out.push(value.buffer);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) buffersOf(v, out);
  }
  return out;
}

const transferred = <T>(value: T): T => Comlink.transfer(value, buffersOf(value));

/** Runs a job with a context bound to its id; releases the page's progress proxy when done. */
async function runJob<R>(
  jobId: number,
  onProgress: ((p: never) => void) | undefined,
  job: (ctx: JobContext) => Promise<R>,
  progressMs = PROGRESS_MS,
): Promise<R> {
  let sliceEnd = performance.now() + SLICE_MS;
  let lastPost = performance.now();
  // The page's answer to the last progress message. Progress travels on the proxy's own port and the result
  // on the worker's, and two ports keep no order between them: on a loaded machine the result overtook
  // progress, and the page (which ignores a finished job's progress) lost chunks of an MCMC chain.
  let delivered: Promise<unknown> = Promise.resolve();
  const ctx: JobContext = {
    async checkpoint() {
      if (performance.now() < sliceEnd) return;
      await yieldToMessages();
      if (cancelled.delete(jobId)) throw new Error(`job ${jobId} cancelled`);
      sliceEnd = performance.now() + SLICE_MS;
    },
    progress(snapshot) {
      if (!onProgress || performance.now() - lastPost < progressMs) return;
      lastPost = performance.now();
      const value = typeof snapshot === 'function' ? (snapshot as () => unknown)() : snapshot;
      delivered = Promise.resolve(onProgress(transferred(value) as never)).catch(() => undefined);
    },
  };
  try {
    const result = await job(ctx);
    // One port keeps its order: once the last progress message is answered, every earlier one was handled.
    await delivered;
    return transferred(result);
  } finally {
    cancelled.delete(jobId);
    // The page's callback arrives as a proxy holding a MessagePort; release it so ports do not pile up.
    if (onProgress) (onProgress as unknown as Comlink.Remote<() => void>)[Comlink.releaseProxy]();
  }
}

export const api = {
  /** Marks a job as cancelled; it stops at its next checkpoint. */
  cancel(jobId: number): void {
    cancelled.add(jobId);
  },

  sample(
    jobId: number,
    req: SampleRequest,
    onProgress?: (s: SampleSnapshot) => void,
  ): Promise<SampleSnapshot> {
    return runJob(jobId, onProgress, (ctx) => sampleJob(req, ctx));
  },

  /** Samples of Y = g(X) (change of variables on the Distributions tab), streaming a histogram of Y. */
  transformSample(
    jobId: number,
    req: TransformSampleRequest,
    onProgress?: (s: TransformSampleSnapshot) => void,
  ): Promise<TransformSampleSnapshot> {
    return runJob(jobId, onProgress, (ctx) => transformSampleJob(req, ctx));
  },

  /** f and ∇f on a grid (surface and contours of the calculus page). */
  grid(jobId: number, req: GridRequest): Promise<GridResult> {
    return runJob(jobId, undefined, (ctx) => gridJob(req, ctx));
  },

  /** Every selected optimizer's path and losses, in one round trip. */
  optimize(jobId: number, req: OptimizeRequest): Promise<OptimizeResult> {
    return runJob(jobId, undefined, (ctx) => optimizeJob(req, ctx));
  },

  /** g on the grid, f's constrained critical points on g = c (KKT minima for g ≤ c) and df*∕dc. */
  constraint(jobId: number, req: ConstraintRequest): Promise<ConstraintResult> {
    return runJob(jobId, undefined, (ctx) => constraintJob(req, ctx));
  },

  /** Gaussian variational inference on a 2-D target, streaming q and the ELBO, then an MCMC chain beside it. */
  vi(jobId: number, req: ViRequest, onProgress?: (s: ViSnapshot) => void): Promise<ViSnapshot> {
    return runJob(jobId, onProgress, (ctx) => viJob(req, ctx));
  },

  lln(jobId: number, req: LlnRequest, onProgress?: (s: LlnSnapshot) => void): Promise<LlnSnapshot> {
    return runJob(jobId, onProgress, (ctx) => llnJob(req, ctx));
  },

  clt(jobId: number, req: CltRequest, onProgress?: (s: CltSnapshot) => void): Promise<CltSnapshot> {
    return runJob(jobId, onProgress, (ctx) => cltJob(req, ctx));
  },

  pi(jobId: number, req: PiRequest, onProgress?: (s: PiSnapshot) => void): Promise<PiSnapshot> {
    return runJob(jobId, onProgress, (ctx) => piJob(req, ctx));
  },

  integral(
    jobId: number,
    req: IntegralRequest,
    onProgress?: (s: IntegralSnapshot) => void,
  ): Promise<IntegralSnapshot> {
    return runJob(jobId, onProgress, (ctx) => integralJob(req, ctx));
  },

  /** Trains the page's network, streaming its picture, weights and losses (up to 33 snapshots a second). */
  nnTrain(jobId: number, req: NnTrainRequest, onProgress?: (s: NnSnapshot) => void): Promise<NnSnapshot> {
    return runJob(jobId, onProgress, (ctx) => nnTrainJob(req, ctx), 30);
  },

  /** Pause: the running training job finishes its epoch and returns its final snapshot. */
  nnStop(): void {
    requestNnStop();
  },

  /** Reset: the next training job starts from the seed's initial weights. */
  nnReset(): void {
    resetNnSession();
  },

  /** Runs a Markov chain (random-walk MH or HMC), streaming new steps as typed arrays. */
  mcmc(jobId: number, req: McmcRequest, onProgress?: (s: McmcResult) => void): Promise<McmcResult> {
    return runJob(jobId, onProgress, (ctx) => mcmcJob(req, ctx));
  },

  /** PCA of a table (PCA and clustering tab): covariance, eigen-decomposition, scores, SVD agreement. */
  /** The lasso coefficient path, warm-started along λ, with the λ solved so far as progress. */
  lassoPath(
    jobId: number,
    req: LassoPathRequest,
    onProgress?: (s: LassoPathSnapshot) => void,
  ): Promise<LassoPathSnapshot> {
    return runJob(jobId, onProgress, (ctx) => lassoPathJob(req, ctx));
  },

  /** The Regression tab's training and test MSE against the degree and against λ. */
  regErrorCurves(jobId: number, req: RegErrorCurvesRequest): Promise<RegErrorCurvesResult> {
    return runJob(jobId, undefined, (ctx) => regErrorCurvesJob(req, ctx));
  },

  pcaAnalyze(jobId: number, req: PcaAnalyzeRequest): Promise<PcaAnalyzeResult> {
    return runJob(jobId, undefined, (ctx) => pcaAnalyzeJob(req, ctx));
  },

  /** The elbow (k-means inertia, k = 1…10) and BIC of EM (K = 1…8) on 2-D points. */
  clusterCurves(
    jobId: number,
    req: ClusterCurvesRequest,
    onProgress?: (s: ClusterCurvesResult) => void,
  ): Promise<ClusterCurvesResult> {
    return runJob(jobId, onProgress, (ctx) => clusterCurvesJob(req, ctx));
  },

  /** k-means or EM steps on 2-D points, streaming a snapshot up to 20 times a second. */
  clusterSteps(
    jobId: number,
    req: ClusterStepsRequest,
    onProgress?: (s: ClusterSnapshot) => void,
  ): Promise<ClusterSnapshot> {
    return runJob(jobId, onProgress, (ctx) => clusterStepsJob(req, ctx), 50);
  },

  /** The SVD of a grayscale image (Low rank view of the linear algebra page), with its phase and share done as progress. */
  imageSvd(
    jobId: number,
    req: ImageSvdRequest,
    onProgress?: (p: ImageSvdProgress) => void,
  ): Promise<ImageSvdResult> {
    return runJob(jobId, onProgress, (ctx) => imageSvdJob(req, ctx));
  },
};

export type WorkerApi = typeof api;

// `self` is the worker scope; the DOM typings see a Window, hence the cast.
Comlink.expose(api, self as unknown as Comlink.Endpoint);
