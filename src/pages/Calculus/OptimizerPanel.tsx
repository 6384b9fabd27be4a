import { OPTIMIZER_NAMES, optimizerLabels, type OptimizerName } from '../../core';
import { useCalculusStore } from '../../stores/calculus/store';
import {
  activeParams,
  PARAM_LABELS,
  paramProblem,
  SCHEDULES,
  type ParamName,
} from '../../stores/calculus/view';
import { NumberField } from '../../ui/NumberField';
import { OptimizerKey } from './OptimizerKey';
import { optimizerVar } from './palette';

const STEP: Record<ParamName, number> = {
  lr: 0.01,
  momentum: 0.05,
  beta1: 0.01,
  beta2: 0.001,
  alpha: 0.01,
  eps: 1e-8,
  decay: 0.05,
  stepEvery: 5,
};

/** What each method does, in one line, beside its name. */
const ABOUT: Record<OptimizerName, string> = {
  gd: 'p ← p − η∇f',
  momentum: 'heavy ball: velocity b ← μb + ∇f',
  nesterov: 'momentum with a look-ahead gradient',
  adagrad: 'divides by √(sum of g²): steps shrink',
  rmsprop: 'divides by √(running mean of g²)',
  adam: 'momentum + RMSProp, bias-corrected',
  newton: 'p ← p − η H⁻¹∇f',
};

function OptimizerGroup({ name }: { name: OptimizerName }) {
  const s = useCalculusStore((st) => st.view.optimizers[name]);
  const { setOptimizerOn, setParam, setSchedule } = useCalculusStore.getState();
  const label = optimizerLabels[name];
  return (
    <div
      className={`calc-opt${s.on ? ' calc-opt-on' : ''}`}
      style={{ ['--opt' as string]: optimizerVar(name) }}
    >
      <label className="calc-opt-check">
        <input
          type="checkbox"
          aria-label={label}
          checked={s.on}
          onChange={(e) => setOptimizerOn(name, e.target.checked)}
        />
        <OptimizerKey name={name} />
        <span className="calc-opt-name">{label}</span>
        <span className="calc-opt-about">{ABOUT[name]}</span>
      </label>
      <div role="group" aria-label={label} className="calc-opt-params">
        {activeParams(name, s).map((p) => (
          <label key={p} className="calc-param">
            <span>{PARAM_LABELS[p]}</span>
            <NumberField
              label={PARAM_LABELS[p]}
              value={s[p]}
              step={STEP[p]}
              integer={p === 'stepEvery'}
              problem={paramProblem(p, s[p])}
              onCommit={(v) => setParam(name, p, v)}
            />
          </label>
        ))}
        <label className="calc-param">
          <span>schedule</span>
          <select
            aria-label="schedule"
            value={s.schedule}
            onChange={(e) => setSchedule(name, e.target.value as (typeof SCHEDULES)[number])}
          >
            {SCHEDULES.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

/** One checkbox per optimizer and a group of its hyperparameters, in its race colour. */
export function OptimizerPanel() {
  return (
    <fieldset className="panel calc-optimizers">
      <legend>Optimizers</legend>
      {OPTIMIZER_NAMES.map((n) => (
        <OptimizerGroup key={n} name={n} />
      ))}
    </fieldset>
  );
}
