/**
 * Text alternatives of the calculus charts (what a screen reader gets besides each chart's title),
 * built from the same grid and race the charts draw. Pure, so they are tested without a DOM.
 */
import { optimizerLabels, type ComputationGraph, type Vec2 } from '../../core';
import type { CalculusState } from '../../stores/calculus/store';
import { cellText, type ChartTable, type ChartText } from '../../ui/ChartText';
import type { GridResult, OptimizerTrace } from '../../worker/protocol';

type Race = NonNullable<CalculusState['race']>;
type Grid = NonNullable<CalculusState['grid']>;

const num = (v: number): string => cellText(v);
const point = (x: number, y: number): string => `(${num(x)}, ${num(y)})`;
const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const label = (t: OptimizerTrace): string => optimizerLabels[t.name];

/** "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The last iterate of a run (a stopped run ends before its first non-finite iterate). */
const finalOf = (t: OptimizerTrace) => ({
  x: t.path[2 * t.taken],
  y: t.path[2 * t.taken + 1],
  loss: t.losses[t.taken],
});

function status(t: OptimizerTrace): string {
  if (t.stop === 'done') return 'ran every step';
  const stopped = t.stop !== 'diverged' || t.reason?.startsWith('stopped');
  return `${stopped ? 'stopped' : 'diverged'} at step ${t.taken}`;
}

/** Why a run stopped, with its step: "diverged at step 14: learning rate 0.5 exceeds …". */
function stopReason(t: OptimizerTrace): string {
  if (t.stop === 'done') return t.reason ? `ran every step; ${t.reason}` : status(t);
  if (!t.reason) return status(t);
  return `${status(t)}: ${t.reason.replace(/^(diverged|stopped): /, '')}`;
}

/** Who ended lowest (ties as the reader sees them: equal to the digits shown), who diverged or stopped. */
function outcome(traces: readonly OptimizerTrace[]): string {
  const finite = traces.filter((t) => Number.isFinite(finalOf(t).loss));
  const parts: string[] = [];
  if (finite.length > 0) {
    const best = Math.min(...finite.map((t) => finalOf(t).loss));
    const tied = finite.filter((t) => num(finalOf(t).loss) === num(best)).map(label);
    parts.push(`${listText(tied)} reached the lowest final loss, ${num(best)}.`);
  }
  const diverged = traces.filter((t) => t.stop === 'diverged');
  parts.push(
    diverged.length > 0
      ? `${listText(diverged.map((t) => `${label(t)} (at step ${t.taken})`))} diverged.`
      : 'None diverged.',
  );
  for (const t of traces.filter((t) => t.stop === 'singular-hessian'))
    parts.push(`${label(t)} ${stopReason(t)}.`);
  return parts.join(' ');
}

/** Loss chart: one curve per optimizer; says who ended lowest and who diverged, with a table per run. */
export function lossChartText(race: Race, log: boolean): ChartText {
  const { traces } = race.result;
  const [sx, sy] = race.request.start;
  const description =
    `Loss f(x, y) against step for ${count(traces.length, 'optimizer')} over ${race.request.steps} steps ` +
    `from ${point(sx, sy)}${log ? ', on a log scale' : ''}; each curve has its own dash pattern. ` +
    outcome(traces);
  return {
    description,
    table: {
      caption: 'Loss of each optimizer',
      columns: ['optimizer', 'steps run', 'start loss', 'final loss', 'stop reason'],
      rows: traces.map((t) => [label(t), t.taken, t.losses[0], finalOf(t).loss, stopReason(t)]),
    },
  };
}

export interface Extreme {
  value: number;
  x: number;
  y: number;
}

type Extremes = { low: Extreme; high: Extreme } | null;
/** Per grid: a new race re-describes the charts, but the grid's scan is done once. */
const extremesCache = new WeakMap<GridResult, Extremes>();

/** The lowest and highest finite value of f on the grid and where they are, or null when none is finite. */
export function gridExtremes(r: GridResult): Extremes {
  const cached = extremesCache.get(r);
  if (cached !== undefined) return cached;
  const found = scanExtremes(r);
  extremesCache.set(r, found);
  return found;
}

function scanExtremes(r: GridResult): Extremes {
  let lo = -1;
  let hi = -1;
  for (let k = 0; k < r.values.length; k++) {
    const v = r.values[k];
    if (!Number.isFinite(v)) continue;
    if (lo < 0 || v < r.values[lo]) lo = k;
    if (hi < 0 || v > r.values[hi]) hi = k;
  }
  if (lo < 0) return null;
  const at = (k: number): Extreme => ({ value: r.values[k], x: r.xs[k % r.n], y: r.ys[Math.floor(k / r.n)] });
  return { low: at(lo), high: at(hi) };
}

function domainText(g: Grid): string {
  const d = g.request;
  return `x from ${num(d.xmin)} to ${num(d.xmax)} and y from ${num(d.ymin)} to ${num(d.ymax)}`;
}

