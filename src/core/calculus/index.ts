// Barrel for src/core/calculus: constrained critical points, difference quotients, Taylor polynomials.
export type { CalculusError } from './source';
export { isCalculusError, xOnlyProblem } from './source';
export type { PlaneDomain } from './domain';
export type { ConstrainedKind, LagrangePoint } from './lagrange';
export { lagrangePoints } from './lagrange';
export type { DifferenceScheme, DifferenceErrorPoint } from './finiteDifference';
export { finiteDifference, optimalStep, differenceErrorCurve } from './finiteDifference';
export { taylorCoefficients, evaluateTaylor, derivative1D, taylorCurve, MAX_TAYLOR_ORDER } from './taylor';
export type { KktPoint } from './constraint';
export { constraintGeometry, projectToConstraint, kktPoints } from './constraint';
export type { FeasibleSet, ConstrainedRun } from './projected';
export {
  projectOntoSet,
  projectedGradientDescent,
  penaltyMethod,
  feasibleSetOf,
  NOT_PROJECTABLE,
} from './projected';
