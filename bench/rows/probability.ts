import type { BenchRow } from '../harness';

export function probabilityRows(): BenchRow[] {
  return [];
}
