import { useId, useMemo } from 'react';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { useTurnable } from '../../../ui/useTurnable';
import { formatNumber } from '../../../ui/Readout';
import { Readout } from '../../../ui/Readout';

type V3 = [number, number, number];

const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const mul = (s: number, a: V3): V3 => [s * a[0], s * a[1], s * a[2]];
const norm = (a: V3) => Math.sqrt(dot(a, a));

/**
 * Least squares with three points and a line, in R³ (one axis per data point): the columns of X,
 * 1 = (1, 1, 1) and x = (x₁, x₂, x₃), span a plane; ŷ = Xw is the orthogonal projection of y onto it, and
 * r = y − ŷ is perpendicular to the plane, so Xᵀr = 0. All of it is exact linear algebra on the three
 * numbers, computed here from y and the fitted values.
 */
export interface ProjectionGeometry {
  ones: V3;
  x: V3;
  y: V3;
  yHat: V3;
  r: V3;
  /** Orthonormal basis of the column space (Gram–Schmidt of 1 and x). */
  e1: V3;
  e2: V3;
  /** 1·r and x·r: zero to rounding. */
  xtr: [number, number];
}

/** The geometry of three points (x, y) and their least-squares fitted values, or null if x is constant. */
export function projectionGeometry(
  xs: readonly number[],
  ys: readonly number[],
  fitted: readonly number[],
): ProjectionGeometry | null {
  if (xs.length !== 3 || ys.length !== 3 || fitted.length !== 3) return null;
  const ones: V3 = [1, 1, 1];
  const x: V3 = [xs[0], xs[1], xs[2]];
  const y: V3 = [ys[0], ys[1], ys[2]];
  const yHat: V3 = [fitted[0], fitted[1], fitted[2]];
  if (![...x, ...y, ...yHat].every(Number.isFinite)) return null;
  const e1 = mul(1 / Math.sqrt(3), ones);
  const xPerp = sub(x, mul(dot(x, e1), e1));
  const nx = norm(xPerp);
  if (!(nx > 1e-12 * Math.max(1, norm(x)))) return null;
  const e2 = mul(1 / nx, xPerp);
  const r = sub(y, yHat);
  return { ones, x, y, yHat, r, e1, e2, xtr: [dot(ones, r), dot(x, r)] };
}

const SIZE = 360;
/** How far the view tilts up or down (radians). */
const PITCH = [-1.4, 1.4] as const;

/**
 * The 3-D picture of `projectionGeometry`, drawn in SVG with an orthographic camera that the student turns
 * by dragging or with the arrow keys (no WebGL needed for five vectors and a plane).
 */
