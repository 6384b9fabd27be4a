import { bernoulli } from './bernoulli';
import { beta } from './beta';
import { binomial } from './binomial';
import { cauchy } from './cauchy';
import { chiSquared } from './chiSquared';
import { exponential } from './exponential';
import { gamma } from './gamma';
import { geometric } from './geometric';
import { laplace } from './laplace';
import { lognormal } from './lognormal';
import { normal } from './normal';
import { poisson } from './poisson';
import { studentT } from './studentT';
import { uniform } from './uniform';
import type { Distribution, DistributionDef, DistributionInfo, DistributionName, ParamIssue } from './types';

const DEFS: DistributionDef[] = [
  normal,
  uniform,
  exponential,
  gamma,
  beta,
  studentT,
  chiSquared,
  laplace,
  lognormal,
  cauchy,
  bernoulli,
  binomial,
  poisson,
  geometric,
];

const BY_NAME = new Map<string, DistributionDef>(DEFS.map((d) => [d.name, d]));

/** Every family, in the order of the page's picker. */
export const DISTRIBUTION_NAMES: DistributionName[] = DEFS.map((d) => d.name);

/**
 * Problems with `params` for the family `name`, one per parameter, phrased for an inline message
 * beside its field ("sd must be greater than 0"); empty when valid. Every declared parameter must be
 * a finite number; extra keys are ignored.
 */
export function validateParams(name: DistributionName, params: Record<string, number>): ParamIssue[] {
  const def = BY_NAME.get(name);
  if (!def) return [{ param: 'name', message: `unknown distribution "${String(name)}"` }];
  const issues: ParamIssue[] = [];
  for (const spec of def.params) {
    const v: unknown = params?.[spec.name];
    if (v === undefined) issues.push({ param: spec.name, message: `${spec.name} is required` });
    else if (typeof v !== 'number' || !Number.isFinite(v))
      issues.push({ param: spec.name, message: `${spec.name} must be a finite number` });
  }
  return issues.length > 0 ? issues : def.check(params);
}

/** The declared parameters only, so that constructors never see stray keys. */
function pick(def: DistributionDef, params: Record<string, number>): Record<string, number> {
  return Object.fromEntries(def.params.map((s) => [s.name, params[s.name]]));
}

/** Builds a distribution. Throws RangeError with the first validation message for invalid parameters. */
export function makeDistribution(name: DistributionName, params: Record<string, number>): Distribution {
  const issues = validateParams(name, params);
  if (issues.length > 0) throw new RangeError(issues[0].message);
  const def = BY_NAME.get(name) as DistributionDef;
  return def.create(pick(def, params));
}

/** The page-facing view of a family; the plotting window falls back to the defaults when invalid. */
function info(def: DistributionDef): DistributionInfo {
  const defaults = Object.fromEntries(def.params.map((s) => [s.name, s.default]));
  return {
    name: def.name,
    label: def.label,
    discrete: def.discrete,
    params: def.params,
    densityTex: (params) => def.densityTex(pick(def, params)),
    plotRange: (params) =>
      def.plotRange(validateParams(def.name, params).length === 0 ? pick(def, params) : defaults),
  };
}

/** Presentation data for every family, keyed by name. */
export const DISTRIBUTIONS = Object.fromEntries(DEFS.map((d) => [d.name, info(d)])) as Record<
  DistributionName,
  DistributionInfo
>;
