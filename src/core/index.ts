/**
 * The public face of the math core. Pages, the worker and outside checks import from here only.
 * Each area keeps its own barrel so that the areas grow independently.
 */
export type { Rng } from './probability/rng';
export { createRng } from './probability/rng';
export * from './probability/index';
export * from './expr/index';
export * from './optim/index';
export * from './linalg/index';
export * from './calculus/index';
export * from './deep/index';
export * from './regression/index';
export * from './clustering/index';
export * from './nn/index';
export * from './numberText';
