// Samplers: fill a Float64Array from a seeded Rng, consuming it strictly in order (see continuous.ts).
export {
  fillNormal,
  fillExponential,
  fillUniform,
  fillLaplace,
  fillLognormal,
  fillCauchy,
} from './continuous';
export { fillGamma, fillBeta, fillChiSquared, fillStudentT } from './gamma';
export { fillBinomial } from './binomial';
export { fillPoisson } from './poisson';
export { fillBernoulli, fillGeometric } from './discrete';
