/**
 * The Entropy and KL tab: `v=1&tab=information&ent.p=0.1,0.2,…&kl.p=…&kl.q=…&kl.pmean=0&kl.psd=1&kl.qmean=1&kl.qsd=2`.
 * Distributions are comma-separated probabilities at full precision; a list that is malformed or not a
 * distribution (negative entry, sum ≠ 1) falls back to its default.
 */
import { checkDistribution } from '../../../core';
import { choice, defineView, group, integer, later, list, number, type ViewOf } from '../../view';

export const MIN_OUTCOMES = 2;
export const MAX_OUTCOMES = 12;

export function distributionProblem(p: number[]): string | null {
  if (p.length < MIN_OUTCOMES || p.length > MAX_OUTCOMES)
    return `between ${MIN_OUTCOMES} and ${MAX_OUTCOMES} outcomes`;
  try {
    checkDistribution(p, 'the list');
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

export const validMean = (v: number): string | null =>
  Math.abs(v) <= 100 ? null : 'the mean must be between −100 and 100';
/**
 * Below 1e-150 the densities' peak 1/(σ√2π) and σ² leave double precision (σ = 1e-320 drew NaN curves and
 * an "undefined" KL), so such an sd is refused like 0 is.
 */
export const MIN_SD = 1e-150;
export const validSd = (v: number): string | null =>
  v > 0 && v <= 100
    ? v >= MIN_SD
      ? null
      : 'the sd must be at least 1e-150'
    : 'the sd must be above 0 and at most 100';

const pmf = (key: string, d: number[]) => list({ key, default: d, check: distributionProblem });
const normal = (which: 'p' | 'q', mean: number, sd: number) =>
  group(
    {
      mean: number({ key: `${which}mean`, default: mean, label: 'mean', check: validMean }),
      sd: number({ key: `${which}sd`, default: sd, label: 'sd', check: validSd }),
    },
    { key: 'kl.' },
  );

export const MIN_JOINT = 2;
export const MAX_JOINT = 6;
/** A noisy copy: X and Y agree most of the time. */
const JOINT = [0.2, 0.04, 0.04, 0.04, 0.2, 0.04, 0.04, 0.04, 0.36];

export function jointProblem(t: number[]): string | null {
  if (t.length < MIN_JOINT * MIN_JOINT || t.length > MAX_JOINT * MAX_JOINT)
    return 'between 2×2 and 6×6 entries';
  if (!t.every((v) => Number.isFinite(v) && v >= 0)) return 'every entry must be a number ≥ 0';
  if (!(t.reduce((a, b) => a + b, 0) > 0)) return 'at least one entry must be above 0';
  return null;
}

const P = [0.4, 0.3, 0.15, 0.1, 0.04, 0.01];
const Q = [0.15, 0.15, 0.2, 0.2, 0.15, 0.15];

const fields = {
  /** The distribution of the entropy section. */
  entropy: pmf('ent.p', [0.05, 0.1, 0.15, 0.2, 0.25, 0.25]),
  // A peaked P against a flat Q: KL(P‖Q) ≈ 0.59 bits but KL(Q‖P) ≈ 0.79 bits, so the asymmetry shows at once.
  p: pmf('kl.p', P),
  q: list({
    key: 'kl.q',
    default: Q,
    check: distributionProblem,
    // P and Q are compared outcome by outcome: a pair of different lengths falls back together.
    after: (q, ctx) => {
      const p = ctx.partial.p as number[];
      if (p.length === q.length) return q;
      ctx.ignored.push(
        `kl.p and kl.q (they have ${p.length} and ${q.length} outcomes; both must have the same)`,
      );
      ctx.partial.p = P;
      return Q;
    },
  }),
  normalP: normal('p', 0, 1),
  normalQ: normal('q', 1, 2),
  /** One unit for every entropy, divergence and mutual information on the tab. */
  unit: later(choice(['bits', 'nats'] as const, { key: 'unit', label: 'unit', default: 'bits' })),
  miRows: later(integer({ key: 'mi.rows', label: 'rows', default: 3, min: MIN_JOINT, max: MAX_JOINT })),
  miCols: later(integer({ key: 'mi.cols', label: 'columns', default: 3, min: MIN_JOINT, max: MAX_JOINT })),
  /** The joint table of the mutual-information section, row by row (rows = X): weights, normalized when shown. */
  joint: later(
    list({
      key: 'mi.joint',
      default: JOINT,
      check: jointProblem,
      after: (t, ctx) => {
        const rows = ctx.partial.miRows as number;
        const cols = ctx.partial.miCols as number;
        if (t.length === rows * cols) return t;
        ctx.ignored.push(
          `mi.joint (it has ${t.length} entries; ${rows} rows × ${cols} columns need ${rows * cols})`,
        );
        ctx.partial.miRows = 3;
        ctx.partial.miCols = 3;
        return JOINT;
      },
    }),
  ),
  miRho: later(
    number({ key: 'mi.rho', label: 'correlation ρ', default: 0.8, min: -0.99, max: 0.99, step: 0.01 }),
  ),
};

export const informationView = defineView({
  path: '/probability',
  tab: 'information',
  fields,
  readFirst: ['p', 'q', 'miRows', 'miCols'],
});
export type InformationView = ViewOf<typeof fields>;
export const informationFields = fields;
export type NormalView = InformationView['normalP'];
