import { useNnStore, type NnState } from '../../../../stores/ml/nn/store';
import { useThrottledValue } from '../../shared/useThrottledValue';
import type { Snapshot } from './model';

const snapshotOf = (s: NnState): Snapshot | null => s.snapshot;

/**
 * The store's snapshot, at most once per `ms`: the worker sends 25 a second, and the diagram (hundreds of
 * thumbnails and thousands of edges) needs no more than 5. The last snapshot always lands.
 */
export function useThrottledSnapshot(ms = 200): Snapshot | null {
  return useThrottledValue(useNnStore, snapshotOf, ms);
}
