import type { Ast } from '../../expr/ast';
import { parseExpression, parseToAst } from '../../expr/parse';
import type { ParseError } from '../../expr/types';

export type FxResult = { ok: true; f: (x: number) => number; ast: Ast } | { ok: false; error: ParseError };

/**
 * Reads a function of one variable x with the expression engine (which works in x and y): the text
 * must not mention y, and f(x) is evaluated as f(x, 0). Never throws.
 */
export function parseFunctionOfX(source: string): FxResult {
  const parsed = parseToAst(source);
  if (!parsed.ok) return parsed;
  if (mentionsY(parsed.ast)) {
    const at = /(^|[^a-z])y(?![a-z])/i.exec(source);
    const start = at ? at.index + at[1].length : 0;
    return { ok: false, error: { message: 'f may use x only (no y)', start, end: start + 1 } };
  }
  const compiled = parseExpression(source);
  if (!compiled.ok) return compiled;
  const expr = compiled.expr;
  return { ok: true, f: (x) => expr.evaluate(x, 0), ast: parsed.ast };
}

function mentionsY(ast: Ast): boolean {
  switch (ast.kind) {
    case 'var':
      return ast.name === 'y';
    case 'num':
    case 'const':
      return false;
    case 'neg':
    case 'call':
      return mentionsY(ast.arg);
    case 'bin':
      return mentionsY(ast.left) || mentionsY(ast.right);
  }
}
