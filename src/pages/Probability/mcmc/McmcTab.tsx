import { useMemo, useState } from 'react';
import { makeTarget, type Target2D, type TargetSpec } from '../../../core';
import { targetSpecOf, useMcmcStore } from '../../../stores/probability/mcmc/store';
import { useWidth } from '../../../ui/ChartFrame';
import { Tex } from '../../../ui/Tex';
import { TabUrlNotice } from '../information/TabUrlNotice';
import { ChainCharts } from './ChainCharts';
import { McmcControls } from './McmcControls';
import { McmcReadouts } from './McmcReadouts';
import { targetName } from './mcmcText';
import { RunPanel } from './RunPanel';
import { SamplerView } from './SamplerView';
import { useAutoRun } from './useAutoRun';
import './mcmc.css';
import { useViewUrl } from '../../../app/useUrlState';
import { mcmcView } from '../../../stores/probability/mcmc/view';

/** MCMC: watch random-walk Metropolis–Hastings or HMC explore a 2D density, with the diagnostics that judge it. */
export default function McmcTab() {
  useViewUrl(mcmcView, useMcmcStore);
  useAutoRun();
  const view = useMcmcStore((s) => s.view);
  const ignored = useMcmcStore((s) => s.urlNotice);
  const dismiss = useMcmcStore((s) => s.dismissNotice);
  const [box, width] = useWidth<HTMLDivElement>(760);
  // The picture keeps the last target that could be built while a field holds an invalid value.
  const key = JSON.stringify(targetSpecOf(view));
  const built = useMemo(() => {
    try {
      return shownTarget(JSON.parse(key) as TargetSpec);
    } catch {
      return null;
    }
  }, [key]);
  const [last, setLast] = useState(() => built ?? shownTarget({ kind: 'gaussian', rho: 0.8 }));
  if (built && built !== last) setLast(built);
  const { target: shown, name } = built ?? last;
  return (
    <>
      <h2 className="tab-title">Markov chain Monte Carlo</h2>
      <TabUrlNotice ignored={ignored} onDismiss={dismiss} />
      <div className="two-col mcmc">
        <div className="controls">
          <McmcControls />
          <RunPanel />
        </div>
        <div className="results" ref={box}>
          <div className="formula" role="group" tabIndex={0} aria-label="target density formula">
            <Tex tex={shown.tex} display />
          </div>
          <div className="mcmc-top">
            <SamplerView
              target={shown}
              name={name}
              width={width >= 760 ? Math.min(width - 270, 620) : width}
            />
            <McmcReadouts />
          </div>
          <ChainCharts range={shown.bounds} width={width} />
        </div>
      </div>
    </>
  );
}

/** The target to draw and its name for the text alternative, built from one spec so they always agree. */
function shownTarget(spec: TargetSpec): { target: Target2D; name: string } {
  return { target: makeTarget(spec), name: targetName(spec) };
}
