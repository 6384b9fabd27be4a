// MCMC on 2D targets: targets, random-walk Metropolis–Hastings, HMC, and chain diagnostics.
export type { Grad, Target2D, TargetSpec, TargetKind } from './target';
export { TARGET_KINDS, TARGET_LABELS } from './target';
export { correlatedGaussian, banana, donut, mixture, MIXTURE_COMPONENTS } from './builtinTargets';
export { customTarget, CUSTOM_BOUNDS } from './customTarget';
export { makeTarget } from './targets';
export type { ChainState, StepReport } from './state';
export { mhStep, mhTex } from './mh';
export type { HmcScratch } from './hmc';
export { hamiltonian, leapfrog, energyError, hmcStep, newHmcScratch, hmcTex } from './hmc';
export type { ChainOptions, McmcAlgorithm } from './chain';
export { McmcChain, MAX_CHAIN_STEPS, checkChainOptions } from './chain';
export { fftInPlace } from './fft';
export { autocorrelation } from './autocorrelation';
export {
  effectiveSampleSize,
  essFromAutocorrelation,
  integratedAutocorrelationTime,
  isConstant,
} from './ess';
export type { ChainMoments } from './moments';
export { chainMoments } from './moments';
export type { McmcRequest, McmcDiagnostics, McmcSnapshot } from './run';
export { McmcRun, chainDiagnostics, monteCarloStandardError, ACF_LAGS } from './run';
export type { TraceColumns } from './traceColumns';
export { TraceDecimator, TRACE_COLUMNS, mergeTraceColumns } from './traceColumns';
