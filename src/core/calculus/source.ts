/** Reading the student's expressions for the calculus tools: parse errors and wrong variables as messages. */
import { dependsOn, type Ast } from '../expr/ast';
import { compileExpr, type CompiledExpr } from '../expr/compile';
import { parseToAst } from '../expr/parse';

/** What every calculus tool returns instead of throwing: a message for the student. */
export interface CalculusError {
  error: string;
}

/** True when a calculus result is an error message rather than a value. */
export function isCalculusError(r: unknown): r is CalculusError {
  return typeof r === 'object' && r !== null && typeof (r as CalculusError).error === 'string';
}

/** Parses `source` (named `label` in messages) to an AST; with `xOnly`, y is refused. */
export function readAst(source: string, label: string, xOnly: boolean): Ast | CalculusError {
  const parsed = parseToAst(source);
  if (!parsed.ok) return { error: `${label}: ${parsed.error.message}` };
  if (xOnly && (dependsOn(parsed.ast) & 2) !== 0)
    return { error: `${label} must be a function of x alone (it uses y)` };
  return parsed.ast;
}

/** Parses and compiles an expression in x and y (value, exact gradient and Hessian). */
export function readExpr(source: string, label: string): CompiledExpr | CalculusError {
  const ast = readAst(source, label, false);
  return isCalculusError(ast) ? ast : compileExpr(ast);
}

/** A finite number, or a message naming it. */
export function checkFinite(value: unknown, name: string): CalculusError | null {
  return typeof value === 'number' && Number.isFinite(value)
    ? null
    : { error: `${name} must be a finite number` };
}

/** Why `source` is not a function of x alone (a parse error or a y in it), or null. */
export function xOnlyProblem(source: string): string | null {
  const ast = readAst(source, 'f(x)', true);
  return isCalculusError(ast) ? ast.error : null;
}
