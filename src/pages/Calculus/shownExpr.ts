/**
 * The function the views draw, parsed once per text on the main thread. The main thread never
 * generates code (that happens only in the worker): its Expr runs on the closure interpreter,
 * which is plenty for single points (curvature, backprop, the Taylor patch).
 */
import { compileExpr, parseToAst, toTex, type Ast, type CompiledExpr } from '../../core';
import { useCalculusStore } from '../../stores/calculus/store';

export interface ShownExpr {
  source: string;
  ast: Ast;
  tex: string;
  expr: CompiledExpr;
}

let cache: ShownExpr | null = null;

/** The parsed function for `source` (which must parse: the store only shows valid text). */
export function shownExprOf(source: string): ShownExpr | null {
  if (cache?.source === source) return cache;
  const parsed = parseToAst(source);
  if (!parsed.ok) return null;
  cache = {
    source,
    ast: parsed.ast,
    tex: toTex(parsed.ast),
    expr: compileExpr(parsed.ast, { allowCodegen: false }),
  };
  return cache;
}

export function useShownExpr(): ShownExpr | null {
  return shownExprOf(useCalculusStore((s) => s.shownFn));
}

/** The point curvature and backprop are shown at: the hovered point, else the start. */
export function useProbe(): [number, number] {
  const hover = useCalculusStore((s) => s.hover);
  const start = useCalculusStore((s) => s.view.start);
  return hover ?? start;
}