export function ProjectionView({ geometry }: { geometry: ProjectionGeometry }) {
  const { angles, handlers: turning } = useTurnable({ yaw: -0.6, pitch: 0.45 }, PITCH);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const g = geometry;
  const scene = useMemo(() => {
    const { yaw, pitch } = angles;
    const [cy, sy, cp, sp] = [Math.cos(yaw), Math.sin(yaw), Math.cos(pitch), Math.sin(pitch)];
    // Axis 3 points up; the camera turns about it (yaw), then tilts (pitch).
    const view = (v: V3): [number, number] => {
      const a = cy * v[0] - sy * v[1];
      const b = sy * v[0] + cy * v[1];
      return [a, -(cp * v[2] - sp * b)];
    };
    const extent = Math.max(norm(g.y), norm(g.yHat), norm(g.x), norm(g.ones), 1e-9) * 1.15;
    const k = (SIZE / 2 - 24) / extent;
    const at = (v: V3): [number, number] => {
      const [a, b] = view(v);
      return [SIZE / 2 + k * a, SIZE / 2 + k * b];
    };
    // A square of the plane around the origin, inside the frame whichever way it is turned.
    const side = extent * 0.62;
    const corners = [
      add(mul(side, g.e1), mul(side, g.e2)),
      add(mul(side, g.e1), mul(-side, g.e2)),
      add(mul(-side, g.e1), mul(-side, g.e2)),
      add(mul(-side, g.e1), mul(side, g.e2)),
    ].map(at);
    // The right angle at ŷ: one side along r, one along the plane towards the origin.
    const rn = norm(g.r);
    const inPlane = norm(g.yHat) > 1e-12 ? mul(-1 / norm(g.yHat), g.yHat) : g.e1;
    const eps = extent * 0.08;
    const square =
      rn > extent * 1e-3
        ? [
            add(g.yHat, mul(eps, inPlane)),
            add(add(g.yHat, mul(eps, inPlane)), mul(eps / rn, g.r)),
            add(g.yHat, mul(eps / rn, g.r)),
          ].map(at)
        : null;
    const axes = (
      [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ] as V3[]
    ).map((e) => at(mul(extent, e)));
    return { at, corners, square, axes, o: at([0, 0, 0]) };
  }, [angles, g]);

  const { at, corners, square, axes, o } = scene;
  /** A vector from the origin with its head drawn as a small triangle in screen space. */
  const arrow = (v: V3, cls: string, label: string, push: [number, number] = [0, 0]) => {
    const [x2, y2] = at(v);
    const dx = x2 - o[0];
    const dy = y2 - o[1];
    const len = Math.hypot(dx, dy);
    const [ux, uy] = len > 1e-9 ? [dx / len, dy / len] : [0, -1];
    const h = Math.min(10, len * 0.4);
    const head = `M${x2},${y2}L${x2 - h * ux - (h / 2) * uy},${y2 - h * uy + (h / 2) * ux}L${x2 - h * ux + (h / 2) * uy},${y2 - h * uy - (h / 2) * ux}Z`;
    return (
      <g className={cls}>
        <line x1={o[0]} y1={o[1]} x2={x2 - h * ux} y2={y2 - h * uy} />
        <path d={head} />
        <text
          x={x2 + 8 * ux + (push[0] < -1 ? -4 : 4) + push[0]}
          y={y2 + 8 * uy + 4 + push[1]}
          textAnchor={push[0] < -1 ? 'end' : 'start'}
        >
          {label}
        </text>
      </g>
    );
  };
  const [hx, hy] = at(g.yHat);
  const [yx, yy] = at(g.y);
  // y and ŷ are often close: their labels go to either side of r, along its direction on screen.
  const rl = Math.hypot(yx - hx, yy - hy);
  const [dx, dy] = rl > 1 ? [(yx - hx) / rl, (yy - hy) / rl] : [0, -1];
  const vec = (v: readonly number[]) => v.map((c) => formatNumber(c, 3)).join(', ');
  const text = {
    description: `R³ with one axis per data point. The columns of X, 1 = (1, 1, 1) and x = (${vec(g.x)}), span the shaded plane. y = (${vec(g.y)}) projects onto it at ŷ = Xw = (${vec(g.yHat)}); the residual r = y − ŷ = (${vec(g.r)}) is perpendicular to the plane: 1·r = ${formatNumber(g.xtr[0], 3)}, x·r = ${formatNumber(g.xtr[1], 3)}. Drag or use the arrow keys to turn the view.`,
  };
  return (
    <figure className="reg-projection">
      <figcaption>Least squares as a projection in R³ (one axis per point)</figcaption>
      <svg
        className="chart reg-projection-svg"
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width={SIZE}
        height={SIZE}
        role="img"
        tabIndex={0}
        aria-label="least squares as a projection in three dimensions"
        aria-describedby={`reg-proj-text${uid}`}
        {...turning}
      >
        <g className="reg-proj-axes">
          {axes.map(([x, y], i) => (
            <g key={i}>
              <line x1={o[0]} y1={o[1]} x2={x} y2={y} />
              <text x={x + 4} y={y + 4}>{`point ${i + 1}`}</text>
            </g>
          ))}
        </g>
        <path d={`M${corners.map((c) => c.join(',')).join('L')}Z`} className="reg-proj-plane" />
        {arrow(g.ones, 'reg-proj-col', '1')}
        {arrow(g.x, 'reg-proj-col', 'x')}
        {arrow(g.yHat, 'reg-proj-yhat', 'ŷ = Xw', [-18 * dx, -18 * dy])}
        {arrow(g.y, 'reg-proj-y', 'y', [18 * dx, 18 * dy])}
        <line x1={hx} y1={hy} x2={yx} y2={yy} className="reg-proj-r" />
        <text x={(hx + yx) / 2 + 6} y={(hy + yy) / 2} className="reg-proj-r-label">
          r
        </text>
        {square && (
          <path
            d={`M${square[0].join(',')}L${square[1].join(',')}L${square[2].join(',')}`}
            className="reg-proj-right"
          />
        )}
      </svg>
      <ChartTextAlternative id={`reg-proj-text${uid}`} text={text} />
      <div className="readouts reg-readouts">
        <Readout label="1 dot r" value={g.xtr[0]} format={(v) => formatNumber(v, 2)} />
        <Readout label="x dot r" value={g.xtr[1]} format={(v) => formatNumber(v, 2)} />
      </div>
      <p className="reg-note">
        Xᵀr = (1·r, x·r) is zero to rounding: r is perpendicular to both columns, so to the whole plane, and ŷ
        is the point of the plane nearest y.
      </p>
    </figure>
  );
}
