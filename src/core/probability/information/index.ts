// Information measures: entropy, cross-entropy and KL divergence (discrete, in bits; normals, in nats).
export { SUM_TOLERANCE, checkDistribution } from './check';
export {
  entropyBits,
  crossEntropyBits,
  klBits,
  unsupportedOutcomes,
  entropyTex,
  crossEntropyTex,
  klTex,
} from './discrete';
export type { NormalParams } from './normal';
export { normalKlNats, normalDensityAt, normalKlIntegrand, normalKlTex, normalKlIntegralTex } from './normal';
export { setProbability, uniformLaw } from './reweight';
