import type { ParamIssue } from './types';

// Small rule builders, so that each family states its constraints in one readable line.
type Params = Record<string, number>;
export type Rule = (p: Params) => ParamIssue | null;

/**
 * The range a positive parameter (a scale, rate or shape) may take: from 1e-150 to 1e150 its square and the
 * reciprocal of its square stay finite and non-zero in double precision (σ², 1/λ², the density's peak
 * 1/(σ√2π)); σ = 1e-320 had a density of 0 everywhere and a plotting window d3 could not tick.
 */
export const POSITIVE_RANGE: readonly [number, number] = [1e-150, 1e150];

/** `name` > 0, within POSITIVE_RANGE. */
export const positive =
  (name: string): Rule =>
  (p) =>
    !(p[name] > 0)
      ? { param: name, message: `${name} must be greater than 0` }
      : p[name] < POSITIVE_RANGE[0] || p[name] > POSITIVE_RANGE[1]
        ? {
            param: name,
            message: `${name} must be between 1e-150 and 1e150 (its square would underflow or overflow)`,
          }
        : null;

/** `name` ≥ 0. */
export const nonNegative =
  (name: string): Rule =>
  (p) =>
    p[name] >= 0 ? null : { param: name, message: `${name} must be at least 0` };

/** 0 ≤ `name` ≤ 1. */
export const probability =
  (name: string): Rule =>
  (p) =>
    p[name] >= 0 && p[name] <= 1 ? null : { param: name, message: `${name} must be between 0 and 1` };

/** 0 < `name` ≤ 1. */
export const positiveProbability =
  (name: string): Rule =>
  (p) =>
    p[name] > 0 && p[name] <= 1
      ? null
      : { param: name, message: `${name} must be greater than 0 and at most 1` };

/** `name` is a whole number ≥ 0 (and exactly representable, so counts stay exact). */
export const count =
  (name: string): Rule =>
  (p) =>
    Number.isSafeInteger(p[name]) && p[name] >= 0
      ? null
      : { param: name, message: `${name} must be a whole number, at least 0` };

/** `lower` < `upper`; reported on `upper`. */
export const ordered =
  (lower: string, upper: string): Rule =>
  (p) =>
    p[lower] < p[upper] ? null : { param: upper, message: `${upper} must be greater than ${lower}` };

/** Runs the rules, skipping any whose parameter already has an issue. */
export function runRules(params: Params, rules: Rule[]): ParamIssue[] {
  const issues: ParamIssue[] = [];
  for (const rule of rules) {
    const issue = rule(params);
    if (issue && !issues.some((i) => i.param === issue.param)) issues.push(issue);
  }
  return issues;
}
