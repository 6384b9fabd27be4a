/**
 * KaTeX source for an AST: \frac for division, ^{…} for powers, \sin, \sqrt{…}, |…|.
 * Printed by the shared printer (print.ts) with the same precedence as printExpr, except that a \frac
 * groups itself and so needs parentheses only as the base of a power.
 */
import type { Ast } from './ast';
import { precedence, printAst, type ExprDialect } from './print';

const FN_TEX: Record<string, (arg: string) => string> = {
  sin: (a) => `\\sin\\left(${a}\\right)`,
  cos: (a) => `\\cos\\left(${a}\\right)`,
  tan: (a) => `\\tan\\left(${a}\\right)`,
  tanh: (a) => `\\tanh\\left(${a}\\right)`,
  exp: (a) => `\\exp\\left(${a}\\right)`,
  log: (a) => `\\ln\\left(${a}\\right)`,
  sqrt: (a) => `\\sqrt{${a}}`,
  abs: (a) => `\\left|${a}\\right|`,
};

/** A number in TeX; exponent notation becomes m \times 10^{k}. */
export function texNumber(n: number): string {
  const s = String(n);
  const at = s.indexOf('e');
  if (at < 0) return s;
  const mantissa = s.slice(0, at);
  const exponent = s.slice(at + 1).replace(/^\+/, '');
  return mantissa === '1' ? `10^{${exponent}}` : `${mantissa} \\times 10^{${exponent}}`;
}

function texPrecedence(ast: Ast): number {
  if (ast.kind === 'bin' && ast.op === '/') return 4.5;
  if (ast.kind === 'num' && String(ast.value).includes('e')) return 2;
  return precedence(ast);
}

/** True when the TeX of `ast` (wrapped at `min`) begins with a digit, so juxtaposition would misread. */
function startsWithDigit(ast: Ast, min: number): boolean {
  if (texPrecedence(ast) < min) return false;
  if (ast.kind === 'num') return true;
  return ast.kind === 'bin' && ast.op !== '/' && startsWithDigit(ast.left, ast.op === '^' ? 5 : 0);
}

const TEX: ExprDialect = {
  leaf: (a) =>
    a.kind === 'num' ? texNumber(a.value) : a.kind === 'var' ? a.name : a.name === 'pi' ? '\\pi' : 'e',
  call: (fn, arg) => FN_TEX[fn](arg),
  op: (op) => ` ${op} `,
  paren: (s) => `\\left(${s}\\right)`,
  precedence: texPrecedence,
  node(ast, print, wrap) {
    if (ast.kind !== 'bin') return undefined;
    const { op, left, right } = ast;
    if (op === '/') return `\\frac{${print(left)}}{${print(right)}}`;
    if (op === '^') return `${wrap(left, 5)}^{${print(right)}}`;
    if (op === '*') {
      // 10 y^{2} reads better than 10 \cdot y^{2}; 2 \cdot 3 must keep its dot.
      const juxtapose = left.kind === 'num' && right.kind !== 'neg' && !startsWithDigit(right, 3);
      return `${wrap(left, 2)}${juxtapose ? ' ' : ' \\cdot '}${wrap(right, 3)}`;
    }
    return undefined;
  },
};

/** KaTeX source of `ast`, e.g. `x^2 + 10*y^2` → `x^{2} + 10 y^{2}`. */
export function toTex(ast: Ast): string {
  return printAst(ast, TEX);
}
