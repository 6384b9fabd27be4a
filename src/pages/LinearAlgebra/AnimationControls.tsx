import { onShiftArrow } from '../../ui/sliderKeys';
import { useEffect, useRef } from 'react';
import { useLinalgStore } from '../../stores/linalg/store';
import type { LinalgMode } from '../../stores/linalg/view';
import { clock, usePlayLoop } from './animation';
import { factorsOf, SVD_STEPS } from './motion';
import { orientedSvd } from '../../core';

const STEPS: Partial<Record<LinalgMode, { label: string; to: number }[]>> = {
  compose: [
    { label: 'Step 1: apply B', to: 0.5 },
    { label: 'Step 2: then A', to: 1 },
  ],
  svd: [
    { label: 'Vᵀ: rotate', to: SVD_STEPS[0] },
    { label: 'Σ: stretch', to: SVD_STEPS[1] },
    { label: 'U: rotate', to: SVD_STEPS[2] },
  ],
};

const WHAT: Record<LinalgMode, string> = {
  transform: 'Animate grows the map out of the identity: M(t) = (1 − t)I + tA, from t = 0 (I) to t = 1 (A).',
  compose:
    'B then A: B acts from t = 0 to ½, then A acts on the result. The composite x ↦ A(Bx) has the matrix AB: the map applied first stands on the right.',
  svd: 'A = UΣVᵀ: Vᵀ rotates (t up to ⅓), Σ stretches along the axes (to ⅔), U rotates again (to 1; it reflects as well when det A < 0). The unit circle ends as an ellipse with semi-axes σᵢ.',
  basis: 'Animate morphs the standard grid into the grid of the new basis: M(t) = (1 − t)I + tP.',
  pca: 'Animate slides every point onto its projection on the first k principal components.',
  norms: '',
  vectors: '',
  cholesky: '',
  projection: '',
  gramschmidt: '',
  jacobian: '',
  maps: '',
  lowrank: '',
};

/** Play / pause, the time slider, per-view steps, and the rotation-angle option. */
export function AnimationControls() {
  const mode = useLinalgStore((s) => s.view.mode);
  const t = useLinalgStore((s) => s.view.t);
  const interp = useLinalgStore((s) => s.view.interp);
  const playing = useLinalgStore((s) => s.playing);
  const noPolar = useLinalgStore((s) => factorsOf(s.view.a).polar === null);
  const { play, stopPlay, setT, set } = useLinalgStore.getState();
  const slider = useRef<HTMLInputElement>(null);
  const readout = useRef<HTMLOutputElement>(null);
  usePlayLoop(slider, readout);
  useEffect(() => {
    if (readout.current) readout.current.textContent = t.toFixed(2);
  }, [t]);
  // U must reflect when det A < 0 (orientedSvd): the step says so instead of "rotate".
  const uReflects = useLinalgStore((s) => s.view.mode === 'svd' && orientedSvd(s.view.a).uReflects);
  const steps = STEPS[mode]?.map((step) =>
    uReflects && step.label === 'U: rotate' ? { ...step, label: 'U: reflect' } : step,
  );
  return (
    <fieldset className="panel la-animation">
      <legend>Animation</legend>
      <p className="fine">{WHAT[mode]}</p>
      <div className="buttons">
        <button type="button" className="primary" onClick={() => play(0, 1)}>
          Animate
        </button>
        <button type="button" disabled={!playing} onClick={() => stopPlay(clock.t)}>
          Pause
        </button>
      </div>
      <div className="la-time">
        <span aria-hidden="true">t</span>
        <input
          ref={slider}
          type="range"
          aria-label="time"
          min={0}
          max={1}
          step={0.01}
          value={t}
          onChange={(e) => (playing ? stopPlay(Number(e.target.value)) : setT(Number(e.target.value)))}
          onKeyDown={onShiftArrow((v) => (playing ? stopPlay(v) : setT(v)))}
        />
        <output ref={readout} aria-label="time value" />
      </div>
      {steps && (
        <div className="presets" role="group" aria-label="Steps">
          {steps.map((s, k) => (
            <button
              key={s.label}
              type="button"
              className="chip"
              onClick={() => play(k === 0 ? 0 : steps[k - 1].to, s.to)}
            >
              {s.label}
            </button>
          ))}
        </div>
      )}
      {mode === 'transform' && (
        <label className="la-check">
          <input
            type="checkbox"
            checked={interp === 'angle'}
            onChange={(e) => set('interp', e.target.checked ? 'angle' : 'linear')}
          />
          Interpolate the rotation angle (A = RS: rotate by tθ while stretching)
        </label>
      )}
      {mode === 'transform' && interp === 'angle' && noPolar && (
        <p className="fine">
          det A &lt; 0: A contains a reflection, which no rotation reaches, so this runs entrywise.
        </p>
      )}
    </fieldset>
  );
}
