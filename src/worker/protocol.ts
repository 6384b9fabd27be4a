/**
 * The wire types between the page and the compute worker: what a job is asked and what it answers.
 * Pages and stores import these from here, never from `jobs/`, which is the worker's own business.
 */
export type { GridRequest, GridResult } from './jobs/grid';
export type {
  ConstrainedRequest,
  ConstrainedTrace,
  OptimizeRequest,
  OptimizeResult,
  OptimizerTrace,
} from './jobs/optimize';
export type { ConstraintRequest, ConstraintResult, Sensitivity } from './jobs/constraint';
export type { McmcResult } from './jobs/mcmc';
export type { NnSnapshot, NnTrainRequest } from './jobs/nnTrain';
export type {
  ClusterCurvesRequest,
  ClusterCurvesResult,
  PcaAnalyzeRequest,
  PcaAnalyzeResult,
} from './jobs/pcaTab';
export type { ClusterSnapshot, ClusterStart, ClusterStepsRequest } from './jobs/pcaCluster';
export type { LassoPathRequest, LassoPathSnapshot } from './jobs/lassoPath';
export type { RegErrorCurvesRequest, RegErrorCurvesResult } from './jobs/regErrorCurves';
export type { ViMcmcSummary, ViPath, ViRequest, ViSnapshot } from './jobs/vi';
export type { ImageSvdProgress, ImageSvdRequest, ImageSvdResult } from './jobs/imageSvd';
