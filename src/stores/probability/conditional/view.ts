/**
 * The Conditional probability tab: `v=1&tab=conditional&cond.a=<36 × 0/1>&cond.b=<36 × 0/1>&cond.edit=A&cond.zoom=0&cond.size=all`.
 * An event is a set of the 36 outcomes of two dice, written as 36 digits 0/1 (first die varying slowest:
 * digit 6(i − 1) + (j − 1) is the outcome (i, j)); `size` picks the kidney-stone group of the Simpson's
 * paradox table.
 */
import { choice, defineView, flag, text, type ViewOf } from '../../view';

export const OUTCOMES = 36;

/** The mask of the outcomes (i, j), i, j = 1…6, for which `pred` holds. */
export function maskOf(pred: (i: number, j: number) => boolean): string {
  let s = '';
  for (let i = 1; i <= 6; i++) for (let j = 1; j <= 6; j++) s += pred(i, j) ? '1' : '0';
  return s;
}

const maskProblem = (s: string): string | null =>
  /^[01]{36}$/.test(s) ? null : 'an event is 36 digits 0 or 1, one per outcome of the two dice';

export const EVENT_PRESETS = {
  'even-seven': {
    label: 'first die even / sum is 7',
    a: ['first die is even', maskOf((i) => i % 2 === 0)],
    b: ['sum is 7', maskOf((i, j) => i + j === 7)],
  },
  'ten-double': {
    label: 'sum ≥ 10 / a double',
    a: ['sum is at least 10', maskOf((i, j) => i + j >= 10)],
    b: ['a double', maskOf((i, j) => i === j)],
  },
  'six-ten': {
    label: 'first die is 6 / sum ≥ 10',
    a: ['first die is 6', maskOf((i) => i === 6)],
    b: ['sum is at least 10', maskOf((i, j) => i + j >= 10)],
  },
  'low-low': {
    label: 'first die ≤ 3 / second die ≤ 3',
    a: ['first die is at most 3', maskOf((i) => i <= 3)],
    b: ['second die is at most 3', maskOf((_i, j) => j <= 3)],
  },
} as const;
export type EventPreset = keyof typeof EVENT_PRESETS;

const fields = {
  a: text({ key: 'a', label: 'event A', default: EVENT_PRESETS['even-seven'].a[1], parse: maskProblem }),
  b: text({ key: 'b', label: 'event B', default: EVENT_PRESETS['even-seven'].b[1], parse: maskProblem }),
  edit: choice(['A', 'B'] as const, { key: 'edit', label: 'clicking edits', default: 'A' }),
  zoom: flag({ key: 'zoom', label: 'zoom into B', default: false }),
  size: choice(['all', 'small', 'large'] as const, { key: 'size', label: 'stone size', default: 'all' }),
};

export const conditionalView = defineView({
  path: '/probability',
  tab: 'conditional',
  prefix: 'cond.',
  fields,
});
export type ConditionalView = ViewOf<typeof fields>;
export const conditionalFields = fields;

/** The outcome indices of a mask. */
export function outcomesOf(mask: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < mask.length; k++) if (mask[k] === '1') out.push(k);
  return out;
}
