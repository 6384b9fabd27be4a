import { useMemo, useState } from 'react';
import { makeTarget, type Target2D, type TargetSpec } from '../../../core';
import { targetSpecOf, useMcmcStore } from '../../../stores/probability/mcmc/store';
import { useWidth } from '../../../ui/ChartFrame';
import { useStagedWidth } from '../../../ui/useStagedWidth';
import { UrlNotice } from '../../../ui/UrlNotice';
import { useAutoRun } from '../../../ui/useAutoRun';
import { Tex } from '../../../ui/Tex';
import { ChainCharts } from './ChainCharts';
import { McmcControls } from './McmcControls';
import { McmcReadouts } from './McmcReadouts';
import { targetName } from './mcmcText';
import { RunPanel } from './RunPanel';
import { SamplerView } from './SamplerView';
import './mcmc.css';
import { useViewUrl } from '../../../app/useUrlState';
import { useScenePlayer } from '../../../stores/presenting';
import { mcmcProblems, mcmcView } from '../../../stores/probability/mcmc/view';

/** How long settings must rest before the chain is rerun: a slider drag runs once, at the end. */
const SETTLE_MS = 350;

/** Starts the chain unless one is shown or running (a change of the replay speed keeps it) or a field is invalid. */
function runIfIdle(): void {
  const s = useMcmcStore.getState();
  if (!s.run && !s.running && Object.keys(mcmcProblems(s.view)).length === 0) s.start();
}

/** MCMC: watch random-walk Metropolis–Hastings or HMC explore a 2D density, with the diagnostics that judge it. */
export default function McmcTab() {
  useViewUrl(mcmcView, useMcmcStore);
  useScenePlayer({
    play: () => useMcmcStore.getState().start(),
    pause: () => useMcmcStore.getState().cancel(),
    playing: () => useMcmcStore.getState().running,
  });
  const view = useMcmcStore((s) => s.view);
  // The chain runs when the tab opens and again when the settings have settled, so the picture answers them.
  useAutoRun(view, runIfIdle, { settleMs: SETTLE_MS, immediate: true });
  const ignored = useMcmcStore((s) => s.urlNotice);
  const dismiss = useMcmcStore((s) => s.dismissNotice);
  const [box, width] = useWidth<HTMLDivElement>(760);
  // On stage the sampler follows the width the stage lays it out at, less the narrow column beside it that
  // holds the play buttons, the acceptance rate and the legend (mcmc.css).
  const [stageRef, stagedWidth] = useStagedWidth<HTMLDivElement>();
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
      <UrlNotice ignored={ignored} onDismiss={dismiss} />
      <div className="two-col mcmc">
        <div className="controls">
          <McmcControls />
          <RunPanel />
        </div>
        <div className="results" ref={box}>
          <div className="formula" role="group" tabIndex={0} aria-label="target density formula">
            <Tex tex={shown.tex} display />
          </div>
          <div className="mcmc-top" data-stage="main" ref={stageRef}>
            <SamplerView
              target={shown}
              name={name}
              width={
                stagedWidth !== null
                  ? stagedWidth - stageSideWidth()
                  : Math.min(620, width >= 760 ? width - 270 : width)
              }
            />
            <McmcReadouts />
          </div>
          <ChainCharts range={shown.bounds} width={width} />
        </div>
      </div>
    </>
  );
}

/**
 * The width of the column beside the sampler on stage (mcmc.css: 7.5rem and a gap of 0.5rem), in px at the
 * page's root font size (larger in projector mode).
 */
function stageSideWidth(): number {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.round(8 * rem);
}

/** The target to draw and its name for the text alternative, built from one spec so they always agree. */
function shownTarget(spec: TargetSpec): { target: Target2D; name: string } {
  return { target: makeTarget(spec), name: targetName(spec) };
}
