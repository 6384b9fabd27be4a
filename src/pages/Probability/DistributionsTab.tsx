import { useDeferredValue, useEffect, useMemo } from 'react';
import { DISTRIBUTIONS, makeDistribution } from '../../core';
import { useProbabilityStore } from '../../stores/probability/distributions/store';
import { useWidth } from '../../ui/ChartFrame';
import { useStagedWidth } from '../../ui/useStagedWidth';
import { Tex } from '../../ui/Tex';
import { UrlNotice } from '../../ui/UrlNotice';
import { CdfChart } from './CdfChart';
import { DensityChart } from './DensityChart';
import { Readouts } from './Readouts';
import { SamplePanel } from './SamplePanel';
import { ChangeOfVariables } from './distributions/ChangeOfVariables';
import { lawLabel } from './shared/chartText';
import { DistributionPicker } from './shared/DistributionPicker';
import { useViewUrl } from '../../app/useUrlState';
import { distributionsView } from '../../stores/probability/distributions/view';

/** The density chart's height on stage (px): at the width the stage picks, about the free area's shape. */
const STAGE_HEIGHT = 380;

/** Distributions and sampling: pick a law, move its parameters, draw up to 10^9 samples against the density. */
export default function DistributionsTab() {
  useViewUrl(distributionsView, useProbabilityStore);
  useEffect(() => useProbabilityStore.getState().warmUp(), []);
  const shown = useProbabilityStore((s) => s.shown);
  const result = useProbabilityStore((s) => s.result);
  const dist = useProbabilityStore((s) => s.view.dist);
  const params = useProbabilityStore((s) => s.view.params);
  const notice = useProbabilityStore((s) => s.urlNotice);
  const { setDist, setParam, dismissNotice } = useProbabilityStore.getState();
  const [chartBox, width] = useWidth<HTMLDivElement>();
  // On stage the density follows the width the stage lays it out at and is drawn taller than in the page, so
  // that its shape is near the screen's (a 760 × 300 chart fills a 16:9 screen's width but little of its height).
  const [stageRef, stagedWidth] = useStagedWidth<HTMLDivElement>();
  const info = DISTRIBUTIONS[shown.dist];
  const law = useMemo(() => makeDistribution(shown.dist, shown.params), [shown]);
  const range = useMemo(() => info.plotRange(shown.params), [info, shown.params]);
  const label = useMemo(() => lawLabel(shown.dist, shown.params), [shown]);
  // The histogram is drawn only when it answers the distribution on screen.
  const snapshot =
    result && result.request.dist === shown.dist && sameParams(result.request.params, shown.params)
      ? result.snapshot
      : null;
  // While a run streams, the readouts follow each snapshot at once; the two charts (histogram, ECDF of up
  // to 1,024 steps) follow in a deferred render, which React splits into short slices, so a snapshot never
  // makes one long main-thread task. Their elements are memoised so the urgent render skips them.
  const charted = useDeferredValue(snapshot);
  const charts = useMemo(
    () => (
      <>
        <div data-stage="main" ref={stageRef}>
          <DensityChart
            dist={law}
            law={label}
            range={range}
            snapshot={charted}
            width={stagedWidth ?? width}
            height={stagedWidth !== null ? STAGE_HEIGHT : undefined}
          />
        </div>
        <CdfChart dist={law} law={label} range={range} snapshot={charted} width={width} />
      </>
    ),
    [law, label, range, charted, width, stagedWidth, stageRef],
  );
  return (
    <>
      <h2 className="tab-title">Distributions and sampling</h2>
      <UrlNotice ignored={notice} onDismiss={dismissNotice} />
      <div className="two-col">
        <div className="controls">
          <DistributionPicker dist={dist} params={params} onDist={setDist} onParam={setParam} />
          <SamplePanel />
        </div>
        <div className="results" ref={chartBox}>
          <div className="formula" role="group" tabIndex={0} aria-label="density formula">
            <Tex tex={info.densityTex(shown.params)} display />
          </div>
          {charts}
          <Readouts />
        </div>
      </div>
      <ChangeOfVariables />
    </>
  );
}

function sameParams(a: Record<string, number>, b: Record<string, number>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}
