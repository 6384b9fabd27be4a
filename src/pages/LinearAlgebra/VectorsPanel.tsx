/**
 * The Vectors view, in the plane: u and v dragged by their tips, the combination a·u + b·v with its
 * parallelogram, the span (the plane, or a line when u and v are dependent), the dot product as
 * |u||v|cos θ and as |u| times the signed length of v's projection onto u (drawn, with the right angle),
 * the cosine similarity, and the cross product of u and v taken in ℝ³ (z = 0): its length is the area
 * of the parallelogram they span, its sign the orientation (counterclockwise from u to v is +).
 */
import { type KeyboardEvent } from 'react';
import { cosineSimilarity, crossProduct, vectorAngle, vectorNorm } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { COEF_MAX, linalgView, VEC_EXTENT } from '../../stores/linalg/view';
import { NumberField } from '../../ui/NumberField';
import { Readout } from '../../ui/Readout';
import { SliderField } from '../../ui/SliderField';
import { LiveTex } from './LiveTex';
import { fmt } from './format';
import { Arrow as PlaneArrow, PlaneGrid } from './spacePlot';
import { arrowMove, usePlaneDrag, type PlaneFrame } from './planeDrag';
import { texNumber } from './linalgTex';

const SIZE = 400;
const WORLD = VEC_EXTENT * 1.1;
const sx = (x: number) => ((x + WORLD) / (2 * WORLD)) * SIZE;
const sy = (y: number) => ((WORLD - y) / (2 * WORLD)) * SIZE;
const STEP = 0.1;
const clamp = (x: number) => Math.min(VEC_EXTENT, Math.max(-VEC_EXTENT, Math.round(x * 100) / 100));
const FRAME: PlaneFrame = { world: WORLD, clamp };
/** u and v count as dependent when |u × v| ≤ this times |u||v| (sin θ within rounding of 0). */
const DEPENDENT = 1e-12;

type Which = 'vu' | 'vv';

/** An arrow between two points of the plane (world coordinates), from the origin unless `from` is given. */
function Arrow({
  to,
  from = [0, 0],
  ...style
}: {
  to: number[];
  from?: number[];
  color: string;
  width?: number;
}) {
  return <PlaneArrow from={[sx(from[0]), sy(from[1])]} to={[sx(to[0]), sy(to[1])]} head={12} {...style} />;
}

/**
 * Label positions at the tips of the given vectors, pushed 16 px outward along each; a label whose box
 * (about 9 px per character wide, 18 px high) would overlap an earlier one is moved sideways
 * (perpendicular to its vector, alternating sides, further each time) until it does not.
 */
export function placeTipLabels(tips: number[][], texts: string[] = tips.map(() => 'x')): [number, number][] {
  const placed: [number, number][] = [];
  const half = texts.map((t) => (t.length * 9) / 2 + 3);
  const clash = (x: number, y: number, i: number) =>
    placed.some(([px, py], j) => Math.abs(px - x) < half[i] + half[j] && Math.abs(py - y) < 18);
  for (const [i, at] of tips.entries()) {
    const len = Math.hypot(at[0], at[1]) || 1;
    const [ox, oy] = [at[0] / len, -at[1] / len];
    let [x, y] = [sx(at[0]) + ox * 16, sy(at[1]) + oy * 16];
    for (let k = 1; k <= 8 && clash(x, y, i); k++) {
      const side = k % 2 === 1 ? 1 : -1;
      x = sx(at[0]) + ox * 16 - oy * side * 18 * Math.ceil(k / 2);
      y = sy(at[1]) + oy * 16 + ox * side * 18 * Math.ceil(k / 2);
    }
    placed.push([x, y]);
  }
  return placed;
}

function TipLabel({ at, text, color }: { at: [number, number]; text: string; color: string }) {
  return (
    <text
      x={at[0]}
      y={at[1]}
      fill={color}
      fontSize={15}
      fontWeight={700}
      textAnchor="middle"
      dominantBaseline="middle"
      className="la-vec-label"
    >
      {text}
    </text>
  );
}

/** u, v and the coefficients a, b. */
export function VectorsControls() {
  const view = useLinalgStore((s) => s.view);
  const setVectors = useLinalgStore((s) => s.patch);
  const coefProblem = linalgView.problem('ab', view.ab, view);
  return (
    <fieldset className="panel la-vectors-controls">
      <legend>Vectors u, v and a·u + b·v</legend>
      {(['vu', 'vv'] as const).map((which) => {
        const name = which === 'vu' ? 'u' : 'v';
        const problem = linalgView.problem(which, view[which], view);
        return (
          <div className="la-inline" key={which}>
            <span>{name}</span>
            {[0, 1].map((i) => (
              <NumberField
                key={i}
                label={`${name}${i + 1}`}
                value={view[which][i]}
                step={STEP}
                problem={i === 1 ? problem : null}
                onCommit={(x) => setVectors({ [which]: view[which].map((y, k) => (k === i ? x : y)) })}
              />
            ))}
          </div>
        );
      })}
      {(['a', 'b'] as const).map((name, i) => (
        <SliderField
          key={name}
          name={name}
          value={view.ab[i]}
          min={-COEF_MAX}
          max={COEF_MAX}
          step={0.1}
          problem={i === 1 ? coefProblem : null}
          onChange={(x) => setVectors({ ab: view.ab.map((y, k) => (k === i ? x : y)) })}
        />
      ))}
      <p className="fine">Drag the tips of u and v on the picture, or focus a tip and use the arrow keys.</p>
    </fieldset>
  );
}

