/**
 * Compiles an AST to fast kernels. JavaScript source is generated from the validated AST only
 * (see jsEmit), checked token by token against a whitelist, and only then handed to `new Function`.
 * Where that is impossible (a Content Security Policy forbids it) the closure interpreter runs
 * the same program instead.
 */
import type { Ast } from './ast';
import { differentiate } from './diff';
import type { Program } from './ir';
import { interpretGrid, interpretPoint } from './interpret';
import { GRID_PARAMS, POINT_PARAMS, gridSource, pointSource } from './jsEmit';
import { isWhitelistedSource } from './jsTokens';
import { scratchArray, type GridKernel, type PointKernel } from './kernels';
import type { FastExpr, KernelOutputs, Vec2 } from './types';

export interface CompileOptions {
  /**
   * Generate JavaScript with `new Function` (default false: the closure interpreter). Only the worker opts
   * in: the document's Content Security Policy forbids code generation, and trying it there would log a
   * policy violation.
   */
  allowCodegen?: boolean;
}

// Remembered so that a page under a CSP does not log one violation per keystroke.
let codegenBlocked = false;

function generate<K>(params: readonly string[], body: string): K | null {
  if (codegenBlocked || !isWhitelistedSource(body)) return null;
  try {
    return new Function(...params, body) as K;
  } catch (e) {
    if (e instanceof EvalError) codegenBlocked = true;
    return null;
  }
}

function pointKernel(p: Program, from: 0 | 1, codegen: boolean): { k: PointKernel; generated: boolean } {
  const k = codegen ? generate<PointKernel>(POINT_PARAMS, pointSource(p, from)) : null;
  return k ? { k, generated: true } : { k: interpretPoint(p, from), generated: false };
}

function gridKernel(p: Program, codegen: boolean): { k: GridKernel; generated: boolean } {
  const k = codegen ? generate<GridKernel>(GRID_PARAMS, gridSource(p)) : null;
  return k ? { k, generated: true } : { k: interpretGrid(p), generated: false };
}

/** An Expr backed by kernels: f, (f, ∇f) and the second-order jet (f, ∇f, ∇²f). */
export class CompiledExpr implements FastExpr {
  readonly evaluateInto: PointKernel;
  readonly valueGradInto: PointKernel;
  private readonly jetKernel: PointKernel;
  /** True when the kernels are generated JavaScript, false when interpreted. */
  readonly codegen: boolean;
  private readonly scratch = scratchArray(6);

  constructor(ast: Ast, allowCodegen: boolean) {
    const value = pointKernel(differentiate(ast, 0), 1, allowCodegen);
    const grad = pointKernel(differentiate(ast, 1), 1, allowCodegen);
    const jet = pointKernel(differentiate(ast, 2), 0, allowCodegen);
    this.evaluateInto = value.k;
    this.valueGradInto = grad.k;
    this.jetKernel = jet.k;
    this.codegen = value.generated && grad.generated && jet.generated;
  }

  evaluate(x: number, y: number): number {
    return this.evaluateInto(x, y, this.scratch);
  }
  gradient(x: number, y: number): Vec2 {
    const g = this.scratch;
    this.valueGradInto(x, y, g);
    return [g[0], g[1]];
  }
  hessian(x: number, y: number): [Vec2, Vec2] {
    const h = this.scratch;
    this.jetKernel(x, y, h);
    return [
      [h[3], h[4]],
      [h[4], h[5]],
    ];
  }
  /** Writes [f, f_x, f_y, f_xx, f_xy, f_yy] into out[0..5]. */
  jetInto(x: number, y: number, out: KernelOutputs): void {
    this.jetKernel(x, y, out);
  }
}

/** Compiles `ast` to an Expr with exact gradient and Hessian (generated code only with allowCodegen). */
export function compileExpr(ast: Ast, options: CompileOptions = {}): CompiledExpr {
  return new CompiledExpr(ast, options.allowCodegen ?? false);
}

/** Grid evaluators: out[j·xs.length + i] = f(xs[i], ys[j]) (row j is one y). */
export interface GridEvaluator {
  evalGrid(xs: ArrayLike<number>, ys: ArrayLike<number>, out: Float64Array): void;
  /** Also fills gx, gy with ∂f/∂x and ∂f/∂y at the same points. */
  evalGradGrid(
    xs: ArrayLike<number>,
    ys: ArrayLike<number>,
    out: Float64Array,
    gx: Float64Array,
    gy: Float64Array,
  ): void;
  codegen: boolean;
}

function checkSize(xs: ArrayLike<number>, ys: ArrayLike<number>, arrays: Float64Array[]): void {
  const n = xs.length * ys.length;
  for (const a of arrays)
    if (a.length < n) throw new RangeError(`output array needs ${n} entries, has ${a.length}`);
}

/** Compiles `ast` to grid evaluators (the worker's 400×400 surfaces and contour fields). */
export function compileGrid(ast: Ast, options: CompileOptions = {}): GridEvaluator {
  const allow = options.allowCodegen ?? false;
  // Each kernel is built on first use: a surface view never pays for the gradient kernel.
  let value: { k: GridKernel; generated: boolean } | undefined;
  let grad: { k: GridKernel; generated: boolean } | undefined;
  return {
    evalGrid(xs, ys, out) {
      checkSize(xs, ys, [out]);
      value ??= gridKernel(differentiate(ast, 0), allow);
      value.k(xs, ys, xs.length, ys.length, out);
    },
    evalGradGrid(xs, ys, out, gx, gy) {
      checkSize(xs, ys, [out, gx, gy]);
      grad ??= gridKernel(differentiate(ast, 1), allow);
      grad.k(xs, ys, xs.length, ys.length, out, gx, gy);
    },
    get codegen() {
      value ??= gridKernel(differentiate(ast, 0), allow);
      return value.generated;
    },
  };
}
