/** Optimizers on expressions in x and y: paths, learning-rate schedules, curvature and diagnoses. */
export type { OptimizerName, OptimizerConfig, OptimizerRun, ScheduleName } from './types';
export { OPTIMIZER_NAMES, optimizerDefaults, optimizerLabels } from './types';
export { learningRateAt, scheduleDefaults } from './schedule';
export { optimizePath, optimizeKernels, DIVERGENCE_FACTOR, MAX_OPTIMIZER_STEPS } from './optimize';
export type { Curvature, CurvatureKind } from './curvature';
export { curvatureAt, symmetricEigen2 } from './curvature';
export { divergenceReason, startProblem } from './diagnose';
export { lossEnvelope, LOSS_BLOCKS } from './envelope';
