/**
 * The abstract syntax tree of an expression in x and y. It is the only input of the evaluators,
 * the code generator and the renderers, so everything downstream trusts its closed vocabulary.
 */

/** The one-argument functions of the grammar; log is the natural logarithm. */
export const FUNCTION_NAMES = ['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh'] as const;
export type FnName = (typeof FUNCTION_NAMES)[number];

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Ast =
  | { kind: 'num'; value: number }
  | { kind: 'var'; name: 'x' | 'y' }
  | { kind: 'const'; name: 'pi' | 'e' }
  | { kind: 'neg'; arg: Ast }
  | { kind: 'bin'; op: BinaryOp; left: Ast; right: Ast }
  | { kind: 'call'; fn: FnName; arg: Ast };

// A Map, not an object literal: `'constructor' in {}` is true, and user text is looked up here.
const FUNCTIONS: ReadonlyMap<string, FnName> = new Map(FUNCTION_NAMES.map((n) => [n, n]));

export function lookupFunction(name: string): FnName | undefined {
  return FUNCTIONS.get(name);
}

/** Value of a named constant: π or Euler's e. */
export function constantValue(name: 'pi' | 'e'): number {
  return name === 'pi' ? Math.PI : Math.E;
}

/** Which variables a subtree depends on, as a bit set: 1 = x, 2 = y (0 = a constant subtree). */
export function dependsOn(ast: Ast): number {
  switch (ast.kind) {
    case 'num':
    case 'const':
      return 0;
    case 'var':
      return ast.name === 'x' ? 1 : 2;
    case 'neg':
    case 'call':
      return dependsOn(ast.arg);
    case 'bin':
      return dependsOn(ast.left) | dependsOn(ast.right);
  }
}

/** True when the subtree is the literal number `n` (used to specialise u^2 as u·u). */
export function isLiteral(ast: Ast, n: number): boolean {
  return ast.kind === 'num' && ast.value === n;
}

/** Structural equality of two trees. */
export function astEquals(a: Ast, b: Ast): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'num':
      return Object.is(a.value, (b as typeof a).value);
    case 'var':
    case 'const':
      return a.name === (b as typeof a).name;
    case 'neg':
      return astEquals(a.arg, (b as typeof a).arg);
    case 'call':
      return a.fn === (b as typeof a).fn && astEquals(a.arg, (b as typeof a).arg);
    case 'bin': {
      const c = b as typeof a;
      return a.op === c.op && astEquals(a.left, c.left) && astEquals(a.right, c.right);
    }
  }
}
