import { describe, expect, it } from 'vitest';
import { parseToAst, toTex } from '../../../../src/core/index';

function tex(source: string): string {
  const r = parseToAst(source);
  if (!r.ok) throw new Error(r.error.message);
  return toTex(r.ast);
}

describe('toTex(ast)', () => {
  it.each([
    ['x^2 + 10*y^2', 'x^{2} + 10 y^{2}'],
    ['(1 - x)^2 + 100*(y - x^2)^2', '\\left(1 - x\\right)^{2} + 100 \\left(y - x^{2}\\right)^{2}'],
    ['x/y + e', '\\frac{x}{y} + e'],
    [
      'exp(-(x^2+y^2)/2)/(2*pi)',
      '\\frac{\\exp\\left(\\frac{-\\left(x^{2} + y^{2}\\right)}{2}\\right)}{2 \\pi}',
    ],
    ['sin(x)*cos(y)', '\\sin\\left(x\\right) \\cdot \\cos\\left(y\\right)'],
    ['sqrt(x^2 + 1)', '\\sqrt{x^{2} + 1}'],
    [
      'abs(x) + tanh(y) + log(x) + tan(x)',
      '\\left|x\\right| + \\tanh\\left(y\\right) + \\ln\\left(x\\right) + \\tan\\left(x\\right)',
    ],
    ['2*3', '2 \\cdot 3'],
    ['2*3^x', '2 \\cdot 3^{x}'],
    ['2*-x', '2 \\cdot -x'],
    ['(x/y)^2', '\\left(\\frac{x}{y}\\right)^{2}'],
    ['2^3^2', '2^{3^{2}}'],
    ['-(x + y)', '-\\left(x + y\\right)'],
    ['x - (y - 1)', 'x - \\left(y - 1\\right)'],
    ['1e-7*x', '10^{-7} x'],
    ['2.5e-7*x', '2.5 \\times 10^{-7} x'],
    ['(1e-7)^2', '\\left(10^{-7}\\right)^{2}'],
  ])('%s → %s', (source, expected) => {
    expect(tex(source)).toBe(expected);
  });
});
