/** Small helpers shared by the probability page's exercises. */
import { writeQuery } from '../../../app/router';

/**
 * Opens a tab with the query of the view just put in its store. The store is set first, so a tab that
 * mounts now reads the same view from the address, and a tab already open keeps the new view.
 */
export const show = (query: string): void => writeQuery('/probability', query, 'push');

/** A number for a verdict or a prompt: `digits` significant digits, no trailing zeros. */
export const fmt = (v: number, digits = 4): string => String(Number(v.toPrecision(digits)));

export const pct = (v: number): string => `${fmt(100 * v, 3)} %`;
