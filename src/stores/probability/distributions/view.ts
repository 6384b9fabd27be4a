/**
 * The Distributions tab, format version 1: `v=1&dist=gamma&shape=2.5&rate=1.5&samples=1000000&seed=42`
 * (the page's first tab: no `tab=` and no prefix; parameters keep their fixture names).
 */
import { defineView, integer, seed, type ViewOf } from '../../view';
import { distributionFields } from '../shared';

export const SAMPLES_MIN = 10;
export const SAMPLES_MAX = 1e9;

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
};

export const distributionsView = defineView({
  path: '/probability',
  tab: 'distributions',
  defaultTab: true,
  fields,
});
export type ProbabilityView = ViewOf<typeof fields>;
