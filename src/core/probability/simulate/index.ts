// Barrel for src/core/probability/simulate: simulations for the LLN, CLT, Monte Carlo and Bayes tabs.
export { streamSeed } from './seeds';
export { logGrid } from './logGrid';
export { RunningMeanTrace } from './runningMean';
export { SkewMoments } from './skewMoments';
export { skewnessOf, skewnessOfMean, skewnessOfMeanTex, momentStatus, type MomentStatus } from './skewness';
export { LlnRun, LLN_MAX_DRAWS, LLN_MAX_RUNS, type LlnRequest, type LlnSnapshot } from './lln';
export { statisticBins, sortedQuantile, type StatisticBins } from './cltRange';
export {
  CltRun,
  cltSizeProblems,
  CLT_MAX_K,
  CLT_MAX_REPS,
  CLT_MAX_DRAWS,
  type CltRequest,
  type CltSnapshot,
} from './clt';
export { PiRun, PI_MAX_POINTS, PI_SCATTER, PI_SD, type PiRequest, type PiSnapshot } from './pi';
export { adaptiveSimpson, type SimpsonResult } from './simpson';
export { parseFunctionOfX, type FxResult } from './fx';
export {
  IntegralRun,
  intervalProblem,
  INTEGRAL_MAX_POINTS,
  type IntegralRequest,
  type IntegralSnapshot,
} from './integrate';
export {
  betaSummary,
  betaPosterior,
  betaShapeProblem,
  betaUpdateTex,
  BETA_RULE_TEX,
  type BetaSummary,
} from './betaPosterior';
export {
  screening,
  screeningTex,
  probabilityProblem,
  type ScreeningInput,
  type ScreeningResult,
} from './screening';
export { flipBatch } from './flips';
