/**
 * Constraints and Lagrange multipliers (issue 18): the constraint g(x, y) = c or g(x, y) ≤ c typed beside f,
 * its curve and feasible region on the contour plot, the constrained optima found by the worker (λ and its
 * meaning df*∕dc), a point dragged along the curve with ∇f and ∇g drawn there, KKT in words for an
 * inequality, and the constrained optimizers of the race (projected GD, a growing quadratic penalty).
 */
import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { contours, geoPath, geoTransform } from 'd3';
import { constraintGeometry, parseToAst, projectToConstraint, type Vec2 } from '../../core';
import { pgdSet, useCalculusStore } from '../../stores/calculus/store';
import {
  calculusView,
  CONSTRAINT_KINDS,
  CONSTRAINT_LABELS,
  type CalculusView,
} from '../../stores/calculus/view';
import { FieldNumber } from '../../ui/FieldNumber';
import { formatNumber, Readout } from '../../ui/Readout';
import type { ConstrainedTrace, ConstraintResult } from '../../worker/protocol';
import { clock, onClock } from './clock';
import { at, pixelPath, type Affine } from './geometry';

const fields = calculusView.fields;

/** What the constrained runs are called in the race. */
export const CONSTRAINED_LABELS: Record<ConstrainedTrace['name'], string> = {
  pgd: 'Projected GD',
  penalty: 'Penalty',
};

/** The constraint's settings and the constrained optimizers, in the controls column. */
export function ConstraintControls() {
  const view = useCalculusStore((s) => s.view);
  const { patch: setConstraint } = useCalculusStore.getState();
  const gProblem = fields.g.problem(view.g, view);
  const gId = useId();
  const name = useId();
  const on = view.constraint !== 'none';
  const set = on ? pgdSet(view) : null;
  const pgdMessage =
    view.pgd && !on
      ? 'Choose a constraint (g = c or g ≤ c) for the constrained optimizers to run.'
      : view.pgd && set && 'error' in set
        ? `Projected GD does not run: ${set.error}.`
        : null;
  const penaltyMessage =
    view.penalty && !on
      ? 'Choose a constraint (g = c or g ≤ c) for the constrained optimizers to run.'
      : null;
  return (
    <fieldset className="panel calc-constraint-controls">
      <legend>Constraint</legend>
      <div className="radio-row calc-radios" role="radiogroup" aria-label="constraint">
        {CONSTRAINT_KINDS.map((k) => (
          <label key={k} className="calc-check">
            <input
              type="radio"
              name={name}
              checked={view.constraint === k}
              onChange={() => setConstraint({ constraint: k })}
            />
            {CONSTRAINT_LABELS[k]}
          </label>
        ))}
      </div>
      <label className="field">
        <span>g(x,y)</span>
        <input
          type="text"
          aria-label="g(x,y)"
          value={view.g}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={gProblem ? true : undefined}
          aria-describedby={gProblem ? gId : undefined}
          onChange={(e) => setConstraint({ g: e.target.value })}
        />
      </label>
      {gProblem && (
        <p className="error-note" role="alert" id={gId}>
          g: {gProblem}
        </p>
      )}
      <FieldNumber field={fields.c} value={view.c} view={view} onCommit={(c) => setConstraint({ c })} />
      <p className="fine">Constrained optimizers in the race (from the start, GD&apos;s learning rate):</p>
      <label className="calc-check">
        <input
          type="checkbox"
          aria-label="Projected GD"
          checked={view.pgd}
          onChange={(e) => setConstraint({ pgd: e.target.checked })}
        />
        <span className="calc-con-swatch calc-con-pgd" aria-hidden="true" />
        Projected GD: p ← P(p − η∇f)
      </label>
      {pgdMessage && <p className="error-note">{pgdMessage}</p>}
      {view.pgd && set && !('error' in set) && (
        <p className="fine">
          Projects exactly onto the {set.kind === 'box' ? 'band (a box clipped to the plot)' : set.kind}.
        </p>
      )}
      <label className="calc-check">
        <input
          type="checkbox"
          aria-label="Penalty"
          checked={view.penalty}
          onChange={(e) => setConstraint({ penalty: e.target.checked })}
        />
        <span className="calc-con-swatch calc-con-penalty" aria-hidden="true" />
        Penalty: descend f + (μ/2)·r², μ ×10 every ⅛ of the run
      </label>
      {penaltyMessage && <p className="error-note">{penaltyMessage}</p>}
    </fieldset>
  );
}

