import { useMemo } from 'react';
import { DISTRIBUTIONS, makeDistribution } from '../../core';
import { useProbabilityStore } from '../../stores/probabilityStore';
import { useWidth } from '../../ui/ChartFrame';
import { Tex } from '../../ui/Tex';
import { CdfChart } from './CdfChart';
import { DistributionControls } from './Controls';
import { DensityChart } from './DensityChart';
import { Readouts } from './Readouts';
import { SamplePanel } from './SamplePanel';
import { UrlNotice } from './UrlNotice';
import { useProbabilityUrlSync } from './useUrlSync';

/** Distributions and sampling: pick a law, move its parameters, draw up to 10^9 samples against the density. */
export default function DistributionsTab() {
  useProbabilityUrlSync();
  const shown = useProbabilityStore((s) => s.shown);
  const result = useProbabilityStore((s) => s.result);
  const [chartBox, width] = useWidth<HTMLDivElement>();
  const info = DISTRIBUTIONS[shown.dist];
  const dist = useMemo(() => makeDistribution(shown.dist, shown.params), [shown]);
  const range = useMemo(() => info.plotRange(shown.params), [info, shown.params]);
  // The histogram is drawn only when it answers the distribution on screen.
  const snapshot =
    result && result.request.dist === shown.dist && sameParams(result.request.params, shown.params)
      ? result.snapshot
      : null;
  return (
    <>
      <h2 className="tab-title">Distributions and sampling</h2>
      <UrlNotice />
      <div className="two-col">
        <div className="controls">
          <DistributionControls />
          <SamplePanel />
        </div>
        <div className="results" ref={chartBox}>
          <div className="formula" aria-label="density formula">
            <Tex tex={info.densityTex(shown.params)} display />
          </div>
          <DensityChart dist={dist} range={range} snapshot={snapshot} width={width} />
          <CdfChart dist={dist} range={range} snapshot={snapshot} width={width} />
          <Readouts />
        </div>
      </div>
    </>
  );
}

function sameParams(a: Record<string, number>, b: Record<string, number>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}
