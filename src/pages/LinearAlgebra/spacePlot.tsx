/**
 * The flat pictures of the Projection and Gram–Schmidt views: the plane [−world, world]² in 2D, and in 3D a
 * fixed oblique view of ℝ³ (an orthographic camera turned 35° about z and tilted 22° down), drawn in SVG.
 */

export const PLOT_SIZE = 400;
const AZ = (35 * Math.PI) / 180;
const EL = (22 * Math.PI) / 180;

/** World point → SVG pixels, for a plot of half-width `world`. */
export type Projector = (p: readonly number[]) => [number, number];

export function makeProjector(dim: number, world: number): Projector {
  const k = PLOT_SIZE / (2 * world);
  const c = PLOT_SIZE / 2;
  if (dim === 2) return (p) => [c + k * p[0], c - k * p[1]];
  const [ca, sa, ce, se] = [Math.cos(AZ), Math.sin(AZ), Math.cos(EL), Math.sin(EL)];
  return (p) => {
    const [x, y, z] = [p[0], p[1], p[2] ?? 0];
    const X = -x * sa + y * ca;
    const Y = z * ce - (x * ca + y * sa) * se;
    return [c + k * X, c - k * Y];
  };
}

/** An arrow between two pixel points; its head is at most `head` px long (half the arrow when shorter). */
export function Arrow({
  from,
  to,
  color,
  width = 2.5,
  dash,
  head: headMax = 11,
}: {
  from: [number, number];
  to: [number, number];
  color: string;
  width?: number;
  dash?: string;
  head?: number;
}) {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (!(len > 1)) return null;
  const [dx, dy] = [(x1 - x0) / len, (y1 - y0) / len];
  const h = Math.min(headMax, len / 2);
  const head = `M${x1},${y1} L${x1 - h * dx - 0.45 * h * dy},${y1 - h * dy + 0.45 * h * dx} L${x1 - h * dx + 0.45 * h * dy},${y1 - h * dy - 0.45 * h * dx} Z`;
  return (
    <g>
      <line
        x1={x0}
        y1={y0}
        x2={x1 - h * dx * 0.8}
        y2={y1 - h * dy * 0.8}
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dash}
      />
      <path d={head} fill={color} />
    </g>
  );
}

/** A label beside a tip, pushed 14 px away from the origin's pixel. */
export function TipText({
  at,
  origin,
  text,
  color,
}: {
  at: [number, number];
  origin: [number, number];
  text: string;
  color: string;
}) {
  const len = Math.hypot(at[0] - origin[0], at[1] - origin[1]) || 1;
  const x = at[0] + ((at[0] - origin[0]) / len) * 14;
  const y = at[1] + ((at[1] - origin[1]) / len) * 14;
  return (
    <text
      x={x}
      y={y}
      fill={color}
      fontSize={15}
      fontWeight={700}
      textAnchor="middle"
      dominantBaseline="middle"
      stroke="var(--la-bg)"
      strokeWidth={3}
      paintOrder="stroke"
    >
      {text}
    </text>
  );
}

/**
 * A square plane's faint grid lines at `ticks` (0 skipped) and its two axes through the origin, for a plot
 * `size` px wide whose x and y map to pixels by `sx` and `sy`.
 */
export function PlaneGrid({
  ticks,
  sx,
  sy,
  size,
}: {
  ticks: readonly number[];
  sx: (x: number) => number;
  sy: (y: number) => number;
  size: number;
}) {
  return (
    <>
      {ticks
        .filter((g) => g !== 0)
        .map((g) => (
          <g key={g} stroke="var(--la-grid-faint)" strokeWidth={1}>
            <line x1={sx(g)} x2={sx(g)} y1={0} y2={size} />
            <line x1={0} x2={size} y1={sy(g)} y2={sy(g)} />
          </g>
        ))}
      <g stroke="var(--la-v)" strokeWidth={1.2}>
        <line x1={sx(0)} x2={sx(0)} y1={0} y2={size} />
        <line x1={0} x2={size} y1={sy(0)} y2={sy(0)} />
      </g>
    </>
  );
}

/** The grid and axes (2D) or the three axes with their names (3D). */
export function Axes({ dim, world, to }: { dim: number; world: number; to: Projector }) {
  if (dim === 2) {
    const ticks: number[] = [];
    for (let g = -Math.floor(world); g <= Math.floor(world); g++) ticks.push(g);
    return (
      <g>
        <PlaneGrid ticks={ticks} sx={(g) => to([g, 0])[0]} sy={(g) => to([0, g])[1]} size={PLOT_SIZE} />
      </g>
    );
  }
  const axes: [number[], string][] = [
    [[world * 0.9, 0, 0], 'x'],
    [[0, world * 0.9, 0], 'y'],
    [[0, 0, world * 0.9], 'z'],
  ];
  return (
    <g>
      {axes.map(([p, name]) => {
        const neg = to(p.map((x) => -x));
        const pos = to(p);
        return (
          <g key={name}>
            <line
              x1={neg[0]}
              y1={neg[1]}
              x2={pos[0]}
              y2={pos[1]}
              stroke="var(--la-grid-faint)"
              strokeWidth={1.5}
            />
            <text x={pos[0]} y={pos[1] - 6} fill="var(--la-v)" fontSize={14} textAnchor="middle">
              {name}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * The right-angle mark at `foot` between the directions `a` (along the subspace) and `b` (the residual),
 * `size` in world units; nothing when either direction is 0.
 */
export function RightAngle({
  foot,
  a,
  b,
  size,
  to,
}: {
  foot: readonly number[];
  a: readonly number[];
  b: readonly number[];
  size: number;
  to: Projector;
}) {
  const na = Math.hypot(...a);
  const nb = Math.hypot(...b);
  if (!(na > 1e-9 && nb > 1e-9)) return null;
  const ua = a.map((x) => (x / na) * size);
  const ub = b.map((x) => (x / nb) * size);
  const p1 = to(foot.map((x, i) => x + ua[i]));
  const p2 = to(foot.map((x, i) => x + ua[i] + ub[i]));
  const p3 = to(foot.map((x, i) => x + ub[i]));
  return (
    <path
      d={`M${p1[0]},${p1[1]} L${p2[0]},${p2[1]} L${p3[0]},${p3[1]}`}
      fill="none"
      stroke="var(--text, currentColor)"
      strokeWidth={1.5}
      data-testid="right-angle"
    />
  );
}
