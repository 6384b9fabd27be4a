import { useMcmcStore } from '../../../stores/probability/mcmc/store';
import { formatNumber, Readout } from '../../../ui/Readout';
import { formatCount } from '../../../ui/formatCount';

const percent = (v: number) => `${(100 * v).toFixed(1)}%`;
const count = (v: number) => formatCount(Math.round(v));

/** Acceptance rate and effective sample size of the computed chain, with the moments they qualify. */
export function McmcReadouts() {
  const run = useMcmcStore((s) => s.run);
  const d = run?.diagnostics ?? null;
  const received = run?.received ?? 0;
  const acceptance = received > 0 ? run!.acceptedCount / received : null;
  const ess = d ? Math.min(d.essX, d.essY) : null;
  const corr = d ? d.covXY / Math.sqrt(d.varX * d.varY) : null;
  const rate = run && run.computeMs > 0 ? (received / run.computeMs) * 1000 : null;
  return (
    <div className="readouts">
      <section aria-label="chain">
        <h3>The chain</h3>
        <Readout label="steps computed" value={received} format={count} />
        <Readout
          label="acceptance rate"
          value={acceptance}
          format={percent}
          title="accepted proposals / steps"
        />
        <Readout
          label="effective sample size"
          value={ess !== null && Number.isFinite(ess) ? ess : null}
          format={count}
          title="the smaller of the x and y effective sample sizes (Geyer's initial monotone sequence), after a 10% burn-in"
        />
        <Readout label="ESS x" value={d && Number.isFinite(d.essX) ? d.essX : null} format={count} />
        <Readout label="ESS y" value={d && Number.isFinite(d.essY) ? d.essY : null} format={count} />
      </section>
      <section aria-label="sample moments">
        <h3>After burn-in{d ? ` (${count(d.burnIn)} steps dropped)` : ''}</h3>
        <Readout label="mean of x" value={d && Number.isFinite(d.meanX) ? d.meanX : null} />
        <Readout
          label="Monte Carlo standard error x"
          value={d && Number.isFinite(d.mcseX) ? d.mcseX : null}
          format={(v) => `±\u00a0${formatNumber(v, 2)}`}
          title="sd/√ESS of x: how far this mean would typically move in another run (its Monte Carlo error)"
        />
        <Readout label="mean of y" value={d && Number.isFinite(d.meanY) ? d.meanY : null} />
        <Readout
          label="Monte Carlo standard error y"
          value={d && Number.isFinite(d.mcseY) ? d.mcseY : null}
          format={(v) => `±\u00a0${formatNumber(v, 2)}`}
          title="sd/√ESS of y: how far this mean would typically move in another run (its Monte Carlo error)"
        />
        <Readout
          label="correlation of x and y"
          value={corr !== null && Number.isFinite(corr) ? corr : null}
        />
        <Readout
          label="worker steps per second"
          value={rate}
          format={(v) => formatNumber(v, 3)}
          title="steps computed per second of worker compute time"
        />
      </section>
    </div>
  );
}
