/**
 * The Variational inference tab: `v=1&tab=vi&vi.target=mixture&vi.rho=0.8&vi.div=reverse&vi.family=full`
 * `&vi.iter=20000&vi.mcmc=20000&vi.seed=1`.
 */
import { choice, defineView, integer, number, seed, type Problems, type ViewOf } from '../../view';

export const VI_TARGETS = ['gaussian', 'banana', 'donut', 'mixture'] as const;
export type ViTarget = (typeof VI_TARGETS)[number];
export const VI_DIVERGENCES = ['reverse', 'forward'] as const;
export const VI_FAMILIES = ['mean-field', 'full'] as const;
/** Fits longer than this are no clearer, only slower (a 10^5-step fit takes about a second). */
export const VI_MAX_ITERATIONS_UI = 200_000;
export const VI_MAX_MCMC_STEPS = 200_000;

const fields = {
  target: choice(VI_TARGETS, { default: 'mixture', label: 'target' }),
  rho: number({
    default: 0.8,
    label: 'correlation',
    min: -0.95,
    max: 0.95,
    step: 0.05,
    message: 'the correlation must be between −0.95 and 0.95',
  }),
  divergence: choice(VI_DIVERGENCES, { key: 'div', default: 'reverse', label: 'divergence' }),
  family: choice(VI_FAMILIES, { default: 'full', label: 'family' }),
  iterations: integer({
    key: 'iter',
    default: 20_000,
    label: 'iterations',
    min: 100,
    max: VI_MAX_ITERATIONS_UI,
    message: 'iterations must be a whole number from 100 to 200000',
  }),
  mcmcSteps: integer({
    key: 'mcmc',
    default: 20_000,
    label: 'MCMC steps',
    min: 0,
    max: VI_MAX_MCMC_STEPS,
    message: 'MCMC steps must be a whole number from 0 to 200000',
  }),
  seed: seed({ default: 1 }),
};

export const viView = defineView({ path: '/probability', tab: 'vi', prefix: 'vi.', fields });
export type ViView = ViewOf<typeof fields>;
export const viFields = fields;

/** The problems that stop a fit (the correlation only counts for the Gaussian target). */
export function viProblems(view: ViView): Problems<ViView> {
  const all = viView.problems(view);
  if (view.target !== 'gaussian') delete all.rho;
  return all;
}
