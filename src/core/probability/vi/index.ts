// Gaussian variational inference on the 2-D MCMC targets.
export type { ViDivergence, ViFamily, ViOptions, ViResult } from './types';
export { VI_MAX_ITERATIONS } from './types';
export { VI_TARGET_NAMES, resolveViTarget } from './target';
export { fitGaussianVI, meanFieldGaussianVariances } from './fit';
