import type { CltSnapshot } from '../../../core';
import { Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { skewnessOfMeanTex } from '../../../core';
import { formatCount } from '../../../ui/formatCount';

/** The sample of statistics against the theory: mean, standard deviation, skewness. */
export function CltReadouts({
  snapshot,
  center,
  scale,
  gamma1,
  k,
}: {
  snapshot: CltSnapshot | null;
  center: number;
  scale: number;
  gamma1: number;
  k: number;
}) {
  const s = snapshot;
  const outside = s ? s.below + s.above : 0;
  return (
    <div className="readouts">
      <section aria-label="the sample of statistics">
        <h3>The sample of statistics</h3>
        <Readout label="repetitions done" value={s ? s.done : null} format={(v) => formatCount(v)} />
        <Readout label="sample mean" value={s ? s.mean : null} />
        <Readout label="sample sd" value={s && s.variance >= 0 ? Math.sqrt(s.variance) : null} />
        <Readout
          label="sample skewness"
          value={s && Number.isFinite(s.skewness) ? s.skewness : null}
          title="g₁ = m₃/m₂^{3/2}; approximate standard error √(6/repetitions)"
        />
        {s && outside > 0 && (
          <p className="fine">
            {(100 * outside).toPrecision(2)} % of the statistics fall outside the plotted window.
          </p>
        )}
      </section>
      <section aria-label="the theory">
        <h3>The theory</h3>
        <Readout label="normal mean" value={Number.isFinite(scale) ? center : null} />
        <Readout label="normal sd" value={Number.isFinite(scale) ? scale : null} />
        <Readout
          label="theoretical skewness"
          value={Number.isFinite(gamma1) ? gamma1 / Math.sqrt(k) : null}
          title="γ₁/√k; — when the third moment is not finite"
        />
        <div className="formula small" role="group" tabIndex={0} aria-label="skewness formula">
          <Tex tex={skewnessOfMeanTex(gamma1, k)} />
        </div>
      </section>
    </div>
  );
}
