/**
 * The change-of-variables section of the Distributions tab: Y = g(X) for the tab's law X and the g the student
 * typed (the view's `g`, `gn`, `gy`). The samples of Y are drawn in the worker (job `transformSample`),
 * the histogram's range comes from the core (`transformedRange`); a result is tagged with its request so a
 * stale one is never drawn as current.
 */
import { create } from 'zustand';
import {
  makeDistribution,
  samplingProblem,
  transformedRange,
  validateParams,
  type TransformSampleRequest,
  type TransformSampleSnapshot,
} from '../../../core';
import { createJob } from '../../job';
import { validSeed } from '../../view';
import { distributionsView, type ProbabilityView } from './view';

/** Bins of the histogram of Y. */
export const CV_BINS = 60;

/** What the section can draw for a view: a request for the worker, or the one message saying why not. */
export type CvSetup = { request: TransformSampleRequest; problem: null } | { request: null; problem: string };

export function cvSetup(view: ProbabilityView): CvSetup {
  const no = (problem: string): CvSetup => ({ request: null, problem });
  if (validateParams(view.dist, view.params).length > 0) return no('Fix the law of X above first.');
  const law = makeDistribution(view.dist, view.params);
  if (law.discrete)
    return no('Pick a continuous law for X: a discrete X has no density to change (its Y = g(X) is a pmf).');
  const parse = distributionsView.problem('g', view.g);
  if (parse) return no(parse);
  const sp = samplingProblem(law);
  if (sp) return no(sp);
  if (distributionsView.problem('gn', view.gn)) return no(distributionsView.problem('gn', view.gn) as string);
  if (validSeed(view.seed)) return no(validSeed(view.seed) as string);
  const range = transformedRange(view.g, law);
  if ('error' in range) return no(range.error);
  return {
    request: {
      dist: view.dist,
      params: { ...view.params },
      g: view.g,
      n: view.gn,
      seed: view.seed,
      lo: range.lo,
      hi: range.hi,
      bins: CV_BINS,
    },
    problem: null,
  };
}

export interface CvState {
  result: { request: TransformSampleRequest; snapshot: TransformSampleSnapshot } | null;
  running: boolean;
  error: string | null;
  /** Samples Y for the view (after an edit `auto`: silent when the view has a problem or the result is current). */
  run(view: ProbabilityView, auto: boolean): void;
  cancel(): void;
}

const job = createJob('transformSample', { watchdogMs: 4000 });

export const useChangeOfVariablesStore = create<CvState>()((set, get) => ({
  result: null,
  running: false,
  error: null,

  run(view, auto) {
    const { request, problem } = cvSetup(view);
    if (!request) {
      job.stop();
      set({ running: false, error: auto ? null : problem });
      return;
    }
    if (!job.begin(request, auto, get().result?.request, set)) return;
    job.run<TransformSampleSnapshot>(
      request,
      (api, id, progress) => api.transformSample(id, request, progress),
      (snapshot) => set({ result: { request, snapshot } }),
      (error) => set({ running: false, error }),
    );
  },

  cancel() {
    job.stop();
    set({ running: false });
  },
}));
