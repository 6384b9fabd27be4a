import { DISTRIBUTIONS, DISTRIBUTION_NAMES, validateParams, type DistributionName } from '../../core';
import { useProbabilityStore } from '../../stores/probabilityStore';
import { SliderField } from '../../ui/SliderField';

/** The distribution picker and one slider + number field per parameter, with inline messages. */
export function DistributionControls() {
  const dist = useProbabilityStore((s) => s.view.dist);
  const params = useProbabilityStore((s) => s.view.params);
  const setDist = useProbabilityStore((s) => s.setDist);
  const setParam = useProbabilityStore((s) => s.setParam);
  const problems = validateParams(dist, params);
  return (
    <fieldset className="panel">
      <legend>Distribution</legend>
      <label className="field">
        <span>Distribution</span>
        <select
          aria-label="Distribution"
          value={dist}
          onChange={(e) => setDist(e.target.value as DistributionName)}
        >
          {DISTRIBUTION_NAMES.map((n) => (
            <option key={n} value={n}>
              {DISTRIBUTIONS[n].label}
            </option>
          ))}
        </select>
      </label>
      {DISTRIBUTIONS[dist].params.map((spec) => (
        <SliderField
          key={`${dist}-${spec.name}`}
          name={spec.name}
          value={params[spec.name]}
          min={spec.min}
          max={spec.max}
          step={spec.step}
          integer={spec.integer}
          problem={problems.find((p) => p.param === spec.name)?.message ?? null}
          onChange={(v) => setParam(spec.name, v)}
        />
      ))}
    </fieldset>
  );
}
