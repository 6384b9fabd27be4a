import { createRng } from '../rng';
import { streamSeed } from './seeds';

/**
 * `count` tosses of a coin with P(heads) = p: heads where U < p. The batch is a function of
 * (seed, done) only, where `done` is the number of tosses recorded before it, so a link holding the
 * seed and the counts replays the same next batch.
 */
export function flipBatch(
  seed: number,
  done: number,
  p: number,
  count: number,
): { heads: number; tails: number; outcomes: Uint8Array } {
  if (!(p >= 0 && p <= 1)) throw new RangeError('p must be between 0 and 1');
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError('count must be a whole number ≥ 0');
  const rng = createRng(streamSeed(seed, done));
  const outcomes = new Uint8Array(count);
  let heads = 0;
  for (let i = 0; i < count; i++) {
    outcomes[i] = rng.next() < p ? 1 : 0;
    heads += outcomes[i];
  }
  return { heads, tails: count - heads, outcomes };
}
