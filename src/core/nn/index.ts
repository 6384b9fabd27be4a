/** Neural networks: multilayer perceptrons, their training, traces and data sets (issue 13). */
export type {
  Activation,
  OutputKind,
  MlpSpec,
  MlpLayer,
  Mlp,
  Regularization,
  NnOptimizerName,
} from './types';
export { NN_OPTIMIZER_NAMES } from './types';
export { ACTIVATION_NAMES, activationLabels, activationValue, activationDerivative } from './activation';
export { mlpSpecProblem, MAX_MLP_PARAMETERS } from './plan';
export { mlpFromParams, initMlp, cloneMlp, mlpParameterCount } from './mlp';
export { mlpPredict, mlpPredictGrid, MlpPredictor } from './predict';
export { mlpLossGradient } from './gradient';
export type { OptimizerSettings } from './optimizer';
export { resolveOptimizerSettings } from './optimizer';
export type { LearningRateSchedule } from './schedule';
export { epochLearningRate } from './schedule';
export type { MlpTrainer, MlpTrainerOptions, MlpTrainerSettings } from './trainerTypes';
export { createMlpTrainer } from './trainer';
export type { MlpTrainOptions } from './train';
export { mlpTrain } from './train';
export { trainingDivergence } from './diagnose';
export type { MlpForwardTrace, MlpBackpropTrace } from './trace';
export { mlpForwardTrace, mlpBackpropTrace } from './trace';
export type { GradientComparison } from './batchNoise';
export { compareBatchGradient } from './batchNoise';
export type { UnitContributions } from './contributions';
export { mlpUnitContributions } from './contributions';
export type { MlpMetrics } from './metrics';
export { mlpMetrics } from './metrics';
export type { NnFeature } from './features';
export { NN_FEATURES, nnFeatureLabels, nnFeatureTex, mapNnFeatures } from './features';
export type { DatasetName, DatasetOptions, Dataset, DatasetTask } from './datasets';
export {
  DATASET_NAMES,
  datasetLabels,
  datasetTask,
  makeDataset,
  splitTrainTest,
  MAX_DATASET_POINTS,
} from './datasets';
