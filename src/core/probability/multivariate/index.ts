// Bivariate Gaussians, mutual information, change of variables and events on a finite sample space.
export type { Mean2, Cov2 } from './gaussian2';
export {
  checkGaussian2,
  conditionalGaussian,
  gaussian2Marginals,
  gaussian2Correlation,
  gaussian2Ellipse,
  gaussian2Factor,
  sampleGaussian2,
  gaussian2Density,
  gaussianMutualInformation,
  normalProduct,
  normalSum,
} from './gaussian2';
export type { InformationBase } from './mutualInformation';
export { mutualInformation, jointTableSummary, mutualInformationFromSamples } from './mutualInformation';
export type { TransformedCurve } from './transform';
export {
  transformedDensity,
  transformedDensityBranches,
  transformedDensityCurve,
  transformedRange,
  transformedMean,
  transformProblem,
} from './transform';
export type { TransformSampleRequest, TransformSampleSnapshot } from './transformRun';
export { TransformRun, TRANSFORM_SAMPLES_MAX, CURVE_POINTS } from './transformRun';
export { eventProbabilities, twoDiceOutcomes, INDEPENDENCE_TOLERANCE } from './events';
