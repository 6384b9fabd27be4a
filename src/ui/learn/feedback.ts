/**
 * What a wrong prediction is told before the answer is revealed: per part, too high or too low (from the
 * exercise's answer key), never the value itself.
 */
import type { AnswerKey } from './types';

/** Default per-part tolerance of the feedback: 0.1 % of the value (or of 1 for values near 0). */
const DEFAULT_REL = 1e-3;

export function partRight(x: number, e: number, key: Pick<AnswerKey, 'rel' | 'abs'>): boolean {
  const rel = key.rel ?? DEFAULT_REL;
  const abs = key.abs ?? rel;
  return Math.abs(x - e) <= Math.max(rel * Math.abs(e), abs);
}

/**
 * The feedback for a wrong answer `values` (labelled `labels`), or null when the key cannot tell (the page
 * cannot pose the question now).
 */
export function directionFeedback(
  key: AnswerKey,
  values: readonly number[],
  labels: readonly string[],
): string | null {
  const expected = key.expected();
  if (!expected || expected.length !== values.length || !expected.every(Number.isFinite)) return null;
  const side = key.side ?? 'exact';
  if (side !== 'exact') {
    const e = expected[0];
    const x = values[0];
    if (side === 'above' && x <= e) return 'too low.';
    if (side === 'below' && x >= e) return 'too high.';
    return null;
  }
  const parts = values.map((x, i) => {
    const e = expected[i];
    if (partRight(x, e, key)) return { label: labels[i], word: 'looks right', right: true };
    return { label: labels[i], word: x > e ? 'is too high' : 'is too low', right: false };
  });
  if (values.length === 1)
    return parts[0].right ? 'close, but not close enough.' : `${parts[0].word.slice(3)}.`;
  if (parts.every((p) => p.right)) return 'close, but not close enough.';
  return `${parts.map((p) => `${p.label} ${p.word}`).join('; ')}.`;
}
