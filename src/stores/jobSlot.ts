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
  /** The one setter of a view field: the control passes the field's name and the value typed. */
  set<K extends keyof V>(field: K, value: V[K]): void;
  /** Starts a run of the current view; `auto` runs (after an edit) stay silent about invalid fields. */
  run(auto?: boolean): void;
  cancel(): void;
  loadView(view: V, ignored: string[]): void;
  dismissNotice(): void;
}

type Actions = 'set' | 'run' | 'cancel' | 'loadView' | 'dismissNotice';

/** set, cancel, loadView and dismissNotice of a simulation store whose job runs in `slot`. */
export function simulationActions<V>(
  slot: Job,
  set: (patch: Partial<Omit<SimulationState<V>, Actions>>) => void,
  get: () => { view: V },
): Pick<SimulationState<V>, 'set' | 'cancel' | 'loadView' | 'dismissNotice'> {
  return {
    set(field, value) {
      set({ view: { ...get().view, [field]: value } });
    },
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
