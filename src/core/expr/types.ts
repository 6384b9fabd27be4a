/** A point or vector of the plane, [x, y]. */
export type Vec2 = [number, number];

/**
 * A scalar field f: R² → R with exact derivatives.
 * evaluate gives f(x, y) (NaN where f is not real), gradient ∇f = [∂f/∂x, ∂f/∂y],
 * hessian the symmetric matrix [[f_xx, f_xy], [f_yx, f_yy]].
 */
export interface Expr {
  evaluate(x: number, y: number): number;
  gradient(x: number, y: number): Vec2;
  hessian(x: number, y: number): [Vec2, Vec2];
}

/** Where kernels write their outputs: a typed array, or a plain array of doubles (see scratchArray). */
export type KernelOutputs = Float64Array | number[];

/**
 * Allocation-free kernels behind an Expr, for inner loops (optimizers, grids).
 * valueGradInto writes [f_x, f_y] to out[0..1] and returns f;
 * jetInto writes the second-order jet [f, f_x, f_y, f_xx, f_xy, f_yy] to out[0..5].
 */
export interface ExprKernels {
  valueGradInto(x: number, y: number, out: KernelOutputs): number;
  jetInto(x: number, y: number, out: KernelOutputs): void;
}

/** An Expr whose kernels are available (every Expr this module builds is one). */
export type FastExpr = Expr & ExprKernels;

/** A message for a student and the half-open span [start, end) of the offending source text. */
export interface ParseError {
  message: string;
  start: number;
  end: number;
}

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: ParseError };
