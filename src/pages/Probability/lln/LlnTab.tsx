import { useMemo } from 'react';
import { makeDistribution, momentStatus, DISTRIBUTIONS } from '../../../core';
import { sameRequest } from '../../../stores/job';
import { llnRequestFor, useLlnStore } from '../../../stores/probability/lln/store';
import { useWidth } from '../../../ui/ChartFrame';
import { Tex } from '../../../ui/Tex';
import { llnExplanation } from './explain';
import { LlnControls } from './LlnControls';
import { LlnReadouts } from './LlnReadouts';
import { llnTex } from './llnTex';
import { RunningMeanChart } from './RunningMeanChart';
import { UrlNotice } from '../../../ui/UrlNotice';
import { lawLabel } from '../shared/chartText';
import { useAutoRun } from '../../../ui/useAutoRun';
import '../shared/simulation.css';
import { useViewUrl } from '../../../app/useUrlState';
import { llnView } from '../../../stores/probability/lln/view';

/** Law of large numbers: running sample means of several runs against n, with μ and the ±2σ/√n band. */
export default function LlnTab() {
  useViewUrl(llnView, useLlnStore);
  const view = useLlnStore((s) => s.view);
  const result = useLlnStore((s) => s.result);
  const notice = useLlnStore((s) => s.urlNotice);
  const { run, cancel, dismissNotice } = useLlnStore.getState();
  useAutoRun(view, () => run(true), { onClose: cancel });
  const [box, width] = useWidth<HTMLDivElement>();
  // The chart describes the law that was simulated, so that mean and band always match the paths.
  const law = result?.request ??
    llnRequestFor(view) ?? { dist: 'normal' as const, params: { mean: 0, sd: 1 } };
  const dist = useMemo(() => makeDistribution(law.dist, law.params), [law.dist, law.params]);
  const status = momentStatus(dist);
  const stale = result !== null && !sameRequest(result.request, llnRequestFor(view));
  const sd = status === 'finite' ? Math.sqrt(dist.variance) : NaN;
  const label = useMemo(() => lawLabel(law.dist, law.params), [law.dist, law.params]);
  return (
    <>
      <h2 className="tab-title">Law of large numbers</h2>
      <UrlNotice ignored={notice} onDismiss={dismissNotice} />
      <div className="two-col lln">
        <div className="controls">
          <LlnControls />
        </div>
        <div className="results">
          <div className="formula" role="group" tabIndex={0} aria-label="law of large numbers formula">
            <Tex tex={llnTex(dist.mean, sd, status)} display />
          </div>
          <p className={`explain status-${status}`}>
            {llnExplanation(status, DISTRIBUTIONS[law.dist].label)}
          </p>
          {/* The chart follows this box: on stage it is laid out at the width the stage gives it. */}
          <div data-stage="main" ref={box}>
            <RunningMeanChart
              snapshot={result?.snapshot ?? null}
              law={label}
              total={view.draws}
              mean={status === 'noMean' ? NaN : dist.mean}
              sd={sd}
              stale={stale}
              width={width}
            />
          </div>
          {stale && (
            <p className="fine">
              Settings changed: the chart shows the previous run until the new one arrives.
            </p>
          )}
          <LlnReadouts snapshot={result?.snapshot ?? null} dist={dist} status={status} stale={stale} />
        </div>
      </div>
    </>
  );
}
