import { onShiftArrow } from '../../ui/sliderKeys';
import { useEffect, useRef } from 'react';
import { raceEnd, raceProblems, startIssue, useCalculusStore } from '../../stores/calculus/store';
import { SPEEDS, stepsProblem } from '../../stores/calculus/view';
import { ErrorNote } from '../../ui/ErrorNote';
import { NumberField } from '../../ui/NumberField';
import { clock, onClock } from './clock';

/** Start point, number of steps, Run, and the animation controls (play, pause, step, reset, scrub, speed). */
export function PlayControls() {
  const start = useCalculusStore((s) => s.view.start);
  const steps = useCalculusStore((s) => s.view.steps);
  const speed = useCalculusStore((s) => s.view.speed);
  const playing = useCalculusStore((s) => s.playing);
  const running = useCalculusStore((s) => s.running);
  const hasRace = useCalculusStore((s) => s.race !== null);
  const raceSteps = useCalculusStore((s) => s.race?.request.steps ?? s.view.steps);
  const end = useCalculusStore((s) => raceEnd(s.race));
  const error = useCalculusStore((s) => s.raceError);
  const blocked = useCalculusStore((s) => raceProblems(s.view).length > 0);
  const badStart = useCalculusStore((s) => startIssue(s.view));
  const { set, run, play, pause, setStep, reset } = useCalculusStore.getState();
  const slider = useRef<HTMLInputElement>(null);
  const readout = useRef<HTMLOutputElement>(null);

  // The slider and its readout follow the clock by direct DOM writes: no React render per frame.
  useEffect(
    () =>
      onClock((s) => {
        const k = Math.round(s);
        if (slider.current && slider.current.value !== String(k)) slider.current.value = String(k);
        if (readout.current) readout.current.textContent = `${k} / ${raceSteps}`;
      }),
    [raceSteps],
  );
  useEffect(() => {
    if (readout.current) readout.current.textContent = `${Math.round(clock.step)} / ${raceSteps}`;
  }, [raceSteps, hasRace]);

  return (
    <fieldset className="panel calc-race">
      <legend>Race</legend>
      <p className="fine">Click the contour plot to set the start, or type it.</p>
      <div className="calc-fields">
        <label className="calc-inline">
          <span>start x</span>
          <NumberField
            label="start x"
            value={start[0]}
            step={0.1}
            onCommit={(v) => set('start', [v, start[1]])}
          />
        </label>
        <label className="calc-inline">
          <span>start y</span>
          <NumberField
            label="start y"
            value={start[1]}
            step={0.1}
            onCommit={(v) => set('start', [start[0], v])}
          />
        </label>
        <label className="calc-inline">
          <span>steps</span>
          <NumberField
            label="steps"
            value={steps}
            integer
            step={50}
            problem={stepsProblem(steps)}
            onCommit={(n) => set('steps', n)}
          />
        </label>
      </div>
      <ErrorNote>{badStart}</ErrorNote>
      <div className="buttons calc-buttons">
        <button
          type="button"
          className="primary"
          disabled={running || blocked}
          onClick={() => run({ play: true })}
        >
          Run
        </button>
        <button type="button" disabled={!hasRace || playing} onClick={play}>
          Play
        </button>
        <button type="button" disabled={!playing} onClick={() => pause(clock.step)}>
          Pause
        </button>
        <button
          type="button"
          disabled={!hasRace || Math.round(clock.step) >= end}
          onClick={() => setStep(Math.floor(clock.step) + 1)}
        >
          Step
        </button>
        <button type="button" disabled={!hasRace} onClick={reset}>
          Reset
        </button>
      </div>
      {running && (
        <p className="fine" role="status">
          Computing the paths…
        </p>
      )}
      <ErrorNote>{error}</ErrorNote>
      <div className="calc-scrub">
        <label htmlFor="calc-step-slider">step</label>
        <input
          id="calc-step-slider"
          ref={slider}
          type="range"
          aria-label="step"
          min={0}
          max={raceSteps}
          step={1}
          disabled={!hasRace}
          defaultValue={0}
          onChange={(e) => setStep(Number(e.target.value))}
          onKeyDown={onShiftArrow(setStep)}
        />
        <output ref={readout} aria-label="step position" />
      </div>
      <label className="calc-inline">
        <span>speed</span>
        <select aria-label="speed" value={speed} onChange={(e) => set('speed', Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              ×{s}
            </option>
          ))}
        </select>
      </label>
      <p className="fine">
        Keys (outside text fields): space play/pause, → and ← one step, Home to the start.
      </p>
    </fieldset>
  );
}
