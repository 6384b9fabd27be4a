/**
 * What the simulation tabs' stores (LLN, CLT, Monte Carlo) share: their state and common actions over a
 * job from `createJob` (job.ts). `sameRequest` is the job module's, re-exported for the pages that import
 * it from here.
 */
import type { Job, JobFlags } from './job';

export { sameRequest, type JobFlags } from './job';

/** What every simulation tab's store has: the requested view, the job's flags, the link notice, actions. */
export interface SimulationState<V> extends JobFlags {
  view: V;
  /** Values from a hand-edited link that were ignored, for the notice. */
  urlNotice: string[];
  /** Starts a run of the current view; `auto` runs (after an edit) stay silent about invalid fields. */
  run(auto?: boolean): void;
  cancel(): void;
  loadView(view: V, ignored: string[]): void;
  dismissNotice(): void;
}

/** cancel, loadView and dismissNotice of a simulation store whose job runs in `slot`. */
export function simulationActions<V>(
  slot: Job,
  set: (patch: Partial<Omit<SimulationState<V>, 'run' | 'cancel' | 'loadView' | 'dismissNotice'>>) => void,
): Pick<SimulationState<V>, 'cancel' | 'loadView' | 'dismissNotice'> {
  return {
    cancel() {
      slot.stop();
      set({ running: false });
    },
    loadView(view, ignored) {
      set({ view, urlNotice: ignored, error: null });
    },
    dismissNotice() {
      set({ urlNotice: [] });
    },
  };
}
