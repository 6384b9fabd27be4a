import { DISTRIBUTIONS, DISTRIBUTION_NAMES, validateParams, type DistributionName } from '../../../core';
import { SliderField } from '../../../ui/SliderField';

/**
 * The distribution picker and one slider + number field per parameter, with inline messages. Shared by the
 * Distributions, Law of large numbers and Central limit theorem tabs; the store is passed in as values and
 * callbacks.
 */
export function DistributionPicker({
  dist,
  params,
  onDist,
  onParam,
}: {
  dist: DistributionName;
  params: Record<string, number>;
  onDist: (d: DistributionName) => void;
  onParam: (name: string, v: number) => void;
}) {
  const problems = validateParams(dist, params);
  return (
    <fieldset className="panel">
      <legend>Distribution</legend>
      <label className="field">
        <span>Distribution</span>
        <select
          aria-label="Distribution"
          value={dist}
          onChange={(e) => onDist(e.target.value as DistributionName)}
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
          onChange={(v) => onParam(spec.name, v)}
        />
      ))}
    </fieldset>
  );
}
