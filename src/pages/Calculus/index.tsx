import { useEffect } from 'react';
import { raceProblems, useCalculusStore } from '../../stores/calculus/store';
import { ErrorNote } from '../../ui/ErrorNote';
import { useProgressStore } from '../../stores/progressStore';
import { LearnBar } from '../../ui/learn/LearnBar';
import { UrlNotice } from '../../ui/UrlNotice';
import { BackpropView } from './BackpropView';
import { clock, usePlayLoop } from './clock';
import { ContourView } from './ContourView';
import { CurvaturePanel } from './CurvaturePanel';
import { FunctionInput, FunctionTex } from './FunctionInput';
import { CalculusTheory } from './learn/CalculusTheory';
import { CALCULUS_EXERCISES } from './learn/exercises';
import { SampleLink } from './learn/SampleLink';
import { useCalculusCode } from './learn/useCalculusCode';
import { LossChart } from './LossChart';
import { OneDToggle, OneDView } from './OneDView';
import { ConstraintControls, ConstraintResults } from './ConstraintView';
import { OptimizerPanel } from './OptimizerPanel';
import { PlayControls } from './PlayControls';
import { RaceResults } from './RaceResults';
import { useShortcuts } from './shortcuts';
import { SurfaceView } from './SurfaceView';
import { useViewUrl } from '../../app/useUrlState';
import { useScenePlayer } from '../../stores/presenting';
import { calculusView } from '../../stores/calculus/view';
import { playRace } from './scenePlay';
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

/** Solves the constraint in the worker shortly after f, g, c, the kind or the domain settle. */
function useConstraint(): void {
  const fn = useCalculusStore((s) => s.shownFn);
  const g = useCalculusStore((s) => s.view.g);
  const c = useCalculusStore((s) => s.view.c);
  const kind = useCalculusStore((s) => s.view.constraint);
  const domain = useCalculusStore((s) => s.view.domain);
  useEffect(() => {
    const t = setTimeout(() => useCalculusStore.getState().requestConstraint(), 120);
    return () => clearTimeout(t);
  }, [fn, g, c, kind, domain]);
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
  useConstraint();
  useRestoreRace();
  usePlayLoop();
  useShortcuts();
  useScenePlayer({
    play: playRace,
    pause: () => useCalculusStore.getState().pause(clock.step),
    playing: () => useCalculusStore.getState().playing,
  });
  const gridError = useCalculusStore((s) => s.gridError);
  const oneD = useCalculusStore((s) => s.view.oneD);
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
          <ConstraintControls />
          <SampleLink />
          <OneDToggle />
          <PlayControls />
          <OptimizerPanel />
        </div>
        <div className="results">
          {oneD && <OneDView />}
          <FunctionTex />
          <ErrorNote>{gridError}</ErrorNote>
          <div className="calc-views" data-stage="main">
            <SurfaceView />
            <ContourView />
          </div>
          <ConstraintResults />
          <RaceResults />
          <LossChart />
          <CurvaturePanel />
          <BackpropView />
        </div>
      </div>
    </section>
  );
}
