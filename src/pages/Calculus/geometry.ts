/**
 * Pixel geometry of optimizer paths and loss curves, computed once per result and plot size. The
 * loops run over every iterate (70,000 for seven 10,000-step runs) on the main thread, the first
 * time before the JIT has warmed up: plain arithmetic on affine maps, no scale objects, no array
 * per point.
 */

/** An affine map v ↦ a + b·v (a d3 linear scale's formula). */
export interface Affine {
  a: number;
  b: number;
}

/** The affine map of a linear scale with a two-point domain and range. */
export function affineOf(scale: { domain(): number[]; range(): number[] }): Affine {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const b = (r1 - r0) / (d1 - d0);
  return { a: r0 - b * d0, b };
}

/** Pixel coordinates are clamped to this, so a path that flew off to 1e300 still draws sanely. */
const PX_LIMIT = 1e5;
const clampPx = (v: number) => (v > PX_LIMIT ? PX_LIMIT : v < -PX_LIMIT ? -PX_LIMIT : v);
const fmt = (v: number) => String(Math.round(v * 10) / 10);

export interface PixelPath {
  /** SVG path data of the thinned polyline. */
  d: string;
  /** Its length in pixels. */
  total: number;
  /** cum[k]: length of the drawn polyline up to iterate k (for stroke-dashoffset while animating). */
  cum: Float32Array;
  /** Pixel position of every iterate: x at 2k, y at 2k + 1 (for the moving marker). */
  px: Float32Array;
}

/**
 * Projects iterates 0..taken of `path` and drops points closer than `minGap` pixels to the last
 * kept one: thousands of tiny steps near a minimum add nothing visible but weigh on the SVG.
 * cum[k] is the length up to the last kept point at or before k.
 */
export function pixelPath(
  path: Float64Array,
  taken: number,
  sx: Affine,
  sy: Affine,
  minGap = 0.75,
): PixelPath {
  const count = taken + 1;
  const px = new Float32Array(2 * count);
  const cum = new Float32Array(count);
  let d = '';
  let lx = 0;
  let ly = 0;
  let total = 0;
  const gap2 = minGap * minGap;
  for (let k = 0; k < count; k++) {
    const x = clampPx(sx.a + sx.b * path[2 * k]);
    const y = clampPx(sy.a + sy.b * path[2 * k + 1]);
    px[2 * k] = x;
    px[2 * k + 1] = y;
    if (k === 0) {
      d = `M${fmt(x)},${fmt(y)}`;
      lx = x;
      ly = y;
    } else {
      const dx = x - lx;
      const dy = y - ly;
      const g2 = dx * dx + dy * dy;
      if (g2 >= gap2 || k === taken) {
        d += `L${fmt(x)},${fmt(y)}`;
        total += Math.sqrt(g2);
        lx = x;
        ly = y;
      }
    }
    cum[k] = total;
  }
  return { d, total, cum, px };
}

/** How a loss becomes a pixel row: y = a + b·t with t = v + shift, or t = ln(v + shift) on a log axis. */
export interface LossMap {
  a: number;
  b: number;
  shift: number;
  log: boolean;
}

export function lossY(m: LossMap, v: number): number {
  const t = v + m.shift;
  return m.log ? (t > 0 ? m.a + m.b * Math.log(t) : NaN) : m.a + m.b * t;
}

/**
 * SVG path data of a loss curve, step k at x = k·kx, through the steps in `keep` (the worker's
 * envelope of the curve: every step of a short run, each block's extremes for a long one).
 * Values that cannot be drawn (≤ 0 on a log axis) break the line.
 */
export function lossPath(losses: Float64Array, keep: Uint32Array, kx: number, m: LossMap): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < keep.length; i++) {
    const k = keep[i];
    const y = lossY(m, losses[k]);
    if (!Number.isFinite(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${fmt(k * kx)},${fmt(clampPx(y))}`;
    pen = true;
  }
  return d;
}

/** Linear interpolation of a per-step array (stride 1, 2 or 3, component c) at fractional step s ≤ last. */
export function at(a: Float32Array | Float64Array, s: number, last: number, stride = 1, c = 0): number {
  const t = s >= last ? last : s <= 0 ? 0 : s;
  const k = Math.floor(t);
  const f = t - k;
  const v0 = a[stride * k + c];
  return f === 0 || k >= last ? v0 : v0 + (a[stride * (k + 1) + c] - v0) * f;
}

/**
 * Where an optimizer's marker repeats along its drawn path, as x, y pairs: the iterates at which the
 * path's length first reaches `offset`, then at least `spacing` more each time (at most `max`
 * marks), kept only inside the w × h plot. Marks along a line tell it apart where colour cannot.
 */
export function marksAlong(
  geo: PixelPath,
  spacing: number,
  offset: number,
  w: number,
  h: number,
  max = 60,
): number[] {
  const out: number[] = [];
  let next = offset;
  for (let k = 1; k < geo.cum.length && out.length < 2 * max; k++) {
    if (geo.cum[k] < next) continue;
    next = geo.cum[k] + spacing;
    const x = geo.px[2 * k];
    const y = geo.px[2 * k + 1];
    if (x >= 0 && x <= w && y >= 0 && y <= h) out.push(x, y);
  }
  return out;
}
