// Barrel for src/core/clustering: re-exported by src/core/index.ts. Named exports only, so that the
// Jacobi solver and the Cholesky helpers stay private and no name collides with linalg's `pca`.
export { pcaFit } from './pca';
export type { PcaFit } from './pca';
export { kmeansStep, kmeansInertia, kmeansRun } from './kmeans';
export type { KmeansStep, KmeansRun } from './kmeans';
export { kmeansPlusPlus, randomCentroids } from './seeding';
export { gmmEmStep, gmmBic, COVARIANCE_FLOOR } from './gmm';
export type { GmmParams, GmmStep } from './gmm';
export { gmmInit, INIT_COVARIANCE_FLOOR } from './gmmInit';
