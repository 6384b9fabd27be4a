// The backprop graph of a function that is not real at the point (sqrt(−1 − x²) is NaN everywhere): its
// forward and chain-rule TeX say "undefined" in words, as every readout of the page does, never "NaN".
import { describe, expect, it } from 'vitest';
import { computationGraph, parseToAst } from '../../../../src/core/index';

const ast = (s: string) => {
  const r = parseToAst(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.ast;
};

describe('computationGraph TeX where f is not a real number', () => {
  it('sqrt(-1-x^2) at (−0.5, 0.5): values and adjoints are NaN, the TeX says undefined', () => {
    const g = computationGraph(ast('sqrt(-1-x^2)'), -0.5, 0.5);
    expect(Number.isNaN(g.value)).toBe(true);
    const tex = g.nodes.map((n) => `${n.forwardTex} ${n.chainTex}`).join('\n');
    expect(tex).not.toMatch(/NaN/);
    expect(tex).toMatch(/\\text\{undefined\}/);
  });

  it('a real point keeps its numbers (x·y at (2, 3): f = 6, adjoint of x is 3)', () => {
    const g = computationGraph(ast('x*y'), 2, 3);
    expect(g.value).toBe(6);
    expect(g.gradient).toEqual([3, 2]);
    expect(g.nodes.map((n) => n.chainTex).join(' ')).not.toMatch(/undefined|NaN/);
  });
});
