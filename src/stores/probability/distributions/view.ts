/**
 * The Distributions tab, format version 1: `v=1&dist=gamma&shape=2.5&rate=1.5&samples=1000000&seed=42`
 * (the page's first tab: no `tab=` and no prefix; parameters keep their fixture names). The change-of-variables
 * section adds `g` (Y = g(X), as typed), `gn` (its sample size) and `gy` (the y its density is read at), each
 * left out at its default (or when a caller's view predates them) so that links from before it decode and encode
 * the same.
 */
import { transformProblem, TRANSFORM_SAMPLES_MAX } from '../../../core';
import { defineView, integer, later, number, seed, text, type ViewOf } from '../../view';
import { distributionFields } from '../shared';

export const SAMPLES_MIN = 10;
export const SAMPLES_MAX = 1e9;
export const G_DEFAULT = 'exp(x)';
export const GN_DEFAULT = 100_000;
export const GN_MIN = 100;
export const GY_DEFAULT = 1;

const fields = {
  ...distributionFields('normal', true),
  samples: integer({
    default: 100_000,
    label: 'sample size',
    min: SAMPLES_MIN,
    max: SAMPLES_MAX,
    check: (n) =>
      !Number.isInteger(n)
        ? 'sample size must be a whole number'
        : n < SAMPLES_MIN || n > SAMPLES_MAX
          ? `sample size must be between ${SAMPLES_MIN} and 10^9`
          : null,
  }),
  seed: seed({ default: 42 }),
  /** Change of variables: g in Y = g(X), a function of x typed by the student. */
  g: later(
    text({
      default: G_DEFAULT,
      label: 'g(x)',
      parse: transformProblem,
      omit: (v) => v === G_DEFAULT || v == null,
    }),
  ),
  gn: later(
    integer({
      default: GN_DEFAULT,
      label: 'samples of Y',
      min: GN_MIN,
      max: TRANSFORM_SAMPLES_MAX,
      message: `samples of Y must be a whole number from ${GN_MIN} to 10^7`,
      omit: (v) => v === GN_DEFAULT || v == null,
    }),
  ),
  gy: later(
    number({
      default: GY_DEFAULT,
      label: 'y',
      check: (v) =>
        Number.isFinite(v) && Math.abs(v) <= 1e12 ? null : 'y must be a number between −10^12 and 10^12',
      omit: (v) => v === GY_DEFAULT || v == null,
    }),
  ),
};

export const distributionsView = defineView({
  path: '/probability',
  tab: 'distributions',
  defaultTab: true,
  fields,
});
export type ProbabilityView = ViewOf<typeof fields>;
