/**
 * Canonical text of an AST: the fewest parentheses that re-parse to the same tree,
 * spaces around + and -, none around * / ^ (so `x^2 + 10*y^2`).
 */
import type { Ast } from './ast';

/** Binding strength: sums 1, products 2, negation 3, powers 4, atoms and calls 5. */
export function precedence(ast: Ast): number {
  if (ast.kind === 'bin') return ast.op === '^' ? 4 : ast.op === '*' || ast.op === '/' ? 2 : 1;
  return ast.kind === 'neg' ? 3 : 5;
}

/** Shortest decimal text that reads back as the same double (non-negative finite numbers only). */
export function formatNumber(n: number): string {
  return String(n);
}

function wrap(ast: Ast, min: number): string {
  const s = printExpr(ast);
  return precedence(ast) >= min ? s : `(${s})`;
}

/**
 * Prints `ast` so that parseToAst(printExpr(ast)) gives the same tree. Operators of equal strength
 * associate to the left, so a right operand of equal strength keeps its parentheses, except for ^,
 * whose right operand is any unary expression.
 */
export function printExpr(ast: Ast): string {
  switch (ast.kind) {
    case 'num':
      return formatNumber(ast.value);
    case 'var':
    case 'const':
      return ast.name;
    case 'neg':
      return `-${wrap(ast.arg, 3)}`;
    case 'call':
      return `${ast.fn}(${printExpr(ast.arg)})`;
    case 'bin': {
      if (ast.op === '^') return `${wrap(ast.left, 5)}^${wrap(ast.right, 3)}`;
      const p = precedence(ast);
      const sep = p === 1 ? ` ${ast.op} ` : ast.op;
      return `${wrap(ast.left, p)}${sep}${wrap(ast.right, p + 1)}`;
    }
  }
}
