/**
 * The probability page's state. `view` is what the user asked for (and what the URL holds); `result` is what
 * the worker computed, tagged with the request it answers, so a stale answer can never be drawn as current.
 */
import { create } from 'zustand';
import {
  validateParams,
  type DistributionName,
  type SampleRequest,
  type SampleSnapshot,
} from '../../../core';
import { computeClient } from '../../../worker/client';
import { createJob, type JobFlags } from '../../job';
import { viewSlice, type ViewSlice } from '../../viewStore';
import { type ProbabilityView, distributionsView } from './view';
import { distributionActions, type DistributionPicker } from '../shared';
import { validSeed } from '../../view';

/** `set` takes the sample size, the seed and the change-of-variables fields (g as typed, Y's samples, y). */
export interface ProbabilityState
  extends ViewSlice<ProbabilityView>, DistributionPicker<ProbabilityView>, JobFlags {
  /** The latest valid distribution asked for: what the charts draw while a field holds an invalid value. */
  shown: { dist: DistributionName; params: Record<string, number> };
  /** The latest snapshot of the current sampling run (progress or final); null after any parameter change. */
  result: { request: SampleRequest; snapshot: SampleSnapshot } | null;
  sample(): void;
  cancel(): void;
  /** Starts the compute worker early (the page calls it on mount). */
  warmUp(): void;
}

// Snapshots arrive every ~100 ms, so a few seconds of silence means the worker is gone.
const job = createJob('sample', { watchdogMs: 4000 });

export const useProbabilityStore = create<ProbabilityState>()((set, get) => {
  /** A new law (or view): the sample drawn from the old one goes, and its run stops. */
  const fresh = (view: ProbabilityView) => {
    job.stop();
    const valid = validateParams(view.dist, view.params).length === 0;
    return {
      shown: valid ? { dist: view.dist, params: view.params } : get().shown,
      result: null,
      running: false,
      error: null,
    };
  };
  const { setDist, setParam } = distributionActions<ProbabilityView, ProbabilityState>(
    (patch) => set({ ...patch, ...fresh((patch as { view: ProbabilityView }).view) }),
    get,
  );
  return {
    ...viewSlice(distributionsView.defaults, set, get, { load: fresh }),
    setDist,
    setParam,
    shown: { dist: distributionsView.defaults.dist, params: distributionsView.defaults.params },
    remembered: {},
    result: null,
    running: false,
    error: null,
    sample() {
      const { view } = get();
      const invalid =
        validateParams(view.dist, view.params).length > 0 ||
        distributionsView.problem('samples', view.samples) ||
        validSeed(view.seed);
      if (invalid) return set({ error: 'Fix the highlighted fields before sampling.' });
      set({ result: null });
      const request: SampleRequest = {
        dist: view.dist,
        params: { ...view.params },
        n: view.samples,
        seed: view.seed,
      };
      job.runFlagged(request, false, null, set, (snapshot: SampleSnapshot) =>
        set({ result: { request, snapshot } }),
      );
    },
    cancel: () => job.cancel(set),
    warmUp() {
      computeClient().warm();
    },
  };
});