function rangeText(g: Grid, extremes: Extremes): string {
  if (!extremes) return 'f is not real anywhere on the grid.';
  const { low, high } = extremes;
  const total = g.result.n * g.result.n;
  const missing = total - g.result.finite;
  return (
    `On the grid f ranges from ${num(low.value)} (lowest, near ${point(low.x, low.y)}) to ` +
    `${num(high.value)} (highest, near ${point(high.x, high.y)}).` +
    (missing > 0 ? ` f is not real at ${missing} of ${total} grid points.` : '')
  );
}

/** Where each run ended, in words, noting a run that left the plotted domain. */
function endings(race: Race | null, g: Grid): string {
  if (!race) return 'No race has run yet.';
  const d = g.request;
  const ends = race.result.traces.map((t) => {
    const e = finalOf(t);
    const outside = !(e.x >= d.xmin && e.x <= d.xmax && e.y >= d.ymin && e.y <= d.ymax);
    return (
      `${label(t)} ended at ${point(e.x, e.y)} with f = ${num(e.loss)}` +
      (outside ? ', outside the plot' : '') +
      (t.stop === 'done' ? '' : ` (${status(t)})`)
    );
  });
  return `Optimizer paths, each marked with its own shape: ${ends.join('; ')}.`;
}

function endTable(race: Race | null): ChartTable | undefined {
  if (!race) return undefined;
  return {
    caption: 'Where each optimizer ended',
    columns: ['optimizer', 'end x', 'end y', 'f at end', 'status'],
    rows: race.result.traces.map((t) => {
      const e = finalOf(t);
      return [label(t), e.x, e.y, e.loss, status(t)];
    }),
  };
}

/** Contour plot: the domain, the range of f on the grid, the start and where each optimizer ended. */
export function contourText(grid: Grid | null, start: Vec2, race: Race | null): ChartText {
  if (!grid) return { description: 'f is still being evaluated on the grid.' };
  const description =
    `Filled contours of f over ${domainText(grid)}, with arrows along −∇f (downhill). ` +
    `${rangeText(grid, gridExtremes(grid.result))} Start point ${point(start[0], start[1])}. ${endings(race, grid)}`;
  return { description, table: endTable(race) };
}

/** The 3D surface: the same essentials as the contours, with the range of heights the box shows. */
export function surfaceText(grid: Grid | null, start: Vec2, race: Race | null): ChartText {
  if (!grid) return { description: 'f is still being evaluated on the grid.' };
  const r = grid.result;
  const clipped = r.percentiles[100] > r.zHigh || r.percentiles[0] < r.zLow;
  const description =
    `Surface z = f(x, y) over ${domainText(grid)}, coloured by height; heights from ${num(r.zLow)} to ` +
    `${num(r.zHigh)} are shown${clipped ? ' (values beyond are clipped flat)' : ''}. ` +
    `${rangeText(grid, gridExtremes(r))} Start point ${point(start[0], start[1])}. ${endings(race, grid)}`;
  return { description, table: endTable(race) };
}

/** The computation graph: its size, f and the gradient at the point (each node has its own label). */
export function backpropText(graph: ComputationGraph, at: Vec2): string {
  const vars = graph.nodes.filter((n) => n.op === 'x' || n.op === 'y').length;
  const consts = graph.nodes.filter((n) => n.op === 'num' || n.op === 'const').length;
  const ops = graph.nodes.length - vars - consts;
  return (
    `Computation graph of f at ${point(at[0], at[1])}, from the inputs at the bottom to f at the top: ` +
    `${count(graph.nodes.length, 'node')} (${count(vars, 'input')}, ${count(consts, 'constant')}, ` +
    `${count(ops, 'operation')}). Forward pass: f = ${num(graph.value)}. Backward pass: ` +
    `∂f/∂x = ${num(graph.gradient[0])}, ∂f/∂y = ${num(graph.gradient[1])}. ` +
    `Each node is a button with its value v and adjoint v̄; select one for its chain-rule step.`
  );
}

type Constraint = NonNullable<CalculusState['constraint']>;

const KIND_TEXT = { min: 'constrained minimum', max: 'constrained maximum', neither: 'neither' } as const;

/** The constraint as the surface draws it: the curve lifted onto f, the infeasible part dimmed, the optimum. */
export function constraintSurfaceText(constraint: Constraint | null): string {
  if (!constraint) return '';
  const { request, result } = constraint;
  const eq = request.kind === 'eq';
  const curve =
    `The constraint ${request.g} ${eq ? '=' : '≤'} ${num(request.c)} is drawn on the surface: the curve ` +
    `g = ${num(request.c)} at the height of f${eq ? '' : ', the infeasible part (g > c) dimmed'}.`;
  const best = result.points[result.best];
  const marked = result.points.length
    ? ` ${count(result.points.length, 'critical point')} of f on the curve marked${
        best
          ? `; the ${KIND_TEXT[best.kind]} at ${point(best.x, best.y)} has f = ${num(best.f)} (larger dot)`
          : ''
      }.`
    : '';
  return curve + marked;
}
