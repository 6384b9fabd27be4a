// Barrel for src/core/linalg: re-exported by src/core/index.ts. Named exports only, so that the
// internal helpers (Householder, Francis steps) stay private and no name collides with other areas.
export type { Matrix, Vector } from './matrix';
export { identityMatrix, transposeMatrix, matMul, matVec, lerpMatrix, frobeniusNorm } from './matrix';
export { DISPLAY_ZERO_TOLERANCE, cleanZero, cleanVector, cleanMatrix } from './display';
export { MAX_ENTRY_MAGNITUDE, validateEntry, parseEntry } from './entry';
export type { LuFactors } from './lu';
export { luDecompose, luSolve, determinant } from './lu';
export type { Svd } from './svd';
export { svd, singularValues } from './svd';
export { RANK_TOLERANCE, matrixRank, rankFromSvd, nullSpace, columnSpace } from './subspaces';
export type { Complex } from './eigenvalues';
export { eigenvalues } from './eigenvalues';
export type { ComplexVector } from './complex';
export type { EigenPair } from './eigenvectors';
export { EIGENSPACE_TOLERANCE, eigenPairs } from './eigenvectors';
export type { EigenConditioning } from './conditioning';
export { NEAR_DEFECTIVE_CONDITION, eigenConditioning, isNearDefective } from './conditioning';
export { characteristicPolynomial, evaluatePolynomial } from './charpoly';
export { coordinatesInBasis, matrixInBasis } from './basis';
export type { MatrixAnalysis } from './analyze';
export { analyzeMatrix, inverseMatrix } from './analyze';
export { centroid, covarianceMatrix } from './covariance';
export type { PcaModel, PcaProjection } from './pca';
export { pca, projectOntoComponents } from './pca';
export { psdFactor, standardNormals, gaussianCloud } from './cloud';
