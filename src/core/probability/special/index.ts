// Special functions behind the distributions: pure float64 numerics, no dependencies.
export { logGamma, logGammaCorrection } from './logGamma';
export { digamma, digammaDifference, digammaMinusLog } from './digamma';
export { logBeta } from './logBeta';
export { erf, erfc } from './erf';
export { normalPdf, normalCdf, normalSf, normalQuantile } from './normal';
export { bd0, logPoissonTerm, logBinomialTerm } from './saddlePoint';
export { log1pmx } from './log1pmx';
export { incompleteGamma, gammaP, gammaQ } from './incompleteGamma';
export { incompleteBeta, betaInc } from './incompleteBeta';
export { betaIncLargeA } from './betaLargeA';
export { gammaPInv } from './inverseGamma';
export { betaIncInv } from './inverseBeta';
export { invertMonotone } from './invert';
export type { MonotoneProblem } from './invert';
