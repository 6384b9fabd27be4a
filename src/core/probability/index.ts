// Barrel for src/core/probability: re-exported by src/core/index.ts.
export * from './distributions/index';
export * from './stats/index';
export * from './sampling/index';
export * from './simulate/index';
export * from './information/index';
export * from './mcmc/index';
export * from './multivariate/index';
export * from './vi/index';
export type { Run } from './run';
