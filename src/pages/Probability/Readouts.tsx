import { makeDistribution } from '../../core';
import { useProbabilityStore } from '../../stores/probability/distributions/store';
import { Readout } from '../../ui/Readout';
import { formatCount } from '../../ui/formatCount';

/** Moments of the law, and the sample's statistics from one snapshot so they always agree with each other. */
export function Readouts() {
  const shown = useProbabilityStore((s) => s.shown);
  const result = useProbabilityStore((s) => s.result);
  const d = makeDistribution(shown.dist, shown.params);
  const snap = result?.snapshot ?? null;
  return (
    <div className="readouts">
      <section aria-label="the distribution">
        <h3>The distribution</h3>
        <Readout label="mean" value={d.mean} />
        <Readout label="variance" value={d.variance} />
        <Readout label="entropy" value={d.entropy} title="differential entropy in nats for continuous laws" />
      </section>
      <section aria-label="the sample">
        <h3>The sample</h3>
        <Readout label="samples drawn" value={snap?.drawn ?? 0} format={(v) => formatCount(v)} />
        <Readout label="sample mean" value={snap ? snap.mean : null} />
        <Readout label="sample variance" value={snap ? snap.variance : null} />
        <Readout
          label="KS distance"
          value={snap ? snap.ks : null}
          title={
            snap?.ksMode === 'grid'
              ? 'Kolmogorov–Smirnov distance on a grid of 4096 points (streamed run)'
              : 'exact Kolmogorov–Smirnov distance sup |Fₙ(x) − F(x)|'
          }
        />
        {snap && (
          <p className="fine">
            {snap.ksMode === 'grid'
              ? 'KS distance measured on a 4096-point grid (streamed run).'
              : 'KS distance exact.'}
          </p>
        )}
      </section>
    </div>
  );
}
