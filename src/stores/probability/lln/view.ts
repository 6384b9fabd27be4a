/** The Law of large numbers tab: `v=1&tab=lln&lln.dist=exponential&lln.rate=1&lln.draws=100000&lln.runs=5&lln.seed=1`. */
import { LLN_MAX_DRAWS, LLN_MAX_RUNS } from '../../../core';
import { defineView, integer, seed, type ViewOf } from '../../view';
import { distributionFields } from '../shared';

const fields = {
  ...distributionFields('exponential'),
  draws: integer({
    default: 100_000,
    label: 'draws',
    min: 10,
    max: LLN_MAX_DRAWS,
    message: 'draws must be a whole number from 10 to 10^6',
  }),
  runs: integer({ default: 5, label: 'runs', min: 1, max: LLN_MAX_RUNS }),
  seed: seed({ default: 1 }),
};

export const llnView = defineView({ path: '/probability', tab: 'lln', prefix: 'lln.', fields });
export type LlnView = ViewOf<typeof fields>;
