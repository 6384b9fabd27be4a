/**
 * The one expression printer: an AST as text with the fewest parentheses that keep its tree. Each target
 * (the canonical text here, TeX, NumPy, PyTorch) is a dialect: how leaves, calls and operators are spelled,
 * and, where a target lays out a node its own way (TeX's \frac), that node. Grouping, which is where
 * printers go wrong, is written once.
 *
 * Canonical text: spaces around + and -, none around * / ^ (so `x^2 + 10*y^2`).
 */
import type { Ast, BinaryOp, FnName } from './ast';

/** Binding strength: sums 1, products 2, negation 3, powers 4, atoms and calls 5. */
export function precedence(ast: Ast): number {
  if (ast.kind === 'bin') return ast.op === '^' ? 4 : ast.op === '*' || ast.op === '/' ? 2 : 1;
  return ast.kind === 'neg' ? 3 : 5;
}

export type ExprLeaf = Extract<Ast, { kind: 'num' | 'var' | 'const' }>;

/** How one target spells an expression. */
export interface ExprDialect {
  /** A number, a variable or a named constant. */
  leaf(ast: ExprLeaf): string;
  /** A call, from its argument's text. */
  call(fn: FnName, arg: string): string;
  /** An operator with its spaces, e.g. `' + '`, `'*'`, `'**'`. */
  op(op: BinaryOp): string;
  /** Parentheses around a part that binds too loosely for its place; `(…)` unless given. */
  paren?(text: string): string;
  /** Binding strength used to decide grouping; `precedence` unless given. */
  precedence?(ast: Ast): number;
  /**
   * A node laid out the target's own way, or undefined for the common layout. `print` prints a part,
   * `wrap` prints it grouped when it binds less tightly than `min`.
   */
  node?(ast: Ast, print: (a: Ast) => string, wrap: (a: Ast, min: number) => string): string | undefined;
}

/**
 * Prints `ast` in `dialect`. Operators of equal strength associate to the left, so a right operand of
 * equal strength keeps its parentheses, except for ^, which takes an atom on its left and any unary
 * expression on its right (as Python's ** does).
 */
export function printAst(ast: Ast, dialect: ExprDialect): string {
  const strength = dialect.precedence ?? precedence;
  const paren = dialect.paren ?? ((s: string) => `(${s})`);
  const wrap = (a: Ast, min: number): string => (strength(a) >= min ? print(a) : paren(print(a)));
  const print = (a: Ast): string => dialect.node?.(a, print, wrap) ?? common(a);
  const common = (a: Ast): string => {
    switch (a.kind) {
      case 'num':
      case 'var':
      case 'const':
        return dialect.leaf(a);
      case 'neg':
        return `-${wrap(a.arg, 3)}`;
      case 'call':
        return dialect.call(a.fn, print(a.arg));
      case 'bin': {
        if (a.op === '^') return `${wrap(a.left, 5)}${dialect.op('^')}${wrap(a.right, 3)}`;
        const p = precedence(a);
        return `${wrap(a.left, p)}${dialect.op(a.op)}${wrap(a.right, p + 1)}`;
      }
    }
  };
  return print(ast);
}

/** Shortest decimal text that reads back as the same double (non-negative finite numbers only). */
export function formatNumber(n: number): string {
  return String(n);
}

const CANONICAL: ExprDialect = {
  leaf: (a) => (a.kind === 'num' ? formatNumber(a.value) : a.name),
  call: (fn, arg) => `${fn}(${arg})`,
  op: (op) => (op === '+' || op === '-' ? ` ${op} ` : op),
};

/** Prints `ast` so that parseToAst(printExpr(ast)) gives the same tree. */
export function printExpr(ast: Ast): string {
  return printAst(ast, CANONICAL);
}
