/**
 * Field kinds of the neural-network tab that the schema does not have: an ordered list of words that may
 * repeat (one activation per layer; the schema's `words` is a set) and the student's own points.
 */
import { formatExact, parseDecimal } from '../../numberText';
import { clip, type Field } from '../../view';

/** Words from `choices` in order, repeats allowed, written `a,b,c`. */
export function wordList<T extends string>(
  choices: readonly T[],
  options: { key?: string; default: T[]; min?: number; max?: number; label: string },
): Field<T[]> {
  const { min = 0, max = Infinity } = options;
  const problem = (v: T[]) => {
    if (v.some((w) => !choices.includes(w))) return `unknown ${options.label}`;
    if (v.length < min) return `choose at least ${min} ${options.label}${min === 1 ? '' : 's'}`;
    if (v.length > max) return `at most ${max} ${options.label}s`;
    return null;
  };
  return {
    default: options.default,
    key: options.key,
    label: options.label,
    choices,
    problem,
    read(key, ctx) {
      const text = ctx.query.get(key);
      if (text === null) return options.default;
      const words = (text === '' ? [] : text.split(',')) as T[];
      const p = text.length > 400 ? 'too long' : problem(words);
      if (p === null) return words;
      ctx.ignored.push(`${key}=${clip(text)} (${p})`);
      return options.default;
    },
    write(q, key, value) {
      q.set(key, value.join(','));
    },
  };
}

/** A point the student placed: where, and its class (classification) or y value (regression). */
export interface UserPoint {
  x1: number;
  x2: number;
  label: number;
}

/** Points kept in the address; more than this many stay only in the page (and in a deck's JSON file). */
export const MAX_URL_POINTS = 200;
/** Points a data set may hold in all. */
export const MAX_POINTS = 2000;
const COORD = 1e6;

/** `x1,x2,label;…` at full precision; an absent key is no points. */
export function userPoints(options: { key?: string }): Field<UserPoint[]> {
  const problem = (pts: UserPoint[]) =>
    pts.length > MAX_POINTS
      ? `at most ${MAX_POINTS} points`
      : pts.every((p) => [p.x1, p.x2, p.label].every((v) => Number.isFinite(v) && Math.abs(v) <= COORD))
        ? null
        : 'every coordinate must be a number between −10^6 and 10^6';
  return {
    default: [],
    key: options.key,
    label: 'points',
    problem,
    read(key, ctx) {
      const text = ctx.query.get(key);
      if (text === null || text === '') return [];
      const rows = text.split(';');
      const pts: UserPoint[] = [];
      // Up to the data set's cap: a deck scene carries every point (see `write`).
      for (const row of rows.slice(0, MAX_POINTS)) {
        const v = row.split(',').map(parseDecimal);
        if (v.length !== 3 || v.some((x) => x === null)) {
          ctx.ignored.push(`${key} (point “${clip(row)}” is not x1,x2,label)`);
          continue;
        }
        pts.push({ x1: v[0]!, x2: v[1]!, label: v[2]! });
      }
      if (rows.length > MAX_POINTS) ctx.ignored.push(`${key} (only the first ${MAX_POINTS} points are read)`);
      const p = problem(pts);
      if (p === null) return pts;
      ctx.ignored.push(`${key} (${p})`);
      return [];
    },
    write(q, key, pts, _view, { complete }) {
      // The address bar holds up to MAX_URL_POINTS; a complete write (a deck scene) holds them all.
      if (pts.length === 0 || pts.length > (complete ? MAX_POINTS : MAX_URL_POINTS)) return;
      q.set(key, pts.map((p) => [p.x1, p.x2, p.label].map(formatExact).join(',')).join(';'));
    },
  };
}
