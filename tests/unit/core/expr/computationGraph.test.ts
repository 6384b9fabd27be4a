import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/expressions.json';
import { computationGraph, parseToAst, type Ast } from '../../../../src/core/index';

function ast(source: string): Ast {
  const r = parseToAst(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.ast;
}

describe('computationGraph(ast, x, y)', () => {
  it.each(fixtures.cases.filter((c) => c.values.every((v) => v !== null)))(
    'reverse mode gives the fixture gradient of $expr',
    (c) => {
      c.points.forEach(([x, y], k) => {
        const g = computationGraph(ast(c.expr), x, y);
        expect(Math.abs(g.value - (c.values[k] as number))).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(g.value)),
        );
        const expected = c.gradients[k] as number[];
        for (const i of [0, 1]) {
          expect(Math.abs(g.gradient[i] - expected[i])).toBeLessThanOrEqual(
            Math.max(1e-9, 1e-9 * Math.abs(expected[i])),
          );
        }
      });
    },
  );

  it('shares identical subexpressions, so x in x*x + x is one node whose adjoint sums three paths', () => {
    const g = computationGraph(ast('x*x + x'), 3, 0);
    const xs = g.nodes.filter((n) => n.op === 'x');
    expect(xs).toHaveLength(1);
    expect(xs[0].adjoint).toBe(2 * 3 + 1);
    expect(g.gradient).toEqual([7, 0]);
    expect(xs[0].chainTex.split('\\bar{v}').length - 1).toBe(4); // its own bar and three terms
  });

  it('lists nodes children-first, seeds the root adjoint with 1, and records local partials', () => {
    const g = computationGraph(ast('sin(x*y)'), 2, 0.5);
    expect(g.root).toBe(g.nodes.length - 1);
    for (const n of g.nodes) {
      expect(n.children.every((c) => c < n.id)).toBe(true);
      expect(n.partials).toHaveLength(n.children.length);
    }
    const root = g.nodes[g.root];
    expect(root.op).toBe('sin');
    expect(root.adjoint).toBe(1);
    expect(root.partials[0]).toBeCloseTo(Math.cos(1), 15);
    expect(root.forwardTex).toBe(`v_{${g.root}} = \\sin\\left(v_{${root.children[0]}}\\right) = 0.8415`);
    expect(g.gradient[0]).toBeCloseTo(0.5 * Math.cos(1), 15);
    expect(g.gradient[1]).toBeCloseTo(2 * Math.cos(1), 15);
  });

  it('labels nodes for display and writes each chain-rule step in TeX', () => {
    const g = computationGraph(ast('2*pi - x/y'), 1, 2);
    expect(g.nodes.map((n) => n.label)).toEqual(['2', 'π', '×', 'x', 'y', '÷', '−']);
    const div = g.nodes[5];
    expect(div.partials).toEqual([0.5, -0.25]);
    expect(g.nodes[3].chainTex).toBe(
      '\\bar{v}_{3} = \\bar{v}_{5} \\cdot \\frac{1}{v_{4}} = -1 \\cdot 0.5 = -0.5',
    );
    expect(g.nodes[6].chainTex).toBe('\\bar{v}_{6} = \\frac{\\partial f}{\\partial f} = 1');
  });

  it('reports a zero gradient component for an absent variable and NaN where f is not real', () => {
    expect(computationGraph(ast('x^2'), 3, 1).gradient).toEqual([6, 0]);
    expect(computationGraph(ast('sqrt(x)'), -1, 0).value).toBeNaN();
  });
});
