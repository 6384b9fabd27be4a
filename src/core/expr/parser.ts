/**
 * Recursive-descent parser for the expression grammar:
 *
 *   sum     := product (('+' | '-') product)*
 *   product := unary (('*' | '/') unary)*
 *   unary   := '-' unary | power
 *   power   := primary ('^' unary)?          (so ^ is right-associative, -2^2 = -4, 2^-1 = 1/2)
 *   primary := number | x | y | pi | e | fn '(' sum ')' | '(' sum ')'
 *
 * It reports the first problem by throwing a Failure (message and source span), which
 * parseToAst catches; nothing here ever evaluates the text.
 */
import { lookupFunction, type Ast } from './ast';
import type { Token } from './lexer';
import type { ParseError } from './types';

export const MAX_EXPRESSION_NESTING = 100;

/** Thrown inside the parser only; parseToAst turns it into an error result. */
export class Failure {
  constructor(readonly error: ParseError) {}
}

const quote = (t: Token) => (t.type === 'end' ? 'end of input' : `'${t.text}'`);

// Names students reach for that the grammar spells differently.
const NAME_HINTS: ReadonlyMap<string, string> = new Map([
  ['ln', 'use log(...) for the natural logarithm'],
  ['PI', 'write pi in lowercase'],
  ['X', 'the variables are lowercase x and y'],
  ['Y', 'the variables are lowercase x and y'],
]);

export class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Ast {
    const ast = this.sum();
    const t = this.peek();
    if (t.type === ')') this.fail("unmatched ')'", t);
    if (t.type !== 'end') this.fail(`missing operator between ${quote(this.prev())} and ${quote(t)}`, t);
    return ast;
  }

  private sum(): Ast {
    let left = this.product();
    for (let t = this.peek(); t.type === 'op' && (t.text === '+' || t.text === '-'); t = this.peek()) {
      this.pos++;
      left = { kind: 'bin', op: t.text, left, right: this.product() };
    }
    return left;
  }

  private product(): Ast {
    let left = this.unary();
    for (let t = this.peek(); t.type === 'op' && (t.text === '*' || t.text === '/'); t = this.peek()) {
      this.pos++;
      left = { kind: 'bin', op: t.text, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Ast {
    const t = this.peek();
    this.enter(t);
    let ast: Ast;
    if (t.type === 'op' && t.text === '-') {
      this.pos++;
      ast = { kind: 'neg', arg: this.unary() };
    } else {
      ast = this.primary();
      if (this.peek().text === '^') {
        this.pos++;
        ast = { kind: 'bin', op: '^', left: ast, right: this.unary() };
      }
    }
    this.depth--;
    return ast;
  }

  private primary(): Ast {
    const t = this.next();
    if (t.type === 'num') return { kind: 'num', value: t.value };
    if (t.type === '(') {
      if (this.peek().type === ')') this.fail("empty parentheses '()'", { ...t, end: this.peek().end });
      return this.closed(t, this.sum());
    }
    if (t.type === 'ident') return this.name(t);
    const before = this.tokens[this.pos - 2];
    if (!before)
      this.fail(
        t.type === 'end' ? 'the expression is empty' : `an expression cannot start with ${quote(t)}`,
        t,
      );
    if (t.type === 'end') this.fail(`unexpected end of input after ${quote(before)}`, before);
    this.fail(`unexpected ${quote(t)} after ${quote(before)}`, t);
  }

  private name(t: Token): Ast {
    const followedByParen = this.peek().type === '(';
    if (t.text === 'x' || t.text === 'y' || t.text === 'pi' || t.text === 'e') {
      if (followedByParen) this.fail(`'${t.text}' is not a function: write ${t.text}*(...) to multiply`, t);
      return t.text === 'x' || t.text === 'y'
        ? { kind: 'var', name: t.text }
        : { kind: 'const', name: t.text };
    }
    const fn = lookupFunction(t.text);
    if (!fn) {
      const hint = NAME_HINTS.get(t.text);
      if (hint) this.fail(`unknown name '${t.text}': ${hint}`, t);
      if (followedByParen) this.fail(`unknown function '${t.text}'`, t);
      this.fail(`unknown name '${t.text}': the variables are x and y`, t);
    }
    if (!followedByParen) this.fail(`function '${fn}' needs parentheses, like ${fn}(x)`, t);
    const open = this.next();
    this.enter(open);
    if (this.peek().type === ')') this.fail(`'${fn}' needs an argument inside the parentheses`, this.peek());
    const arg = this.closed(open, this.sum());
    this.depth--;
    return { kind: 'call', fn, arg };
  }

  /** Consumes the ')' matching `open`, or explains why it is not there. */
  private closed(open: Token, inner: Ast): Ast {
    const t = this.peek();
    if (t.type === ')') {
      this.pos++;
      return inner;
    }
    if (t.type === 'end') this.fail("missing ')' to close this '('", open);
    this.fail(`missing operator between ${quote(this.prev())} and ${quote(t)}`, t);
  }

  private enter(at: Token): void {
    if (++this.depth > MAX_EXPRESSION_NESTING)
      this.fail(`the expression is nested too deeply (over ${MAX_EXPRESSION_NESTING} levels)`, at);
  }
  private peek(): Token {
    return this.tokens[this.pos];
  }
  private prev(): Token {
    return this.tokens[this.pos - 1];
  }
  private next(): Token {
    return this.tokens[Math.min(this.pos++, this.tokens.length - 1)];
  }
  private fail(message: string, at: { start: number; end: number }): never {
    throw new Failure({ message, start: at.start, end: at.end });
  }
}
