import {
  hmcTex,
  mhTex,
  TARGET_KINDS,
  TARGET_LABELS,
  type McmcAlgorithm,
  type TargetKind,
} from '../../../core';
import { useMcmcStore } from '../../../stores/probability/mcmc/store';
import { SliderField } from '../../../ui/SliderField';
import { Tex } from '../../../ui/Tex';
import { LogDensityField } from './LogDensityField';
import { mcmcProblems } from '../../../stores/probability/mcmc/view';

/** The target and the sampler with its tuning: proposal scale (MH) or step size and leapfrog steps (HMC). */
export function McmcControls() {
  const view = useMcmcStore((s) => s.view);
  const set = useMcmcStore((s) => s.set);
  const problems = mcmcProblems(view);
  return (
    <>
      <fieldset className="panel">
        <legend>Target</legend>
        <label className="field">
          <span>target density</span>
          <select
            aria-label="target"
            value={view.target}
            onChange={(e) => set('target', e.target.value as TargetKind)}
          >
            {TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {TARGET_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        {view.target === 'gaussian' && (
          <SliderField
            name="rho"
            value={view.rho}
            min={-0.99}
            max={0.99}
            step={0.01}
            problem={problems.rho ?? null}
            onChange={(v) => set('rho', v)}
          />
        )}
        {view.target === 'custom' && <LogDensityField value={view.logp} onChange={(t) => set('logp', t)} />}
      </fieldset>
      <fieldset className="panel">
        <legend>Sampler</legend>
        <div className="radio-row" role="radiogroup" aria-label="algorithm">
          {(
            [
              ['mh', 'Random-walk Metropolis–Hastings'],
              ['hmc', 'Hamiltonian Monte Carlo'],
            ] as [McmcAlgorithm, string][]
          ).map(([id, label]) => (
            <label key={id}>
              <input
                type="radio"
                name="mcmc-algorithm"
                value={id}
                checked={view.algorithm === id}
                onChange={() => set('algorithm', id)}
              />
              {label}
            </label>
          ))}
        </div>
        {view.algorithm === 'mh' ? (
          <SliderField
            name="proposal scale"
            value={view.scale}
            min={0.01}
            max={5}
            step={0.01}
            problem={problems.scale ?? null}
            onChange={(v) => set('scale', v)}
          />
        ) : (
          <>
            <SliderField
              name="step size"
              value={view.stepSize}
              min={0.01}
              max={1.5}
              step={0.01}
              problem={problems.stepSize ?? null}
              onChange={(v) => set('stepSize', v)}
            />
            <SliderField
              name="leapfrog steps"
              value={view.leapfrog}
              min={1}
              max={100}
              step={1}
              integer
              problem={problems.leapfrog ?? null}
              onChange={(v) => set('leapfrog', v)}
            />
          </>
        )}
        <div className="sampler-rule">
          <Tex tex={view.algorithm === 'mh' ? mhTex() : hmcTex()} display />
        </div>
        <p className="fine">
          {view.algorithm === 'mh'
            ? 'Each step proposes a jump of typical size “proposal scale” and accepts it with probability min(1, π(new)/π(old)).'
            : 'Each step flicks the point with a random momentum and follows the density’s gradient for “leapfrog steps” steps of size “step size”; the energy error decides acceptance.'}
        </p>
      </fieldset>
    </>
  );
}
