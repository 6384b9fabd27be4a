/**
 * Calculus rows: the expression engine's grid kernels and the optimizer loop against mathjs and
 * against the same work written by hand. All grids are 400×400, row j at y = ys[j]. Both sides
 * compile once (ours compileGrid, mathjs compile/derivative) and are timed evaluating, which is
 * what the worker repeats while the expression stays the same.
 */
import { compile, derivative, type EvalFunction } from 'mathjs';
import type { BenchRow } from '../harness';
import {
  compileGrid,
  optimizePath,
  compileExpr,
  parseToAst,
  type Ast,
  type Expr,
} from '../../src/core/index';

const N = 400;
const SURFACE = 'sin(x)*cos(y) + 0.1*(x^2 + y^2)';
const ROSENBROCK = '(1 - x)^2 + 100*(y - x^2)^2';

function axes(): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(N);
  const ys = new Float64Array(N);
  for (let i = 0; i < N; i++) xs[i] = ys[i] = -3 + (6 * i) / (N - 1);
  return { xs, ys };
}

function ast(source: string): Ast {
  const r = parseToAst(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.ast;
}

/** mathjs evaluated per point with one reused scope (its fastest documented use). */
function mathjsGrid(f: EvalFunction, xs: Float64Array, ys: Float64Array, out: Float64Array): number {
  const scope = { x: 0, y: 0 };
  for (let j = 0, k = 0; j < ys.length; j++) {
    scope.y = ys[j];
    for (let i = 0; i < xs.length; i++, k++) {
      scope.x = xs[i];
      out[k] = f.evaluate(scope);
    }
  }
  return out[k0(out)];
}

const k0 = (out: Float64Array) => (out.length >> 1) + 7;

function gridRows(): BenchRow[] {
  const { xs, ys } = axes();
  const out = new Float64Array(N * N);
  const peerOut = new Float64Array(N * N);
  const gx = new Float64Array(N * N);
  const gy = new Float64Array(N * N);
  const tree = ast(SURFACE);
  const grid = compileGrid(tree, { allowCodegen: true });
  const interpreted = compileGrid(tree, { allowCodegen: false });
  const f = compile(SURFACE);
  const fx = derivative(SURFACE, 'x').compile();
  const fy = derivative(SURFACE, 'y').compile();
  const common = { unit: 'ms/call', kind: 'time' as const, work: N * N };
  return [
    {
      ...common,
      name: 'grid-eval-vs-mathjs',
      peerName: 'mathjs compile().evaluate',
      target: 20,
      ours: () => (grid.evalGrid(xs, ys, out), out[k0(out)]),
      peer: () => mathjsGrid(f, xs, ys, peerOut),
    },
    {
      ...common,
      name: 'grid-eval-vs-handwritten',
      peerName: 'handwritten TypeScript loop',
      target: 0.67,
      // A fresh generated function needs a few calls to reach optimized code; more runs keep
      // those out of the median.
      runs: 15,
      ours: () => (grid.evalGrid(xs, ys, out), out[k0(out)]),
      peer: () => {
        for (let j = 0, k = 0; j < N; j++) {
          const y = ys[j];
          for (let i = 0; i < N; i++, k++) {
            const x = xs[i];
            peerOut[k] = Math.sin(x) * Math.cos(y) + 0.1 * (x * x + y * y);
          }
        }
        return peerOut[k0(peerOut)];
      },
    },
    {
      ...common,
      name: 'gradient-vs-mathjs',
      peerName: 'mathjs derivative()+compile()',
      target: 30,
      runs: 5,
      ours: () => (grid.evalGradGrid(xs, ys, out, gx, gy), gx[k0(gx)]),
      peer: () => {
        const scope = { x: 0, y: 0 };
        for (let j = 0, k = 0; j < N; j++) {
          scope.y = ys[j];
          for (let i = 0; i < N; i++, k++) {
            scope.x = xs[i];
            peerOut[k] = f.evaluate(scope);
            gx[k] = fx.evaluate(scope);
            gy[k] = fy.evaluate(scope);
          }
        }
        return gx[k0(gx)];
      },
    },
    {
      ...common,
      name: 'grid-eval-interpreter-vs-mathjs',
      peerName: 'mathjs compile().evaluate',
      target: null,
      runs: 5,
      ours: () => (interpreted.evalGrid(xs, ys, out), out[k0(out)]),
      peer: () => mathjsGrid(f, xs, ys, peerOut),
    },
  ];
}

const STEPS = 100_000;

/** Adam on the Rosenbrock function written out by hand, gradient inlined, recording the same path. */
function adamInlined(lr: number, x0: number, y0: number): Float64Array {
  const path = new Float64Array(2 * (STEPS + 1));
  const b1 = 0.9;
  const b2 = 0.999;
  const eps = 1e-8;
  let [x, y, m0, m1, v0, v1, p1, p2] = [x0, y0, 0, 0, 0, 0, 1, 1];
  path[0] = x;
  path[1] = y;
  for (let t = 0; t < STEPS; t++) {
    const r = y - x * x;
    const g0 = -2 * (1 - x) - 400 * x * r;
    const g1 = 200 * r;
    p1 *= b1;
    p2 *= b2;
    m0 += (1 - b1) * (g0 - m0);
    m1 += (1 - b1) * (g1 - m1);
    v0 = b2 * v0 + (1 - b2) * g0 * g0;
    v1 = b2 * v1 + (1 - b2) * g1 * g1;
    const s = lr / (1 - p1);
    const c2 = Math.sqrt(1 - p2);
    x -= (s * m0) / (Math.sqrt(v0) / c2 + eps);
    y -= (s * m1) / (Math.sqrt(v1) / c2 + eps);
    path[2 * t + 2] = x;
    path[2 * t + 3] = y;
  }
  return path;
}

function adamRow(): BenchRow {
  let expr: Expr | undefined;
  return {
    name: 'adam-steps-vs-inlined',
    unit: 'ms/call',
    kind: 'time',
    work: STEPS,
    peerName: 'handwritten loop, gradient inlined',
    target: 0.7,
    runs: 15,
    setup: () => {
      const r = parseToAst(ROSENBROCK);
      if (!r.ok) throw new Error(r.error.message);
      expr = compileExpr(r.ast, { allowCodegen: true });
    },
    ours: () => optimizePath(expr as Expr, 'adam', { lr: 0.01 }, [-1.5, 2], STEPS).path[2 * STEPS],
    peer: () => adamInlined(0.01, -1.5, 2)[2 * STEPS],
  };
}

export function calculusRows(): BenchRow[] {
  return [...gridRows(), adamRow()];
}
