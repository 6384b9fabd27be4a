import { useNnStore } from '../../../stores/ml/nn/store';
import { ErrorNote } from '../../../ui/ErrorNote';

/** Train, Pause, Step (one epoch) and Reset (same seed, same initial weights), with why training stopped. */
export function TrainButtons() {
  const running = useNnStore((s) => s.running);
  const error = useNnStore((s) => s.error);
  const stopReason = useNnStore((s) => s.snapshot?.stopReason ?? null);
  const epoch = useNnStore((s) => s.snapshot?.epoch ?? 0);
  const budget = useNnStore((s) => s.view.budget);
  const { train, pause, step, reset } = useNnStore.getState();
  return (
    <div className="train-buttons">
      <div className="button-row">
        <button type="button" className="primary" onClick={train} disabled={running || epoch >= budget}>
          Train
        </button>
        <button type="button" onClick={pause} disabled={!running}>
          Pause
        </button>
        <button type="button" onClick={step} disabled={running} title="Train one epoch">
          Step
        </button>
        <button
          type="button"
          onClick={reset}
          title="Back to epoch 0: the same seed gives the same initial weights"
        >
          Reset
        </button>
      </div>
      <div role="alert" className="alerts">
        {error && <ErrorNote>{error}</ErrorNote>}
        {stopReason && (
          <ErrorNote>
            Training stopped: {stopReason}. Lower the learning rate (or change the optimizer), then Train
            again; Reset starts over.
          </ErrorNote>
        )}
      </div>
      {epoch >= budget && !stopReason && (
        <p className="fine">The epochs budget ({budget}) is used up: raise it to train on.</p>
      )}
    </div>
  );
}