/** Contours of g at c on the request's grid, in pixels: the curve (as a ring outline) and the region g ≤ c. */
function constraintShapes(
  result: ConstraintResult,
  c: number,
  d: CalculusView['domain'],
  sx: Affine,
  sy: Affine,
) {
  const { n, gValues } = result;
  const dx = (d.xmax - d.xmin) / (n - 1);
  const dy = (d.ymax - d.ymin) / (n - 1);
  // The grid padded by one infeasible cell on every side: the region's outline closes just outside the plot
  // (where the clip hides it), so only the curve g = c itself is stroked.
  const m = n + 2;
  const projection = geoTransform({
    point(x, y) {
      this.stream.point(sx.a + sx.b * (d.xmin + (x - 1.5) * dx), sy.a + sy.b * (d.ymin + (y - 1.5) * dy));
    },
  });
  const path = geoPath(projection);
  // −g ≥ −c is the feasible set g ≤ c; NaN (g undefined) is outside it.
  const neg = new Float64Array(m * m).fill(-1e300);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const v = gValues[j * n + i];
      neg[(j + 1) * m + i + 1] = Number.isFinite(v) ? -v : -1e300;
    }
  const [region] = contours().size([m, m]).thresholds([-c])(neg as unknown as number[]);
  return { region: path(region) ?? '' };
}

const KIND_WORD = { min: 'constrained minimum', max: 'constrained maximum', neither: 'neither' } as const;

/** The curve g = c, the feasible region of g ≤ c shaded, the constrained critical points marked. */
export function ConstraintLayer({ sx, sy }: { sx: Affine; sy: Affine }) {
  const kind = useCalculusStore((s) => s.view.constraint);
  const constraint = useDeferredValue(useCalculusStore((s) => s.constraint));
  const shapes = useMemo(
    () =>
      constraint
        ? constraintShapes(constraint.result, constraint.request.c, constraint.request.domain, sx, sy)
        : null,
    [constraint, sx, sy],
  );
  if (kind === 'none' || !constraint || !shapes) return null;
  const r = constraint.result;
  return (
    <g className="calc-constraint">
      {constraint.request.kind === 'le' && <path className="calc-feasible" d={shapes.region} />}
      <path className="calc-constraint-curve" d={shapes.region} />
      {r.points.map((p, i) => {
        const x = sx.a + sx.b * p.x;
        const y = sy.a + sy.b * p.y;
        const best = i === r.best;
        return (
          <g
            key={i}
            className={`calc-lagrange calc-lagrange-${p.kind}${best ? ' calc-lagrange-best' : ''}`}
            transform={`translate(${x},${y})`}
          >
            <title>{`${KIND_WORD[p.kind]} at (${formatNumber(p.x, 4)}, ${formatNumber(p.y, 4)}): f = ${formatNumber(p.f, 4)}, λ = ${formatNumber(p.lambda, 4)}`}</title>
            {p.kind === 'min' ? (
              <path d="M0,-8 L7,5 L-7,5 Z" />
            ) : p.kind === 'max' ? (
              <path d="M0,8 L7,-5 L-7,-5 Z" />
            ) : (
              <rect x={-5} y={-5} width={10} height={10} />
            )}
          </g>
        );
      })}
      {r.kkt
        ?.filter((k) => !k.active)
        .map((k, i) => (
          <g
            key={`in${i}`}
            className="calc-lagrange calc-lagrange-inside"
            transform={`translate(${sx.a + sx.b * k.x},${sy.a + sy.b * k.y})`}
          >
            <circle r={6} />
          </g>
        ))}
    </g>
  );
}

