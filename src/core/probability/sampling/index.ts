// Chunked sampling runs for the worker: display histogram, moments and KS distance in O(bins) memory.
export {
  CHUNK,
  EXACT_KS_MAX,
  KS_GRID_CELLS,
  ECDF_MAX_JUMPS,
  SampleRun,
  stepsOfSorted,
  type SampleRequest,
  type SampleSnapshot,
} from './sampleRun';
export { QuantileGrid } from './quantileGrid';
export { samplingProblem, SAMPLE_LIMIT } from './representable';
