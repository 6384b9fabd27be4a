import { useId, useMemo } from 'react';
import type { LineDescent } from '../../../stores/ml/regression/descent';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { useTurnable } from '../../../ui/useTurnable';
import { formatNumber } from '../../../ui/Readout';

type V3 = [number, number, number];

const SIZE = 360;
/** How far the view tilts up or down (radians). */
const PITCH = [-0.2, 1.45] as const;
/** Every LINE_EVERY-th row and column of the loss grid is drawn as a wire. */
const LINE_EVERY = 3;
const f4 = (v: number) => formatNumber(v, 4);

/**
 * The training MSE of the line over (slope, intercept) as a surface, a bowl (the loss is a quadratic), with
 * the paths of gradient descent (or mini-batch SGD), momentum and Adam walking down it to the closed-form
 * point at the bottom: the same grid and paths as the contours beside it, seen from the side. Drawn in SVG
 * with an orthographic camera turned by dragging or with the arrow keys.
 */
export function LossSurface({
  descent,
  solution,
  standardized,
  sgd,
}: {
  descent: LineDescent;
  solution: { slope: number; intercept: number };
  standardized: boolean;
  sgd: boolean;
}) {
  const { angles, handlers: turning } = useTurnable({ yaw: -0.7, pitch: 0.5 }, PITCH);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const { slopes, intercepts, grid, path, momentum, adam } = descent;

  /** The grid in the box [−1, 1]² × [0, 1]: slope, intercept, loss (scaled between the grid's least and most). */
  const box = useMemo(() => {
    const nx = slopes.length;
    const ny = intercepts.length;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of grid) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const [w0, w1] = [slopes[0], slopes[nx - 1]];
    const [b0, b1] = [intercepts[0], intercepts[ny - 1]];
    const u = (w: number) => (2 * (w - w0)) / (w1 - w0) - 1;
    const v = (b: number) => (2 * (b - b0)) / (b1 - b0) - 1;
    const h = (l: number) => (hi > lo ? (l - lo) / (hi - lo) : 0);
    /** The loss at (w, b) by bilinear interpolation of the grid (null outside it). */
    const lossAt = (w: number, b: number): number | null => {
      const fi = ((w - w0) / (w1 - w0)) * (nx - 1);
      const fj = ((b - b0) / (b1 - b0)) * (ny - 1);
      if (!(fi >= 0 && fi <= nx - 1 && fj >= 0 && fj <= ny - 1)) return null;
      const i = Math.min(nx - 2, Math.floor(fi));
      const j = Math.min(ny - 2, Math.floor(fj));
      const [s, t] = [fi - i, fj - j];
      const g = (a: number, c: number) => grid[(j + c) * nx + i + a];
      return (1 - s) * (1 - t) * g(0, 0) + s * (1 - t) * g(1, 0) + (1 - s) * t * g(0, 1) + s * t * g(1, 1);
    };
    return { nx, ny, lo, hi, u, v, h, lossAt };
  }, [slopes, intercepts, grid]);

  const scene = useMemo(() => {
    const { yaw, pitch } = angles;
    const [cy, sy, cp, sp] = [Math.cos(yaw), Math.sin(yaw), Math.cos(pitch), Math.sin(pitch)];
    const k = (SIZE / 2 - 24) / 1.3;
    // Loss points up; the camera turns about it (yaw), then tilts (pitch). The bowl sits around height 0.
    const at = (p: V3): [number, number] => {
      const a = cy * p[0] - sy * p[1];
      const b = sy * p[0] + cy * p[1];
      const z = p[2] * 1.1 - 0.45;
      return [SIZE / 2 + k * a, SIZE / 2 - k * (cp * z - sp * b)];
    };
    const { nx, ny, u, v, h } = box;
    const pt = (i: number, j: number): V3 => [u(slopes[i]), v(intercepts[j]), h(grid[j * nx + i])];
    const wires: string[] = [];
    const rows = (n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i += LINE_EVERY) out.push(i);
      if (out[out.length - 1] !== n - 1) out.push(n - 1);
      return out;
    };
    const line = (ps: V3[]) =>
      ps
        .map(at)
        .map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`)
        .join('');
    for (const j of rows(ny)) wires.push(line(Array.from({ length: nx }, (_, i) => pt(i, j))));
    for (const i of rows(nx)) wires.push(line(Array.from({ length: ny }, (_, j) => pt(i, j))));
    /** A path of [slope, intercept] pairs on the surface, cut where it leaves the grid. */
    const onSurface = (pairs: readonly (readonly [number, number])[]) => {
      let d = '';
      let open = false;
      for (const [w, b] of pairs) {
        const l = box.lossAt(w, b);
        if (l === null) {
          open = false;
          continue;
        }
        const [x, y] = at([u(w), v(b), h(l)]);
        d += `${open ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
        open = true;
      }
      return d;
    };
    const gdPairs = path.params.map((p) => [p[1], p[0]] as [number, number]);
    const star = box.lossAt(solution.slope, solution.intercept);
    // Axes along the floor's edges from the corner (smallest slope and intercept), labelled past their ends.
    const axes = {
      slope: [at([-1, -1, 0]), at([1, -1, 0]), at([1.2, -1, 0])],
      intercept: [at([-1, -1, 0]), at([-1, 1, 0]), at([-1, 1.2, 0])],
      loss: [at([-1, -1, 0]), at([-1, -1, 1]), at([-1, -1, 1.1])],
    };
    return {
      wires,
      gd: onSurface(gdPairs),
      momentum: onSurface(momentum.points),
      adam: onSurface(adam.points),
      star: star === null ? null : at([u(solution.slope), v(solution.intercept), h(star)]),
      start: box.lossAt(0, 0) === null ? null : at([u(0), v(0), h(box.lossAt(0, 0)!)]),
      axes,
    };
  }, [angles, box, slopes, intercepts, grid, path, momentum, adam, solution]);

  const v = standardized ? 'z' : 'x';
  const gdName = sgd ? 'mini-batch SGD' : 'gradient descent';
  const last = path.params[path.params.length - 1];
  const lastLoss = path.losses[path.losses.length - 1];
  const text = {
    description: `The training MSE of the line over slope (coefficient of ${v}) from ${f4(slopes[0])} to ${f4(slopes[slopes.length - 1])} and intercept from ${f4(intercepts[0])} to ${f4(intercepts[intercepts.length - 1])}: a bowl, from ${f4(box.lo)} at its lowest grid point up to ${f4(box.hi)} at the corners. The closed-form minimum is at slope ${f4(solution.slope)}, intercept ${f4(solution.intercept)}. ${path.diverged ? `${gdName} diverged: its steps climb the walls of the bowl.` : `${gdName} walks down from (0, 0) to slope ${f4(last[1])}, intercept ${f4(last[0])}, MSE ${f4(lastLoss)}.`} Drag or use the arrow keys to turn the view.`,
  };
  const { axes } = scene;
  return (
    <figure className="reg-projection reg-surface">
      <figcaption>The same loss as a surface over (slope, intercept)</figcaption>
      <svg
        className="chart reg-projection-svg"
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width={SIZE}
        height={SIZE}
        role="img"
        tabIndex={0}
        aria-label="loss surface and descent path"
        aria-describedby={`reg-surface-text${uid}`}
        {...turning}
      >
        <g className="reg-proj-axes">
          {(['slope', 'intercept', 'loss'] as const).map((name) => {
            const [p, q, end] = axes[name];
            const word = name === 'loss' ? 'MSE' : name;
            // Turned toward an edge, a label past the box's end left the picture ("MSE" lost its M at the
            // opening angle): kept inside, about 7.5 px per 13 px letter.
            const half = (7.5 * word.length) / 2 + 2;
            return (
              <g key={name}>
                <line x1={p[0]} y1={p[1]} x2={q[0]} y2={q[1]} />
                <text
                  x={Math.max(half, Math.min(SIZE - half, end[0]))}
                  y={Math.max(13, Math.min(SIZE - 4, end[1] + 4))}
                  textAnchor="middle"
                >
                  {word}
                </text>
              </g>
            );
          })}
        </g>
        <g className="reg-surface-wires">
          {scene.wires.map((d, i) => (
            <path key={i} d={d} />
          ))}
        </g>
        <path d={scene.adam} className="reg-trail reg-surface-adam" />
        <path d={scene.momentum} className="reg-trail reg-surface-momentum" />
        <path d={scene.gd} className="reg-trail reg-surface-gd" />
        {scene.start && (
          <circle cx={scene.start[0]} cy={scene.start[1]} r={3.5} className="reg-surface-start" />
        )}
        {scene.star && (
          <text x={scene.star[0]} y={scene.star[1] + 5} textAnchor="middle" className="reg-surface-star">
            ★
          </text>
        )}
      </svg>
      <ChartTextAlternative id={`reg-surface-text${uid}`} text={text} />
    </figure>
  );
}
