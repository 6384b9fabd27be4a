/** Issue 18: log(x) drew −∇f arrows where f is undefined (x < 0); now nothing is drawn there and the region is named. */
import { describe, expect, it } from 'vitest';
import { compileExpr, parseToAst } from '../../../../src/core/index';
import { gradientArrows, undefinedRegion } from '../../../../src/pages/Calculus/contours';
import type { GridResult } from '../../../../src/worker/protocol';

function grid(source: string, n = 41, lo = -2, hi = 2): GridResult {
  const r = parseToAst(source);
  if (!r.ok) throw new Error(r.error.message);
  const e = compileExpr(r.ast);
  const xs = Float64Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
  const ys = xs.slice();
  const values = new Float64Array(n * n);
  const gx = new Float64Array(n * n);
  const gy = new Float64Array(n * n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const k = j * n + i;
      values[k] = e.evaluate(xs[i], ys[j]);
      [gx[k], gy[k]] = e.gradient(xs[i], ys[j]);
    }
  const finite = values.filter(Number.isFinite).length;
  return {
    n,
    xs,
    ys,
    values,
    gx,
    gy,
    percentiles: new Float64Array(101),
    zLow: 0,
    zHigh: 1,
    finite,
    codegen: false,
  };
}

// Pixels: x ∈ [−2, 2] → [0, 400], y ∈ [−2, 2] → [400, 0].
const sx = (x: number) => (x + 2) * 100;
const sy = (y: number) => (2 - y) * 100;

describe('the contour plot where f is undefined', () => {
  it('log(x) + y²: no arrow starts left of x = 0, where the gradient 1/x is finite but f is not', () => {
    const g = grid('log(x) + y^2');
    expect(Number.isFinite(g.gx[0])).toBe(true); // the old test let this through
    const arrows = gradientArrows(g, sx, sy);
    expect(arrows.length).toBeGreaterThan(0);
    for (const a of arrows) expect(a.x + a.dx / 2).toBeGreaterThan(sx(0));
  });

  it('log(x) + y²: the undefined region covers the left half and its label sits inside it', () => {
    const r = undefinedRegion(grid('log(x) + y^2'), sx, sy);
    expect(r).not.toBeNull();
    expect(r!.share).toBeGreaterThan(0.45);
    expect(r!.share).toBeLessThan(0.55);
    expect(r!.label.x).toBeLessThan(sx(0));
    expect(r!.d.startsWith('M')).toBe(true);
    // Every vertex inside the plot.
    for (const m of r!.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(-1e-9);
      expect(Number(m[1])).toBeLessThanOrEqual(400 + 1e-9);
    }
  });

  it('a function defined everywhere has no undefined region', () => {
    expect(undefinedRegion(grid('x^2 + y^2'), sx, sy)).toBeNull();
  });
});
