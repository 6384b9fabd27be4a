import { ErrorNote } from '../../../ui/ErrorNote';
import { formatCount } from '../../../ui/formatCount';

/** Run / Cancel (or Sample / Cancel), the progress of the current job, and its error (role alert). */
export function RunButtons({
  running,
  blocked,
  done,
  total,
  error,
  what,
  action = 'Run',
  progressLabel = 'simulation progress',
  onRun,
  onCancel,
}: {
  running: boolean;
  blocked: boolean;
  done: number;
  total: number;
  error: string | null;
  /** What is being counted, for the progress text ("draws", "points"); none for a bare total. */
  what?: string;
  /** The start button's text. */
  action?: string;
  /** The accessible name of the progress bar. */
  progressLabel?: string;
  onRun: () => void;
  onCancel: () => void;
}) {
  return (
    <>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          onClick={onRun}
          disabled={blocked}
          title={blocked ? 'Fix the fields marked in red first' : undefined}
        >
          {action}
        </button>
        <button type="button" onClick={onCancel} disabled={!running}>
          Cancel
        </button>
      </div>
      {running && (
        <div className="progress">
          <progress aria-label={progressLabel} max={Math.max(1, total)} value={done} />
          <span>
            {Math.floor((100 * done) / Math.max(1, total))}% of {formatCount(total)}
            {what === undefined ? '' : ` ${what}`}
          </span>
        </div>
      )}
      <ErrorNote>{error}</ErrorNote>
    </>
  );
}
