/**
 * The seed of the i-th independent stream derived from one user seed: a murmur3-style finaliser of
 * (seed, i), so that runs 0, 1, 2, … of one seed get unrelated generators, and run i is the same
 * whatever the number of runs (adding a run never changes the others).
 */
export function streamSeed(seed: number, i: number): number {
  let h = (Math.trunc(seed) ^ Math.imul(i + 1, 0x9e3779b9)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  // Mix the high half of a seed above 2^32 in as well, so that no two user seeds collide trivially.
  return (h ^ Math.trunc(seed / 2 ** 32)) >>> 0;
}