/** Where the probe sits: the dragged point, else the constrained optimum, else the first critical point. */
function useProbePoint(): Vec2 | null {
  const probe = useCalculusStore((s) => s.probe);
  const constraint = useCalculusStore((s) => s.constraint);
  if (probe) return probe;
  const r = constraint?.result;
  if (!r || r.points.length === 0) return null;
  const p = r.points[r.best >= 0 ? r.best : 0];
  return [p.x, p.y];
}

/** ∇f, ∇g, the angle between them and the least-squares λ at the probe (null where undefined). */
function useProbeGeometry(point: Vec2 | null) {
  const fn = useCalculusStore((s) => s.shownFn);
  const g = useCalculusStore((s) => s.view.g);
  return useMemo(() => {
    if (!point || !parseToAst(g).ok) return null;
    const r = constraintGeometry(fn, g, point[0], point[1]);
    return 'error' in r ? null : r;
  }, [fn, g, point]);
}

const ARROW = 46;

/**
 * The point dragged along g = c (or moved with the arrow keys), with ∇f and ∇g drawn there; above the
 * contour plot's click layer so it takes the pointer first.
 */
export function ConstraintProbe({ sx, sy }: { sx: Affine; sy: Affine }) {
  const kind = useCalculusStore((s) => s.view.constraint);
  const ready = useCalculusStore((s) => s.constraint !== null);
  const point = useProbePoint();
  const geo = useProbeGeometry(point);
  const dragging = useRef(false);
  if (kind === 'none' || !ready || !point) return null;
  const px = sx.a + sx.b * point[0];
  const py = sy.a + sy.b * point[1];
  const moveTo = (x: number, y: number) => {
    const { view, setProbe } = useCalculusStore.getState();
    const p = projectToConstraint(view.g, view.c, x, y);
    if (!('error' in p) && Number.isFinite(p.x) && Number.isFinite(p.y)) setProbe([p.x, p.y]);
  };
  const toData = (e: PointerEvent<SVGGElement>): Vec2 => {
    const svg = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
    return [(e.clientX - svg.left - sx.a) / sx.b, (e.clientY - svg.top - sy.a) / sy.b];
  };
  const onKey = (e: KeyboardEvent<SVGGElement>) => {
    if (!geo) return;
    const sign =
      e.key === 'ArrowRight' || e.key === 'ArrowUp'
        ? 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
          ? -1
          : 0;
    if (!sign) return;
    e.preventDefault();
    // One step along the curve's tangent (⊥ ∇g), 12 pixels long, then back onto the curve.
    const [gx, gy] = geo.gradG;
    const tx = -gy;
    const ty = gx;
    const len = Math.hypot(tx * sx.b, ty * sy.b);
    const step = ((e.shiftKey ? 48 : 12) * sign) / len;
    moveTo(point[0] + step * tx, point[1] + step * ty);
  };
  const arrow = (v: [number, number], cls: string, label: string) => {
    const dx = v[0] * sx.b;
    const dy = v[1] * sy.b;
    const m = Math.hypot(dx, dy);
    if (!(m > 0)) return null;
    const ex = px + (ARROW * dx) / m;
    const ey = py + (ARROW * dy) / m;
    return (
      <g className={cls}>
        <line x1={px} y1={py} x2={ex} y2={ey} markerEnd="url(#calc-con-arrow)" />
        <text x={ex + (8 * dx) / m} y={ey + (8 * dy) / m + 4} textAnchor="middle">
          {label}
        </text>
      </g>
    );
  };
  return (
    <g className="calc-probe">
      <defs>
        <marker
          id="calc-con-arrow"
          viewBox="0 0 6 6"
          refX="5"
          refY="3"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0,0 L6,3 L0,6 z" fill="context-stroke" />
        </marker>
      </defs>
      {geo && arrow(geo.gradF, 'calc-probe-f', '∇f')}
      {geo && arrow(geo.gradG, 'calc-probe-g', '∇g')}
      <g
        className="calc-probe-handle"
        transform={`translate(${px},${py})`}
        tabIndex={0}
        role="slider"
        aria-label="point on the constraint"
        aria-valuetext={`(${formatNumber(point[0], 4)}, ${formatNumber(point[1], 4)})`}
        aria-valuenow={Number(point[0].toFixed(6))}
        onKeyDown={onKey}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          if (dragging.current) moveTo(...toData(e));
        }}
        onPointerUp={() => {
          dragging.current = false;
        }}
      >
        <circle r={12} className="calc-probe-hit" />
        <circle r={6} />
      </g>
    </g>
  );
}