/** The picture, readouts and formulas of the Vectors view. */
export function VectorsPanel() {
  const view = useLinalgStore((s) => s.view);
  const setVectors = useLinalgStore((s) => s.patch);
  const ok = (['vu', 'vv', 'ab'] as const).every((k) => linalgView.problem(k, view[k], view) === null);
  const u = view.vu;
  const v = view.vv;
  const [a, b] = view.ab;
  const nu = vectorNorm(u, 2);
  const nv = vectorNorm(v, 2);
  const dot = u[0] * v[0] + u[1] * v[1];
  const cross = crossProduct([u[0], u[1], 0], [v[0], v[1], 0])[2];
  const zero = nu === 0 || nv === 0;
  const dependent = zero || Math.abs(cross) <= DEPENDENT * nu * nv;
  const angle = zero ? null : (vectorAngle(u, v) * 180) / Math.PI;
  const cosine = zero ? null : cosineSimilarity(u, v);
  const combo = [a * u[0] + b * v[0], a * u[1] + b * v[1]];
  // The projection of v onto the line of u: (u·v/|u|²) u.
  const proj = nu === 0 ? null : [(dot / (nu * nu)) * u[0], (dot / (nu * nu)) * u[1]];
  const projLength = nu === 0 ? null : dot / nu;

  const { svg, handlers } = usePlaneDrag<Which>(
    FRAME,
    (w) => {
      if (!ok) return null;
      // The nearer tip, within 0.6 world units, is picked up.
      const du = Math.hypot(w[0] - u[0], w[1] - u[1]);
      const dv = Math.hypot(w[0] - v[0], w[1] - v[1]);
      return Math.min(du, dv) > 0.6 ? null : du <= dv ? 'vu' : 'vv';
    },
    (which, at) => setVectors({ [which]: at }),
    // A press only picks a tip up: a click beside it does not move it.
    { moveOnPress: false },
  );
  const onKey = (which: Which) => (e: KeyboardEvent<SVGCircleElement>) => {
    const m = arrowMove(e, STEP);
    if (!m || !ok) return;
    e.preventDefault();
    const p = view[which];
    setVectors({ [which]: [clamp(p[0] + m[0]), clamp(p[1] + m[1])] });
  };

  const spanText = zero
    ? nu === 0 && nv === 0
      ? 'span{u, v} is the single point 0: both vectors are 0.'
      : 'span{u, v} is a line: one of the vectors is 0.'
    : dependent
      ? 'span{u, v} is a line (shaded): u and v are dependent, v is a multiple of u, so a·u + b·v never leaves that line.'
      : 'span{u, v} is the whole plane (shaded): u and v are independent, so every point is a·u + b·v for exactly one a, b.';
  const ext = VEC_EXTENT * 1.1;
  const labels = placeTipLabels([u, v, combo], ['u', 'v', 'au+bv']);
  const lineDir = nu > 0 ? [u[0] / nu, u[1] / nu] : nv > 0 ? [v[0] / nv, v[1] / nv] : null;

  return (
    <section className="panel la-vectors" aria-label="vectors">
      <h3>Vectors, dot and cross product</h3>
      <div className="la-stage" data-stage="main">
        <div className="la-norms-row">
          {ok && (
            <svg
              ref={svg}
              className="la-norms-svg"
              viewBox={`0 0 ${SIZE} ${SIZE}`}
              role="group"
              aria-label={`u = (${fmt(u[0])}, ${fmt(u[1])}), v = (${fmt(v[0])}, ${fmt(v[1])}), a·u + b·v = (${fmt(combo[0])}, ${fmt(combo[1])}); ${spanText}`}
              {...handlers}
            >
              <rect x={0} y={0} width={SIZE} height={SIZE} fill="var(--la-bg)" />
              {!dependent && (
                <rect x={0} y={0} width={SIZE} height={SIZE} fill="var(--la-subspace)" opacity={0.07} />
              )}
              <PlaneGrid ticks={[-4, -3, -2, -1, 1, 2, 3, 4]} sx={sx} sy={sy} size={SIZE} />
              {dependent && lineDir && (
                <line
                  x1={sx(-ext * 2 * lineDir[0])}
                  y1={sy(-ext * 2 * lineDir[1])}
                  x2={sx(ext * 2 * lineDir[0])}
                  y2={sy(ext * 2 * lineDir[1])}
                  stroke="var(--la-subspace)"
                  strokeWidth={10}
                  opacity={0.25}
                />
              )}
              {/* The parallelogram of u and v (area |u × v|), then a·u + b·v with its construction. */}
              <path
                d={`M${sx(0)},${sy(0)} L${sx(u[0])},${sy(u[1])} L${sx(u[0] + v[0])},${sy(u[1] + v[1])} L${sx(v[0])},${sy(v[1])} Z`}
                fill={cross >= 0 ? 'var(--la-positive)' : 'var(--la-negative)'}
                fillOpacity={0.15}
                stroke="none"
              />
              <g stroke="var(--la-av)" strokeWidth={1.5} strokeDasharray="5 4" fill="none">
                <line x1={sx(a * u[0])} y1={sy(a * u[1])} x2={sx(combo[0])} y2={sy(combo[1])} />
                <line x1={sx(0)} y1={sy(0)} x2={sx(a * u[0])} y2={sy(a * u[1])} />
              </g>
              <Arrow to={combo} color="var(--la-av)" width={2} />
              {proj && (
                <g>
                  <line
                    x1={sx(v[0])}
                    y1={sy(v[1])}
                    x2={sx(proj[0])}
                    y2={sy(proj[1])}
                    stroke="var(--la-eigen)"
                    strokeWidth={1.5}
                    strokeDasharray="3 3"
                  />
                  <line
                    x1={sx(0)}
                    y1={sy(0)}
                    x2={sx(proj[0])}
                    y2={sy(proj[1])}
                    stroke="var(--la-eigen)"
                    strokeWidth={5}
                    opacity={0.8}
                  />
                </g>
              )}
              <Arrow to={u} color="var(--la-i)" width={3} />
              <Arrow to={v} color="var(--la-j)" width={3} />
              <TipLabel at={labels[0]} text="u" color="var(--la-i)" />
              <TipLabel at={labels[1]} text="v" color="var(--la-j)" />
              <TipLabel at={labels[2]} text="au+bv" color="var(--la-av)" />
              {(['vu', 'vv'] as const).map((which) => (
                <circle
                  key={which}
                  cx={sx(view[which][0])}
                  cy={sy(view[which][1])}
                  r={10}
                  fill="transparent"
                  stroke={which === 'vu' ? 'var(--la-i)' : 'var(--la-j)'}
                  strokeWidth={1.5}
                  tabIndex={0}
                  role="button"
                  aria-label={`tip of ${which === 'vu' ? 'u' : 'v'}`}
                  aria-roledescription="draggable point"
                  aria-description="Arrow keys move it by 0.1, Shift+arrows by 0.5"
                  className="la-norms-handle"
                  onKeyDown={onKey(which)}
                />
              ))}
            </svg>
          )}
          <ul className="la-norms-legend">
            <li>
              <span className="la-swatch" style={{ background: 'var(--la-i)' }} aria-hidden="true" />
              u, <span className="la-swatch" style={{ background: 'var(--la-j)' }} aria-hidden="true" />v
            </li>
            <li>
              <span className="la-swatch" style={{ background: 'var(--la-av)' }} aria-hidden="true" />
              a·u + b·v (dashed: a·u, then + b·v)
            </li>
            <li>
              <span className="la-swatch" style={{ background: 'var(--la-eigen)' }} aria-hidden="true" />
              the projection of v onto the line of u (dotted: the perpendicular drop)
            </li>
            <li>
              <span
                className="la-swatch"
                style={{ background: cross >= 0 ? 'var(--la-positive)' : 'var(--la-negative)' }}
                aria-hidden="true"
              />
              the parallelogram of u and v: area |u × v|
            </li>
          </ul>
        </div>
        <div className="la-norms-readouts">
          <Readout label="dot product" value={ok ? dot : null} />
          <Readout label="angle degrees" value={ok ? angle : null} />
          <Readout label="cosine similarity" value={ok ? cosine : null} />
          <Readout label="cross product length" value={ok ? Math.abs(cross) : null} />
        </div>
      </div>
      {ok && (
        <>
          <p className="fine">{spanText}</p>
          <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="formula">
            <LiveTex
              tex={`u\\cdot v = u_1v_1 + u_2v_2 = ${texNumber(dot, 5)}${
                angle === null
                  ? ''
                  : ` = |u|\\,|v|\\cos\\theta = ${texNumber(nu, 4)}\\cdot ${texNumber(nv, 4)}\\cdot\\cos ${texNumber(angle, 4)}^\\circ`
              }`}
              display
            />
          </div>
          {projLength !== null && (
            <p>
              Projection: v's shadow on the line of u has signed length u·v/|u| = {fmt(projLength, 4)}, so u·v
              = |u| × {fmt(projLength, 4)} = {fmt(dot, 4)}
              {Math.abs(dot) <= 1e-12 * nu * nv ? ' — zero: u and v are perpendicular.' : '.'}
            </p>
          )}
          <p>
            Cross product in ℝ³ (z = 0): u × v = (0, 0, {fmt(cross, 4)}). Its length {fmt(Math.abs(cross), 4)}{' '}
            is the parallelogram's area, and its sign says the orientation:{' '}
            {cross > 0
              ? 'positive, v is counterclockwise from u (right-handed).'
              : cross < 0
                ? 'negative, v is clockwise from u (the parallelogram is flipped).'
                : 'zero, the parallelogram is flat.'}{' '}
            It equals det [u v] = {fmt(cross, 4)}.
          </p>
        </>
      )}
    </section>
  );
}
