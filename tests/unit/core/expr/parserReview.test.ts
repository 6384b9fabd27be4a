/** Issue 18, numerical review: the Unicode minus, a decimal comma and an unfinished exponent. */
import { describe, expect, it } from 'vitest';
import { astEquals, parseExpression, parseToAst } from '../../../../src/core/index';

function failure(source: string): [string, string] {
  const r = parseToAst(source);
  if (r.ok) throw new Error(`expected ${source} to fail`);
  return [r.error.message, source.slice(r.error.start, r.error.end)];
}

describe('parser review fixes', () => {
  it('accepts the Unicode minus sign (U+2212) as the minus, binary and unary', () => {
    const a = parseToAst('\u2212x^2 \u2212 2*y');
    const b = parseToAst('-x^2 - 2*y');
    if (!a.ok || !b.ok) throw new Error('parse');
    expect(astEquals(a.ast, b.ast)).toBe(true);
    const e = parseExpression('x \u2212 1');
    expect(e.ok && e.expr.evaluate(3, 0)).toBe(2);
  });

  it.each([
    ['1,5*x', "'1,5': the decimal separator is a point, not a comma; write 1.5", '1,5'],
    ['x + 12,25', "'12,25': the decimal separator is a point, not a comma; write 12.25", '12,25'],
    [
      '1e',
      "incomplete exponent in '1e': write digits after the e, as in 1e5 (or 1*e for the number e)",
      '1e',
    ],
    ['2*x + 3e-', "incomplete exponent in '3e-'", '3e-'],
    ['1.5E+', "incomplete exponent in '1.5E+'", '1.5E+'],
  ])('%j → %j at %j', (source, message, text) => {
    const [m, t] = failure(source);
    expect(m).toContain(message);
    expect(t).toBe(text);
  });

  it('keeps the other messages: a comma between arguments, a missing operator before a name', () => {
    expect(failure('x,y')[0]).toContain('each function takes one argument');
    expect(failure('2exp(x)')[0]).toBe("missing operator between '2' and 'exp'");
    expect(parseToAst('1e3 + 2E-2').ok).toBe(true);
  });
});
