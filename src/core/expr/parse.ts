/** The parser's entry points: text to AST, and text to a compiled Expr. Neither ever throws. */
import type { Ast } from './ast';
import { compileExpr } from './compile';
import { tokenize } from './lexer';
import { Failure, Parser } from './parser';
import type { ParseError, ParseResult } from './types';

export const MAX_EXPRESSION_LENGTH = 1000;

export type AstResult = { ok: true; ast: Ast } | { ok: false; error: ParseError };

/** Parses `source` to an AST, or returns a student-readable error with the span of the offending text. */
export function parseToAst(source: string): AstResult {
  try {
    if (typeof source !== 'string')
      return { ok: false, error: { message: 'the expression must be text', start: 0, end: 0 } };
    if (source.length > MAX_EXPRESSION_LENGTH) {
      const message = `the expression is too long (at most ${MAX_EXPRESSION_LENGTH} characters)`;
      return { ok: false, error: { message, start: MAX_EXPRESSION_LENGTH, end: source.length } };
    }
    const lexed = tokenize(source);
    if (!lexed.ok) return lexed;
    if (lexed.tokens.length === 1)
      return { ok: false, error: { message: 'the expression is empty', start: 0, end: source.length } };
    return { ok: true, ast: new Parser(lexed.tokens).parse() };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error };
    // A parser bug must still reach the student as a message, never as an exception.
    return { ok: false, error: { message: 'could not read this expression', start: 0, end: source.length } };
  }
}

/** Why `source` does not parse (the message an expression field shows under it), or null when it does. */
export function parseProblem(source: string): string | null {
  const parsed = parseToAst(source);
  return parsed.ok ? null : parsed.error.message;
}

/**
 * Parses an expression in x and y and compiles it to an Expr (value, exact gradient and Hessian).
 * Never throws: malformed text yields { ok: false, error: { message, start, end } }.
 */
export function parseExpression(source: string): ParseResult {
  const parsed = parseToAst(source);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, expr: compileExpr(parsed.ast) };
  } catch {
    return {
      ok: false,
      error: { message: 'could not compile this expression', start: 0, end: source.length },
    };
  }
}
