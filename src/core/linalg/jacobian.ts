/**
 * The Jacobian of a map (x, y) ↦ (u(x, y), v(x, y)) typed by the student, from the expression engine's
 * exact (automatic) derivatives: no step size, so J is accurate to rounding.
 */
import { parseExpression } from '../expr/parse';

/**
 * J = [[∂u/∂x, ∂u/∂y], [∂v/∂x, ∂v/∂y]] at `at` = [x, y] and det J, the local area scale of the map.
 * Never throws: text the parser rejects, or a map not differentiable (not real) at the point, gives
 * { error } naming u or v.
 */
export function jacobian2(
  u: string,
  v: string,
  at: [number, number],
): { J: number[][]; det: number } | { error: string } {
  if (!Array.isArray(at) || at.length !== 2 || !at.every(Number.isFinite))
    return { error: 'the point must be two finite numbers [x, y]' };
  const rows: number[][] = [];
  for (const [name, source] of [
    ['u', u],
    ['v', v],
  ] as const) {
    const parsed = parseExpression(source);
    if (!parsed.ok) return { error: `${name}(x, y): ${parsed.error.message}` };
    const g = parsed.expr.gradient(at[0], at[1]);
    if (!g.every(Number.isFinite))
      return { error: `${name}(x, y) has no real derivative at (${at[0]}, ${at[1]})` };
    rows.push(g);
  }
  const [[a, b], [c, d]] = rows;
  return { J: rows, det: a * d - b * c };
}
