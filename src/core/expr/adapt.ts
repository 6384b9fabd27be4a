import type { Expr, ExprKernels, FastExpr } from './types';

/** True when `e` carries the allocation-free kernels (every Expr built by this module does). */
export function hasKernels(e: Expr): e is FastExpr {
  const k = e as Partial<ExprKernels>;
  return typeof k.valueGradInto === 'function' && typeof k.jetInto === 'function';
}

/**
 * Kernels for any Expr: its own when present, else an adapter over evaluate/gradient/hessian
 * (slower, it allocates), so that hand-written Expr objects work everywhere too.
 */
export function kernelsOf(e: Expr): ExprKernels {
  if (hasKernels(e)) return e;
  return {
    valueGradInto(x, y, out) {
      const [gx, gy] = e.gradient(x, y);
      out[0] = gx;
      out[1] = gy;
      return e.evaluate(x, y);
    },
    jetInto(x, y, out) {
      const [gx, gy] = e.gradient(x, y);
      const [[hxx, hxy], [, hyy]] = e.hessian(x, y);
      out[0] = e.evaluate(x, y);
      out[1] = gx;
      out[2] = gy;
      out[3] = hxx;
      out[4] = hxy;
      out[5] = hyy;
    },
  };
}
