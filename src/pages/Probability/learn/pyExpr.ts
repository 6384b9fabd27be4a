/**
 * Expressions of the page's grammar (the Monte Carlo f(x), the MCMC typed log-density) as NumPy source.
 * Python's operators bind like the grammar's: ** is tighter than unary minus on its left, takes a unary
 * operand on its right and associates to the right, so the same precedence table prints the same tree.
 */
import type { Ast } from '../../../core';

/** Sums 1, products 2, negation 3, powers 4, atoms and calls 5 (as in core/expr/print.ts). */
function precedence(ast: Ast): number {
  if (ast.kind === 'bin') return ast.op === '^' ? 4 : ast.op === '*' || ast.op === '/' ? 2 : 1;
  return ast.kind === 'neg' ? 3 : 5;
}

function wrap(ast: Ast, min: number): string {
  const s = pythonExpr(ast);
  return precedence(ast) >= min ? s : `(${s})`;
}

/** NumPy source of `ast` in the variables x and y; log is the natural logarithm, as on the page. */
export function pythonExpr(ast: Ast): string {
  switch (ast.kind) {
    case 'num':
      return String(ast.value);
    case 'var':
      return ast.name;
    case 'const':
      return `np.${ast.name}`;
    case 'neg':
      return `-${wrap(ast.arg, 3)}`;
    case 'call':
      return `np.${ast.fn}(${pythonExpr(ast.arg)})`;
    case 'bin': {
      if (ast.op === '^') return `${wrap(ast.left, 5)}**${wrap(ast.right, 3)}`;
      const p = precedence(ast);
      return `${wrap(ast.left, p)} ${ast.op} ${wrap(ast.right, p + 1)}`;
    }
  }
}

/** Whether the expression reads the variable (a constant f must still give one value per point). */
export function mentions(ast: Ast, name: 'x' | 'y'): boolean {
  switch (ast.kind) {
    case 'var':
      return ast.name === name;
    case 'num':
    case 'const':
      return false;
    case 'neg':
    case 'call':
      return mentions(ast.arg, name);
    case 'bin':
      return mentions(ast.left, name) || mentions(ast.right, name);
  }
}
