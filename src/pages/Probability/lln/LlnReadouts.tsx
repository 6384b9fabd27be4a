import type { Distribution, LlnSnapshot, MomentStatus } from '../../../core';
import { Readout } from '../../../ui/Readout';
import { lastFilled } from './domain';
import { RunSwatch } from './RunningMeanChart';
import { formatCount } from '../../../ui/formatCount';

/** The final running mean of run 1 (the tab's main readout), the truth beside it, and a legend. */
export function LlnReadouts({
  snapshot,
  dist,
  status,
  stale,
}: {
  snapshot: LlnSnapshot | null;
  dist: Distribution;
  status: MomentStatus;
  stale: boolean;
}) {
  const i = snapshot ? lastFilled(snapshot) : -1;
  const n = snapshot && i >= 0 ? snapshot.grid[i] : null;
  const g = snapshot?.grid.length ?? 0;
  const finals =
    snapshot && i >= 0 ? Array.from({ length: snapshot.runs }, (_, r) => snapshot.means[r * g + i]) : [];
  const se = n !== null && status === 'finite' ? Math.sqrt(dist.variance / n) : null;
  const inBand = se !== null ? finals.filter((m) => Math.abs(m - dist.mean) <= 2 * se).length : null;
  const show = !stale && snapshot !== null;
  return (
    <div className="readouts">
      <section aria-label="the simulation">
        <h3>The simulation</h3>
        <Readout label="draws so far" value={show ? snapshot.drawn : null} format={(v) => formatCount(v)} />
        <Readout
          label="running mean"
          value={show && finals.length > 0 ? finals[0] : null}
          title="x̄ₙ of run 1 at the last n reached"
        />
        <Readout
          label="runs within ±2 SE"
          value={show && inBand !== null ? inBand : null}
          format={(v) => `${v} of ${finals.length}`}
        />
      </section>
      <section aria-label="the theory">
        <h3>The theory</h3>
        <Readout
          label="true mean"
          value={Number.isFinite(dist.mean) ? dist.mean : null}
          title="μ; — when the law has no mean"
        />
        <Readout
          label="standard error"
          value={show && se !== null ? se : null}
          title="σ/√n at the last n reached; — when the variance is infinite"
        />
        {snapshot && (
          <ul className="run-legend" aria-label="legend">
            {finals.map((_, r) => (
              <li key={r}>
                <RunSwatch run={r} /> run {r + 1}
                {r === 0 ? ' (readout)' : ''}
              </li>
            ))}
            {Number.isFinite(dist.mean) && (
              <li>
                <svg width="28" height="10" aria-hidden="true">
                  <line className="true-mean" x1="0" x2="28" y1="5" y2="5" />
                </svg>{' '}
                true mean
              </li>
            )}
            {status === 'finite' && (
              <li>
                <svg width="28" height="10" aria-hidden="true">
                  <rect className="se-band" width="28" height="10" />
                </svg>{' '}
                μ ± 2σ/√n
              </li>
            )}
          </ul>
        )}
      </section>
    </div>
  );
}