/** The constrained runs' full paths (faint) with their moving markers following the race clock. */
export function ConstrainedPaths({ sx, sy }: { sx: Affine; sy: Affine }) {
  const race = useDeferredValue(useCalculusStore((s) => s.race));
  const drawn = useMemo(
    () => (race?.result.constrained ?? []).map((t) => ({ t, geo: pixelPath(t.path, t.taken, sx, sy) })),
    [race, sx, sy],
  );
  const markers = useRef<(SVGGElement | null)[]>([]);
  useEffect(() => {
    const update = (s: number) => {
      drawn.forEach(({ t, geo }, i) => {
        const mx = at(geo.px, s, t.taken, 2, 0);
        const my = at(geo.px, s, t.taken, 2, 1);
        markers.current[i]?.setAttribute('transform', `translate(${mx.toFixed(1)},${my.toFixed(1)})`);
      });
    };
    update(clock.step);
    return onClock(update);
  }, [drawn]);
  return (
    <g className="calc-con-paths">
      {drawn.map(({ t, geo }, i) => (
        <g key={t.name} className={`calc-con-run calc-con-${t.name}`}>
          <path className="calc-path-halo" d={geo.d} />
          <path className="calc-con-path" data-optimizer={t.name} d={geo.d} />
          <g
            ref={(el) => {
              markers.current[i] = el;
            }}
          >
            {t.name === 'pgd' ? (
              <rect x={-5} y={-5} width={10} height={10} />
            ) : (
              <path d="M0,-7 L7,0 L0,7 L-7,0 Z" />
            )}
          </g>
        </g>
      ))}
    </g>
  );
}

const degrees = (rad: number) => (rad * 180) / Math.PI;

