/**
 * The constraint g = c on the 3-D surface: its curve traced on the grid of g by marching squares, each
 * vertex lifted to the height of the surface mesh under it (the mesh's own triangles, so the curve lies
 * on what is drawn rather than cutting through a facet), and which mesh points are infeasible for g ≤ c.
 */
import type { GridResult } from '../../../worker/protocol';
import type { SceneMap } from './sceneMap';

/** Grid points per side of the 3D mesh (the contour grid is finer; a frame's cost grows with this squared). */
export const MESH_SIDE = 71;

/** The grid indices the mesh keeps: every stride-th point, and the last, so the mesh spans the domain. */
export function meshPick(gridN: number): number[] {
  const stride = Math.max(1, Math.round((gridN - 1) / (MESH_SIDE - 1)));
  const pick: number[] = [];
  for (let i = 0; i < gridN - 1; i += stride) pick.push(i);
  pick.push(gridN - 1);
  return pick;
}

/**
 * Segments of the level set v = level of values[j·n + i] on the n × n grid over the domain, as
 * x₁, y₁, x₂, y₂ in the function's coordinates. A cell with a corner where g is not real is skipped; the
 * two saddle cases are told apart by the cell's centre value.
 */
export function levelSegments(
  values: Float64Array,
  n: number,
  level: number,
  domain: { xmin: number; xmax: number; ymin: number; ymax: number },
): Float64Array {
  const out: number[] = [];
  const dx = (domain.xmax - domain.xmin) / (n - 1);
  const dy = (domain.ymax - domain.ymin) / (n - 1);
  const X = (i: number) => domain.xmin + i * dx;
  const Y = (j: number) => domain.ymin + j * dy;
  // Where the level crosses the edge from value a to value b, as a fraction of the edge (a, b of opposite signs).
  const cut = (a: number, b: number) => a / (a - b);
  for (let j = 0; j + 1 < n; j++)
    for (let i = 0; i + 1 < n; i++) {
      const a = values[j * n + i] - level; // (i, j)
      const b = values[j * n + i + 1] - level; // (i+1, j)
      const c = values[(j + 1) * n + i + 1] - level; // (i+1, j+1)
      const d = values[(j + 1) * n + i] - level; // (i, j+1)
      if (!Number.isFinite(a + b + c + d)) continue;
      // Crossing points on the four edges (bottom, right, top, left), where the sign changes.
      const pts: [number, number][] = [];
      const bottom = a > 0 !== b > 0 ? ([X(i + cut(a, b)), Y(j)] as [number, number]) : null;
      const right = b > 0 !== c > 0 ? ([X(i + 1), Y(j + cut(b, c))] as [number, number]) : null;
      const top = d > 0 !== c > 0 ? ([X(i + cut(d, c)), Y(j + 1)] as [number, number]) : null;
      const left = a > 0 !== d > 0 ? ([X(i), Y(j + cut(a, d))] as [number, number]) : null;
      for (const p of [bottom, right, top, left]) if (p) pts.push(p);
      if (pts.length === 2) out.push(pts[0][0], pts[0][1], pts[1][0], pts[1][1]);
      else if (pts.length === 4 && bottom && right && top && left) {
        // A saddle cell: a and c on one side. The centre decides which corners the curve cuts off.
        const centreSameAsA = (a + b + c + d) / 4 > 0 === a > 0;
        if (centreSameAsA) out.push(...bottom, ...right, ...top, ...left);
        else out.push(...bottom, ...left, ...top, ...right);
      }
    }
  return Float64Array.from(out);
}

/**
 * The height of the surface mesh (buildSurface's triangles a, b, d and a, d, c of each cell) at (x, y), in
 * scene units; NaN outside the domain or on a cell the mesh leaves out (f not real at a corner).
 */
export function meshHeight(grid: GridResult, map: SceneMap): (x: number, y: number) => number {
  const { n: gridN, xs, ys, values } = grid;
  const pick = meshPick(gridN);
  const n = pick.length;
  const px = pick.map((i) => xs[i]);
  const py = pick.map((j) => ys[j]);
  const z = new Float64Array(n * n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const v = values[pick[j] * gridN + pick[i]];
      z[j * n + i] = Number.isFinite(v) ? map.wz(v) : NaN;
    }
  const cell = (p: number[], t: number) => {
    if (!(t >= p[0] && t <= p[n - 1])) return -1;
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (p[mid] <= t) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  return (x, y) => {
    const i = cell(px, x);
    const j = cell(py, y);
    if (i < 0 || j < 0) return NaN;
    const u = (x - px[i]) / (px[i + 1] - px[i]);
    const v = (y - py[j]) / (py[j + 1] - py[j]);
    const za = z[j * n + i];
    const zb = z[j * n + i + 1];
    const zc = z[(j + 1) * n + i];
    const zd = z[(j + 1) * n + i + 1];
    return u >= v ? za + u * (zb - za) + v * (zd - zb) : za + v * (zc - za) + u * (zd - zc);
  };
}

/** The curve above the mesh by this much (scene units), so that the surface does not hide it. */
export const CURVE_LIFT = 0.01;

/**
 * The curve g = c on the surface: scene positions of line-segment pairs (x, y, z, x, y, z), each vertex on
 * the mesh under it and lifted by CURVE_LIFT; a segment with an end off the drawn surface is left out.
 */
export function liftedCurve(segments: Float64Array, height: (x: number, y: number) => number, map: SceneMap) {
  const out = new Float32Array((segments.length / 4) * 6);
  let m = 0;
  for (let s = 0; s < segments.length; s += 4) {
    const z1 = height(segments[s], segments[s + 1]);
    const z2 = height(segments[s + 2], segments[s + 3]);
    if (!Number.isFinite(z1) || !Number.isFinite(z2)) continue;
    out[m++] = map.wx(segments[s]);
    out[m++] = map.wy(segments[s + 1]);
    out[m++] = z1 + CURVE_LIFT;
    out[m++] = map.wx(segments[s + 2]);
    out[m++] = map.wy(segments[s + 3]);
    out[m++] = z2 + CURVE_LIFT;
  }
  return out.slice(0, m);
}
