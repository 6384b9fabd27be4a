/**
 * Expressions of the page's grammar (the Monte Carlo f(x), the MCMC typed log-density) as NumPy source.
 * Python's operators bind like the grammar's: ** is tighter than unary minus on its left, takes a unary
 * operand on its right and associates to the right, so the shared printer (core/expr/print.ts) prints the
 * same tree.
 */
import { printAst, type Ast, type ExprDialect } from '../../../core';

const NUMPY: ExprDialect = {
  leaf: (a) => (a.kind === 'num' ? String(a.value) : a.kind === 'var' ? a.name : `np.${a.name}`),
  call: (fn, arg) => `np.${fn}(${arg})`,
  op: (op) => (op === '^' ? '**' : ` ${op} `),
};

/** NumPy source of `ast` in the variables x and y; log is the natural logarithm, as on the page. */
export function pythonExpr(ast: Ast): string {
  return printAst(ast, NUMPY);
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
