// Gaussian variational inference on the 2-D MCMC targets.
export type { ViDivergence, ViFamily, ViOptions, ViResult, ViStep } from './types';
export { VI_MAX_ITERATIONS } from './types';
export { VI_TARGET_NAMES, resolveViTarget } from './target';
export { fitGaussianVI, gaussianViSteps, meanFieldGaussianVariances } from './fit';
