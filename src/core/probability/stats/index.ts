// Streaming statistics for the sampling worker: histograms, moments, Kolmogorov–Smirnov distances.
export { RunningMoments } from './moments';
export { StreamingHistogram, type HistogramSummary } from './histogram';
export { KS_GRID_BINS, ksCriticalValue, ksExact, ksGrid, ksGridSlack, ksPValue } from './ks';
