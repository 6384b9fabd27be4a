import { useMemo } from 'react';
import { DISTRIBUTIONS, makeDistribution, momentStatus, skewnessOf } from '../../../core';
import { cltRequestFor, lawKey, useCltStore } from '../../../stores/probability/clt/store';
import { sameRequest } from '../../../stores/job';
import { useWidth } from '../../../ui/ChartFrame';
import { Tex } from '../../../ui/Tex';
import { UrlNotice } from '../../../ui/UrlNotice';
import { lawLabel } from '../shared/chartText';
import { useAutoRun } from '../../../ui/useAutoRun';
import { CltControls } from './CltControls';
import { CltHistogram } from './CltHistogram';
import { CltReadouts } from './CltReadouts';
import { cltExplanation, cltTex } from './cltTex';
import { SkewnessChart } from './SkewnessChart';
import { exactCauchy } from './exactLaw';
import '../shared/simulation.css';
import './clt.css';
import { formatCount } from '../../../ui/formatCount';
import { useViewUrl } from '../../../app/useUrlState';
import { cltView } from '../../../stores/probability/clt/view';

/** Central limit theorem: the histogram of the mean (or sum) of k draws against N(μ, σ²/k). */
export default function CltTab() {
  useViewUrl(cltView, useCltStore);
  const view = useCltStore((s) => s.view);
  const result = useCltStore((s) => s.result);
  const history = useCltStore((s) => s.history);
  const historyLaw = useCltStore((s) => s.historyLaw);
  const notice = useCltStore((s) => s.urlNotice);
  const { run, cancel, dismissNotice } = useCltStore.getState();
  useAutoRun(view, () => run(true), { onClose: cancel });
  const [box, width] = useWidth<HTMLDivElement>();
  const req = result?.request ?? cltRequestFor(view);
  const law = req ?? { dist: 'normal' as const, params: { mean: 0, sd: 1 }, k: 1, stat: 'mean' as const };
  const dist = useMemo(() => makeDistribution(law.dist, law.params), [law.dist, law.params]);
  const status = momentStatus(dist);
  const { k, stat } = law;
  const center = stat === 'mean' ? dist.mean : k * dist.mean;
  const scale =
    status === 'finite' ? Math.sqrt(stat === 'mean' ? dist.variance / k : k * dist.variance) : NaN;
  const gamma1 = skewnessOf(law.dist, law.params);
  const stale = result !== null && !sameRequest(result.request, cltRequestFor(view));
  const points = historyLaw === lawKey(law.dist, law.params) ? history : [];
  const exact = useMemo(() => exactCauchy(law.dist, law.params, k, stat), [law.dist, law.params, k, stat]);
  const label = useMemo(() => lawLabel(law.dist, law.params), [law.dist, law.params]);
  return (
    <>
      <h2 className="tab-title">Central limit theorem</h2>
      <UrlNotice ignored={notice} onDismiss={dismissNotice} />
      <div className="two-col clt">
        <div className="controls">
          <CltControls />
        </div>
        <div className="results">
          <div className="formula" role="group" tabIndex={0} aria-label="normal approximation formula">
            <Tex tex={cltTex(dist.mean, dist.variance, k, stat, status)} display />
          </div>
          <p className={`explain status-${status}`}>
            {cltExplanation(status, DISTRIBUTIONS[law.dist].label)}
          </p>
          {/* The charts follow this box: on the stage it is laid out at the width the stage gives it. */}
          <div data-stage="main" ref={box}>
            {result ? (
              <CltHistogram
                snapshot={result.snapshot}
                law={label}
                k={k}
                center={center}
                scale={scale}
                stat={stat}
                stale={stale}
                width={width}
                exact={exact?.density ?? null}
                exactLabel={exact?.label ?? null}
              />
            ) : (
              <p className="loading">Simulating…</p>
            )}
            <ul className="run-legend" aria-label="legend">
              <li>
                <svg width="28" height="12" aria-hidden="true">
                  <rect className="histogram" width="28" height="12" />
                </svg>
                histogram of {result ? formatCount(result.snapshot.total) : ''} repetitions
              </li>
              {Number.isFinite(scale) && (
                <li>
                  <svg width="28" height="10" aria-hidden="true">
                    <line className="normal-approx" x1="0" x2="28" y1="5" y2="5" />
                  </svg>
                  normal approximation
                </li>
              )}
              {exact && (
                <li>
                  <svg width="28" height="10" aria-hidden="true">
                    <line className="exact-law" x1="0" x2="28" y1="5" y2="5" />
                  </svg>
                  exact law of the statistic: {exact.label}
                </li>
              )}
            </ul>
          </div>
          {stale && (
            <p className="fine">Settings changed: showing the previous run until the new one arrives.</p>
          )}
          <CltReadouts
            snapshot={stale ? null : (result?.snapshot ?? null)}
            center={center}
            scale={scale}
            gamma1={gamma1}
            k={k}
          />
          <h3>How the skewness shrinks with k</h3>
          <p className="fine">
            Each run adds a measured point (square: the current k; bars: ±2 approximate standard errors). Try
            k = 1, 5, 30, 100.
            {Number.isFinite(gamma1)
              ? ' The curve is γ₁/√k.'
              : ' This law has no finite skewness, so there is no curve, and the measured values do not settle as repetitions grow.'}
          </p>
          <SkewnessChart gamma1={gamma1} history={points} currentK={view.k} width={width} />
        </div>
      </div>
    </>
  );
}
