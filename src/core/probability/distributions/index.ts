// Barrel for src/core/probability/distributions: re-exported through src/core/index.ts.
export type { Distribution, DistributionInfo, DistributionName, ParamIssue, ParamSpec } from './types';
export { DISTRIBUTIONS, DISTRIBUTION_NAMES, makeDistribution, validateParams } from './registry';
