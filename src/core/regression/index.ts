// Barrel for src/core/regression: re-exported by src/core/index.ts. Named exports only, so internal
// helpers (the QR solver, the Cholesky factor) stay private and no name collides with other areas.
export { polynomialFeatures, standardizeValues, polynomialToOriginalUnits } from './features';
export type { Standardized } from './features';
export { fitLinear, fitLinearNested } from './linear';
export type { LinearFit, LinearFitOptions } from './linear';
export { lassoKktViolation } from './lasso';
export type { LassoOptions } from './lasso';
export { lassoPath, lassoPathSteps, lassoLambdaMax, lassoLambdaGrid } from './lassoPath';
export type { LassoPath, LassoPathStep } from './lassoPath';
export { bayesianLinearRegression, bayesianPosteriorFromGram, samplePosteriorWeights } from './bayesian';
export type { BayesianLinearPosterior } from './bayesian';
export { fitLogistic, logisticObjective, logisticSigmoid } from './logistic';
export type { LogisticFit, LogisticFitOptions } from './logistic';
export { normalEquations, ILL_CONDITIONED_GRAM } from './normalEquations';
export type { NormalEquations } from './normalEquations';
export { leastSquaresObjective, leastSquaresStepLimit, leastSquaresDescentPath } from './descent';
export type { DescentPath, DescentPathOptions } from './descent';
export { lineLossGrid, logisticLossGrid, logisticBoundary } from './surfaces';
export { polynomialMse, degreeErrorCurve, lambdaErrorCurve, errorCurveLambdas } from './errorCurves';
export type { ErrorCurve, ShownPolynomial, CurvePoints, ErrorCurveOptions } from './errorCurves';
