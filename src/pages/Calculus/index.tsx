import { useEffect } from 'react';
import { raceProblems, useCalculusStore } from '../../stores/calculus/store';
import { ErrorNote } from '../../ui/ErrorNote';
import { useProgressStore } from '../../stores/progressStore';
import { LearnBar } from '../../ui/learn/LearnBar';
import { UrlNotice } from '../../ui/UrlNotice';
import { BackpropView } from './BackpropView';
import { usePlayLoop } from './clock';
import { ContourView } from './ContourView';
import { CurvaturePanel } from './CurvaturePanel';
import { FunctionInput, FunctionTex } from './FunctionInput';
import { CalculusTheory } from './learn/CalculusTheory';
import { CALCULUS_EXERCISES } from './learn/exercises';
import { SampleLink } from './learn/SampleLink';
import { useCalculusCode } from './learn/useCalculusCode';
import { LossChart } from './LossChart';
import { OptimizerPanel } from './OptimizerPanel';
import { PlayControls } from './PlayControls';
import { RaceResults } from './RaceResults';
import { useShortcuts } from './shortcuts';
import { SurfaceView } from './SurfaceView';
import { useViewUrl } from '../../app/useUrlState';
import { calculusView } from '../../stores/calculus/view';
import './calculus.css';

/** Re-evaluates the grid shortly after the function or the domain settles (typing does not flood the worker). */
function useGrid(): void {
  const fn = useCalculusStore((s) => s.shownFn);
  const domain = useCalculusStore((s) => s.view.domain);
  useEffect(() => {
    const t = setTimeout(() => useCalculusStore.getState().requestGrid(), 80);
    return () => clearTimeout(t);
  }, [fn, domain]);
}

/** A link that holds an animation step shows that race: compute it (without playing) on arrival. */
function useRestoreRace(): void {
  const wanted = useCalculusStore(
    (s) => s.view.step !== null && !s.race && !s.running && !s.raceError && raceProblems(s.view).length === 0,
  );
  useEffect(() => {
    if (wanted) useCalculusStore.getState().run({ play: false });
  }, [wanted]);
}

/** Calculus: type f(x, y), see its surface and contours, race optimizers across it, read curvature and backprop. */
export default function CalculusPage() {
  const progress = useProgressStore();
  const notice = useCalculusStore((s) => s.urlNotice);
  useViewUrl(calculusView, useCalculusStore);
  useGrid();
  useRestoreRace();
  usePlayLoop();
  useShortcuts();
  const gridError = useCalculusStore((s) => s.gridError);
  return (
    <section className="page calculus">
      <h1>Calculus explorer: gradients, curvature and an optimizer race</h1>
      <LearnBar
        page="calculus"
        theory={<CalculusTheory />}
        exercises={CALCULUS_EXERCISES}
        useCode={useCalculusCode}
        progress={progress}
      />
      <UrlNotice ignored={notice} onDismiss={useCalculusStore.getState().dismissNotice} />
      <div className="two-col calc-layout">
        <div className="controls">
          <FunctionInput />
          <SampleLink />
          <PlayControls />
          <OptimizerPanel />
        </div>
        <div className="results">
          <FunctionTex />
          <ErrorNote>{gridError}</ErrorNote>
          <div className="calc-views">
            <SurfaceView />
            <ContourView />
          </div>
          <RaceResults />
          <LossChart />
          <CurvaturePanel />
          <BackpropView />
        </div>
      </div>
    </section>
  );
}
