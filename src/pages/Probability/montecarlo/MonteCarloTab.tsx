import { mcRequestFor, useMonteCarloStore } from '../../../stores/probability/montecarlo/store';
import { sameRequest } from '../../../stores/job';
import { useWidth } from '../../../ui/ChartFrame';
import { UrlNotice } from '../../../ui/UrlNotice';
import { useAutoRun } from '../../../ui/useAutoRun';
import { IntegralResults } from './IntegralResults';
import { McControls } from './McControls';
import { PiResults } from './PiResults';
import '../shared/simulation.css';
import '../clt/clt.css';
import './montecarlo.css';
import { useViewUrl } from '../../../app/useUrlState';
import { monteCarloView } from '../../../stores/probability/montecarlo/view';

/** Monte Carlo: π from random points, and ∫_a^b f(x) dx for a typed f, with errors shrinking like 1/√n. */
export default function MonteCarloTab() {
  useViewUrl(monteCarloView, useMonteCarloStore);
  const view = useMonteCarloStore((s) => s.view);
  const result = useMonteCarloStore((s) => s.result);
  const notice = useMonteCarloStore((s) => s.urlNotice);
  const { run, cancel, dismissNotice } = useMonteCarloStore.getState();
  useAutoRun(view, () => run(true), { onClose: cancel });
  const [box, width] = useWidth<HTMLDivElement>();
  const stale = result !== null && !sameRequest(result.request, mcRequestFor(view));
  return (
    <>
      <h2 className="tab-title">Monte Carlo</h2>
      <UrlNotice ignored={notice} onDismiss={dismissNotice} />
      <div className="two-col montecarlo">
        <div className="controls">
          <McControls />
          <p className="fine">
            Both estimates are averages of independent draws, so their standard error falls like 1/√n: a
            hundred times more points buy one more correct digit.
          </p>
        </div>
        <div className="results" ref={box}>
          {view.mode === 'pi' ? (
            <PiResults
              snapshot={result?.mode === 'pi' ? result.snapshot : null}
              stale={stale}
              width={width}
            />
          ) : (
            <IntegralResults
              source={result?.mode === 'integral' ? result.request.source : view.f}
              a={result?.mode === 'integral' ? result.request.a : view.a}
              b={result?.mode === 'integral' ? result.request.b : view.b}
              snapshot={result?.mode === 'integral' ? result.snapshot : null}
              stale={stale}
              width={width}
            />
          )}
        </div>
      </div>
    </>
  );
}
