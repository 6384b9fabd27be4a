import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_EXPRESSION_NESTING,
  MAX_EXPRESSION_LENGTH,
  parseProblem,
  parseToAst,
} from '../../../../src/core/index';

/** Fixed so that a failure reproduces; change it to explore other random cases. */
const SEED = 20240611;

/** The error of a source that must fail, as [message, offending text]. */
function failure(source: string): [string, string] {
  const r = parseToAst(source);
  if (r.ok) throw new Error(`${source} parsed`);
  return [r.error.message, source.slice(r.error.start, r.error.end)];
}

describe('parseToAst(source) errors', () => {
  it.each([
    ['foo(x)', "unknown function 'foo'", 'foo'],
    ['alert(1)', "unknown function 'alert'", 'alert'],
    ['(x + 1', "missing ')'", '('],
    ['x + 1)', "unmatched ')'", ')'],
    ['x +', "unexpected end of input after '+'", '+'],
    ['sin(', "unexpected end of input after '('", '('],
    ['2 + * 3', "unexpected '*' after '+'", '*'],
    ['x^^2', "unexpected '^' after '^'", '^'],
    ['z + 1', "unknown name 'z'", 'z'],
    ['constructor', "unknown name 'constructor'", 'constructor'],
    ['__proto__', "unknown name '__proto__'", '__proto__'],
    ['sin', "function 'sin' needs parentheses", 'sin'],
    ['sin()', "'sin' needs an argument", ')'],
    ['1..2', "malformed number '1..2'", '1..2'],
    ['x.y', "unexpected character '.'", '.'],
    ['x;y', "unexpected character ';'", ';'],
    ['x,y', "','", ','],
    ['x = 2', "'='", '='],
    ['@', "unexpected character '@'", '@'],
    ['2x', "missing operator between '2' and 'x'", 'x'],
    ['x**2', "use '^' for powers", '**'],
    ['ln(x)', 'use log(...)', 'ln'],
    ['x(2)', "'x' is not a function", 'x'],
    ['()', 'empty parentheses', '()'],
    ['1e999', 'too large', '1e999'],
    ['', 'empty', ''],
    ['   ', 'empty', '   '],
  ])('%j → %j at %j', (source, message, text) => {
    const [m, t] = failure(source);
    expect(m).toContain(message);
    expect(t).toBe(text);
  });

  it(`refuses text longer than ${MAX_EXPRESSION_LENGTH} characters`, () => {
    const [m, t] = failure('x+'.repeat(600) + 'x');
    expect(m).toContain('too long');
    expect(t.length).toBe(1201 - MAX_EXPRESSION_LENGTH);
  });

  it(`refuses nesting deeper than ${MAX_EXPRESSION_NESTING} levels (parentheses, minus signs, exponents)`, () => {
    expect(failure('('.repeat(150) + 'x' + ')'.repeat(150))[0]).toContain('nested too deeply');
    expect(failure('-'.repeat(150) + 'x')[0]).toContain('nested too deeply');
    expect(failure('x^'.repeat(150) + 'x')[0]).toContain('nested too deeply');
    expect(parseToAst('('.repeat(90) + 'x' + ')'.repeat(90)).ok).toBe(true);
  });

  it('never throws, whatever the input (random strings from the grammar alphabet and beyond)', () => {
    const alphabet = fc.constantFrom(...'xy0123456789.eE+-*/^() sincotaexplgqrbhπ@;,=_$[]{}'.split(''));
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: alphabet, maxLength: 60 }),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const r = parseToAst(s);
        if (!r.ok) {
          expect(typeof r.error.message).toBe('string');
          expect(0 <= r.error.start && r.error.start <= r.error.end && r.error.end <= s.length).toBe(true);
        }
      }),
      { numRuns: 3000, seed: SEED },
    );
  });

  it('returns an error, not an exception, for non-string input from untyped callers', () => {
    expect(parseToAst(undefined as unknown as string).ok).toBe(false);
  });
});

describe('parseToAst(source) trees', () => {
  it('binds ^ tighter than unary minus and to the right: -2^3^2 = -(2^(3^2))', () => {
    const r = parseToAst('-2^3^2');
    expect(r.ok && r.ast).toEqual({
      kind: 'neg',
      arg: {
        kind: 'bin',
        op: '^',
        left: { kind: 'num', value: 2 },
        right: { kind: 'bin', op: '^', left: { kind: 'num', value: 3 }, right: { kind: 'num', value: 2 } },
      },
    });
  });

  it('reads numbers 1, 2.5, .5, 1e-3 and 2.5E2, and π as pi', () => {
    for (const [s, v] of [
      ['1', 1],
      ['2.5', 2.5],
      ['.5', 0.5],
      ['1e-3', 0.001],
      ['2.5E2', 250],
    ] as const) {
      expect(parseToAst(s)).toEqual({ ok: true, ast: { kind: 'num', value: v } });
    }
    expect(parseToAst('π')).toEqual({ ok: true, ast: { kind: 'const', name: 'pi' } });
  });
});

describe('parseProblem(source)', () => {
  it("is null for text that parses and the parser's message otherwise", () => {
    expect(parseProblem('x^2 + sin(y)')).toBeNull();
    const failed = parseToAst('x +');
    expect(failed.ok).toBe(false);
    expect(parseProblem('x +')).toBe(failed.ok ? null : failed.error.message);
    expect(parseProblem('')).toBe('the expression is empty');
  });
});