/** λ, f*, the tangency at the dragged point, df*∕dc by nudging c, KKT in words, and every critical point. */
export function ConstraintResults() {
  const view = useCalculusStore((s) => s.view);
  const constraint = useDeferredValue(useCalculusStore((s) => s.constraint));
  const error = useCalculusStore((s) => s.constraintError);
  const point = useProbePoint();
  const geo = useProbeGeometry(point);
  if (view.constraint === 'none') return null;
  const stale =
    !constraint ||
    constraint.request.g !== view.g ||
    constraint.request.c !== view.c ||
    constraint.request.kind !== view.constraint;
  const r = constraint?.result;
  const le = constraint?.request.kind === 'le';
  const top = le ? r?.kkt?.[0] : undefined;
  const best = r && r.best >= 0 ? r.points[r.best] : null;
  // λ: ∇f = λ∇g on g = c; for g ≤ c the KKT multiplier of L = f + λ(g − c), λ ≥ 0 (0 when inactive).
  const lambda = le ? (top ? top.mu : null) : best ? best.lambda : null;
  const fStar = le ? (top ? top.f : null) : best ? best.f : null;
  const s = r?.sensitivity;
  const slope = s ? (s.fPlus - s.fMinus) / (2 * s.dc) : null;
  const cText = formatNumber(constraint?.request.c ?? view.c);
  return (
    <section className="panel calc-constraint-results" aria-label="Constrained optima">
      <h2 className="calc-view-title">
        Constrained optima: min f subject to g(x, y) {le ? '≤' : '='} {cText}
      </h2>
      {error && <p className="error-note">{error}</p>}
      {!r && !error && <p className="fine">Solving ∇f = λ∇g, g = c from many starts…</p>}
      {r && (
        <>
          <div className="calc-1d-readouts">
            <Readout label="lambda" value={lambda} />
            <Readout label="constrained f" value={fStar} />
            <Readout
              label="angle between gradients"
              value={geo ? degrees(geo.angle) : null}
              format={(v) => `${formatNumber(v, 4)}°`}
            />
          </div>
          {stale && <p className="fine">(updating for the new constraint…)</p>}
          {r.pointsError && <p className="error-note">{r.pointsError}.</p>}
          {!le && !best && !r.pointsError && (
            <p>No constrained minimum of f on g = {cText} inside the plotted domain.</p>
          )}
          {!le && best && (
            <p>
              The constrained minimum is at ({formatNumber(best.x, 5)}, {formatNumber(best.y, 5)}), where ∇f =
              λ∇g with λ = {formatNumber(best.lambda, 5)}: the contour of f touches the curve g = c there.
            </p>
          )}
          {le && top && top.active && (
            <p>
              KKT: the constraint is <strong>active</strong>. The unconstrained minimum is not feasible, so
              the optimum lies on g = {cText}, at ({formatNumber(top.x, 5)}, {formatNumber(top.y, 5)}), where
              −∇f = λ∇g with λ = {formatNumber(top.mu, 5)} ≥ 0: f would fall only by leaving the feasible set.
              Complementary slackness λ·(g − c) = 0 holds because g = c there.
            </p>
          )}
          {le && top && !top.active && (
            <p>
              KKT: the constraint is <strong>inactive</strong>. The minimum at ({formatNumber(top.x, 5)},{' '}
              {formatNumber(top.y, 5)}) has g &lt; c, so λ = 0: complementary slackness λ·(g − c) = 0 holds
              because λ = 0, and moving the boundary a little changes nothing (df*∕dc = 0).
            </p>
          )}
          {le && !top && <p>No KKT minimum of f with g ≤ {cText} inside the plotted domain.</p>}
          {s && slope !== null && lambda !== null && (
            <p className="calc-nudge">
              λ is the price of the constraint: nudging c by ±{formatNumber(s.dc, 2)} moves f* from{' '}
              {formatNumber(s.fMinus, 7)} to {formatNumber(s.fPlus, 7)}, so df*∕dc ≈ {formatNumber(slope, 6)}
              {le
                ? ` = −λ (λ = ${formatNumber(lambda, 6)}; a looser constraint lowers f*)`
                : ` = λ (${formatNumber(lambda, 6)})`}
              .
            </p>
          )}
          {geo && point && (
            <p>
              At the point on the curve ({formatNumber(point[0], 4)}, {formatNumber(point[1], 4)}): ∇f = (
              {formatNumber(geo.gradF[0], 4)}, {formatNumber(geo.gradF[1], 4)}), ∇g = (
              {formatNumber(geo.gradG[0], 4)}, {formatNumber(geo.gradG[1], 4)}), angle{' '}
              {formatNumber(degrees(geo.angle), 4)}°.{' '}
              {geo.residual <= 1e-6 * (1 + Math.hypot(...geo.gradF))
                ? `Tangency: ∇f = λ∇g with λ = ${formatNumber(geo.lambda, 5)} — a critical point of f on the curve.`
                : `Not tangent: ∇f has a component along the curve, so f still changes as the point moves. Drag it (or use the arrow keys) until the angle is 0° or 180°.`}
            </p>
          )}
          {r.points.length > 0 && (
            <div
              className="calc-table-wrap"
              tabIndex={0}
              role="region"
              aria-label="Critical points on the constraint"
            >
              <table>
                <caption className="fine">
                  Every critical point of f on g = {cText} (bordered Hessian for the kind)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">x</th>
                    <th scope="col">y</th>
                    <th scope="col">λ</th>
                    <th scope="col">f</th>
                    <th scope="col">kind</th>
                  </tr>
                </thead>
                <tbody>
                  {r.points.map((p, i) => (
                    <tr key={i}>
                      <td>{formatNumber(p.x, 6)}</td>
                      <td>{formatNumber(p.y, 6)}</td>
                      <td>{formatNumber(p.lambda, 6)}</td>
                      <td>{formatNumber(p.f, 6)}</td>
                      <td>{KIND_WORD[p.kind]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
