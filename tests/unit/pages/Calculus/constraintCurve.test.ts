/** Issue 18: the constraint g = c on the 3-D surface: the curve traced on g's grid, lifted onto f's mesh. */
import { describe, expect, it } from 'vitest';
import { compileExpr, parseToAst } from '../../../../src/core';
import {
  CURVE_LIFT,
  levelSegments,
  liftedCurve,
  meshHeight,
  meshPick,
} from '../../../../src/pages/Calculus/scene/constraintCurve';
import { infeasibleOnGrid } from '../../../../src/pages/Calculus/scene/Constraint3D';
import { sceneMap } from '../../../../src/pages/Calculus/scene/sceneMap';
import type { GridRequest, GridResult } from '../../../../src/worker/protocol';

const domain = { xmin: -5, xmax: 5, ymin: -4, ymax: 4 };
const N = 141;

function values(src: string, n = N) {
  const parsed = parseToAst(src);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const e = compileExpr(parsed.ast);
  const xs = Float64Array.from(
    { length: n },
    (_, i) => domain.xmin + ((domain.xmax - domain.xmin) * i) / (n - 1),
  );
  const ys = Float64Array.from(
    { length: n },
    (_, j) => domain.ymin + ((domain.ymax - domain.ymin) * j) / (n - 1),
  );
  const v = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) v[j * n + i] = e.evaluate(xs[i], ys[j]);
  return { xs, ys, v, e };
}

function grid(src: string): {
  request: GridRequest;
  result: GridResult;
  f: (x: number, y: number) => number;
} {
  const { xs, ys, v, e } = values(src);
  const finite = [...v].filter(Number.isFinite).sort((a, b) => a - b);
  const percentiles = Float64Array.from(
    { length: 101 },
    (_, k) => finite[Math.round((k / 100) * (finite.length - 1))],
  );
  const result = {
    n: N,
    xs,
    ys,
    values: v,
    gx: new Float64Array(N * N),
    gy: new Float64Array(N * N),
    percentiles,
    zLow: percentiles[0],
    zHigh: percentiles[100],
    finite: finite.length,
    codegen: false,
  } as GridResult;
  return { request: { source: src, ...domain, n: N }, result, f: (x, y) => e.evaluate(x, y) };
}

describe('levelSegments', () => {
  it('traces x² + y² = 4 as a closed ring of radius 2 (every end within 0.005, length 4π within 0.1%)', () => {
    const s = levelSegments(values('x^2 + y^2').v, N, 4, domain);
    expect(s.length).toBeGreaterThan(4 * 100);
    let length = 0;
    for (let k = 0; k < s.length; k += 4) {
      expect(Math.abs(Math.hypot(s[k], s[k + 1]) - 2)).toBeLessThan(0.005);
      expect(Math.abs(Math.hypot(s[k + 2], s[k + 3]) - 2)).toBeLessThan(0.005);
      length += Math.hypot(s[k + 2] - s[k], s[k + 3] - s[k + 1]);
    }
    expect(Math.abs(length - 4 * Math.PI) / (4 * Math.PI)).toBeLessThan(1e-3);
  });
  it('leaves out cells where g is not real: log(x) = 0 is the line x = 1, nothing at x ≤ 0', () => {
    const s = levelSegments(values('log(x)').v, N, 0, domain);
    expect(s.length).toBeGreaterThan(0);
    for (let k = 0; k < s.length; k += 2) expect(s[k]).toBeCloseTo(1, 6);
  });
  it('splits a saddle cell by its centre value', () => {
    // One cell on [−1, 1]²: 1 at bottom-left and top-right, −1 at the other corners; the centre averages 0.
    const v = Float64Array.from([1, -1, -1, 1]);
    const cell = { xmin: -1, xmax: 1, ymin: -1, ymax: 1 };
    const ends = (level: number) => {
      const s = levelSegments(v, 2, level, cell);
      const side = (x: number, y: number) =>
        y === -1 ? 'bottom' : y === 1 ? 'top' : x === -1 ? 'left' : x === 1 ? 'right' : '?';
      const out: string[] = [];
      for (let k = 0; k < s.length; k += 4)
        out.push([side(s[k], s[k + 1]), side(s[k + 2], s[k + 3])].sort().join('-'));
      return out.sort();
    };
    // Level −0.5: the centre (0) is above it like the 1s, which join across the cell; the −1 corners are cut off.
    expect(ends(-0.5)).toEqual(['bottom-right', 'left-top']);
    // Level 0.5: the centre is below it like the −1s; the 1 corners are cut off.
    expect(ends(0.5)).toEqual(['bottom-left', 'right-top']);
  });
});

describe('meshHeight and liftedCurve', () => {
  it('the mesh height is f on a plane (any point), and the mesh nodes elsewhere', () => {
    const g = grid('x + 2*y');
    const map = sceneMap(g.request, g.result);
    const h = meshHeight(g.result, map);
    for (const [x, y] of [
      [0.123, -3.21],
      [-4.9, 3.9],
      [2.5, 0],
    ])
      expect(h(x, y)).toBeCloseTo(map.wz(g.f(x, y)), 6);
    const b = grid('x^2 * y');
    const mb = sceneMap(b.request, b.result);
    const hb = meshHeight(b.result, mb);
    const pick = meshPick(N);
    const [i, j] = [pick[7], pick[40]];
    expect(hb(b.result.xs[i], b.result.ys[j])).toBeCloseTo(mb.wz(b.result.values[j * N + i]), 9);
    expect(Number.isNaN(h(5.5, 0))).toBe(true);
  });
  it('the curve sits CURVE_LIFT above the mesh; a segment over an undrawn cell is left out', () => {
    const g = grid('x + 2*y');
    const map = sceneMap(g.request, g.result);
    const segments = levelSegments(values('x^2 + y^2').v, N, 4, domain);
    const pos = liftedCurve(segments, meshHeight(g.result, map), map);
    expect(pos.length).toBe((segments.length / 4) * 6);
    for (let k = 0; k < 6; k += 3) {
      const x = segments[(2 * k) / 3];
      const y = segments[(2 * k) / 3 + 1];
      expect(pos[k]).toBeCloseTo(map.wx(x), 6);
      expect(pos[k + 2]).toBeCloseTo(map.wz(g.f(x, y)) + CURVE_LIFT, 5);
    }
    const holes = liftedCurve(segments, (x) => (x < 0 ? NaN : 0), map);
    expect(holes.length).toBeLessThan(pos.length * 0.6);
    expect(holes.every(Number.isFinite)).toBe(true);
  });
});

describe('infeasibleOnGrid', () => {
  it('dims g > c for g ≤ c on the same grid only', () => {
    const g = grid('x^2 + y^2');
    const gv = values('x^2 + y^2').v;
    const constraint = {
      request: { f: 'x', g: 'x^2 + y^2', c: 4, kind: 'le' as const, domain, n: N },
      result: { n: N, gValues: gv, points: [], pointsError: null, kkt: null, best: -1, sensitivity: null },
    };
    const out = infeasibleOnGrid(constraint, g);
    if (!out) throw new Error('expected a mask');
    const centre = ((N - 1) / 2) * N + (N - 1) / 2;
    expect(out(centre)).toBe(false);
    expect(out(0)).toBe(true);
    expect(infeasibleOnGrid({ ...constraint, request: { ...constraint.request, kind: 'eq' } }, g)).toBeNull();
    expect(
      infeasibleOnGrid(
        { ...constraint, request: { ...constraint.request, domain: { ...domain, xmin: -6 } } },
        g,
      ),
    ).toBeNull();
  });
});
