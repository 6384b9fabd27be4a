/**
 * Property tests over random ASTs: printing round-trips through the parser, generated JavaScript
 * contains only whitelisted tokens, and the closure interpreter agrees with the generated code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FUNCTION_NAMES,
  astEquals,
  compileExpr,
  compileGrid,
  parseToAst,
  printExpr,
  type Ast,
} from '../../../../src/core/index';
import { differentiate } from '../../../../src/core/expr/diff';
import { gridSource, jsNumber, pointSource } from '../../../../src/core/expr/jsEmit';
import { isWhitelistedSource, jsTokens } from '../../../../src/core/expr/jsTokens';

/** Fixed so that a failure reproduces; change it to explore other random cases. */
const SEED = 20240611;

const number = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.constantFrom(0.5, 0.1, 2.5, 1e-3, 1e-7, 3e21, 123.456),
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v)),
);
const leaf: fc.Arbitrary<Ast> = fc.oneof(
  number.map((value) => ({ kind: 'num' as const, value })),
  fc.constantFrom('x' as const, 'y' as const).map((name) => ({ kind: 'var' as const, name })),
  fc.constantFrom('pi' as const, 'e' as const).map((name) => ({ kind: 'const' as const, name })),
);
const { ast: astArb } = fc.letrec<{ ast: Ast }>((tie) => ({
  ast: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('ast').map((arg) => ({ kind: 'neg' as const, arg })),
    fc.record({
      kind: fc.constant('bin' as const),
      op: fc.constantFrom('+', '-', '*', '/', '^'),
      left: tie('ast'),
      right: tie('ast'),
    }),
    fc.record({
      kind: fc.constant('call' as const),
      fn: fc.constantFrom(...FUNCTION_NAMES),
      arg: tie('ast'),
    }),
  ) as fc.Arbitrary<Ast>,
}));
const point = fc.tuple(
  fc.double({ min: -4, max: 4, noNaN: true }),
  fc.double({ min: -4, max: 4, noNaN: true }),
);

/** Same double, counting every NaN as equal to every NaN. */
const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe('printExpr(ast)', () => {
  it('round-trips: parseToAst(printExpr(ast)) is the same tree', () => {
    fc.assert(
      fc.property(astArb, (ast) => {
        const r = parseToAst(printExpr(ast));
        expect(r.ok).toBe(true);
        expect(r.ok && astEquals(r.ast, ast)).toBe(true);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it.each([
    ['x^2+10*y^2', 'x^2 + 10*y^2'],
    ['(1-x)^2+100*(y-x^2)^2', '(1 - x)^2 + 100*(y - x^2)^2'],
    ['-(2^2)', '-2^2'],
    ['(-2)^2', '(-2)^2'],
    ['(2^3)^2', '(2^3)^2'],
    ['x-(y-1)', 'x - (y - 1)'],
    ['x/(y*2)', 'x/(y*2)'],
    ['-(x*y)', '-(x*y)'],
    ['x^(-1)', 'x^-1'],
  ])('prints %j as %j', (source, text) => {
    const r = parseToAst(source);
    expect(r.ok && printExpr(r.ast)).toBe(text);
  });
});

describe('generated JavaScript', () => {
  const allowed = new Set([
    'x',
    'y',
    'o',
    'xs',
    'ys',
    'nx',
    'ny',
    'o0',
    'o1',
    'o2',
    'i',
    'j',
    'k',
    'const',
    'let',
    'for',
    'return',
  ]);
  const mathNames = new Set(['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh', 'sign', 'pow']);
  const punctuators = new Set([
    '++',
    '(',
    ')',
    '{',
    '}',
    '[',
    ']',
    ';',
    ',',
    '.',
    '=',
    '<',
    '+',
    '-',
    '*',
    '/',
  ]);

  /** Checks each token on its own terms, independently of isWhitelistedSource. */
  function expectOnlyWhitelistedTokens(src: string): void {
    const tokens = jsTokens(src);
    expect(tokens).not.toBeNull();
    (tokens ?? []).forEach((t, n, all) => {
      const ok =
        allowed.has(t) ||
        /^t\d+$/.test(t) ||
        /^\d+(\.\d+)?(e[+-]\d+)?$/.test(t) ||
        punctuators.has(t) ||
        (t === 'Math' && all[n + 1] === '.' && mathNames.has(all[n + 2])) ||
        (mathNames.has(t) && all[n - 1] === '.' && all[n - 2] === 'Math');
      expect(ok, `token ${JSON.stringify(t)} in ${src}`).toBe(true);
    });
    expect(isWhitelistedSource(src)).toBe(true);
  }

  it('contains only whitelisted tokens, for random ASTs at every order, point and grid kernels', () => {
    fc.assert(
      fc.property(astArb, fc.constantFrom(0, 1, 2) as fc.Arbitrary<0 | 1 | 2>, (ast, order) => {
        const program = differentiate(ast, order);
        expectOnlyWhitelistedTokens(pointSource(program, order === 2 ? 0 : 1));
        if (order < 2) expectOnlyWhitelistedTokens(gridSource(program));
      }),
      { numRuns: 600, seed: SEED },
    );
  });

  it('isWhitelistedSource(src) refuses anything else: names, strings, members, calls', () => {
    for (const bad of [
      'return alert(1);',
      'return this;',
      "return 'x';",
      'return x.constructor;',
      'return Math.random();',
      'return globalThis;',
      'const t1=x;return t1`1`;',
      'return x=>x;',
      'return Math;',
    ]) {
      expect(isWhitelistedSource(bad), bad).toBe(false);
    }
  });

  it('jsNumber(n) writes every double as a plain numeral or a parenthesised expression', () => {
    expect([NaN, Infinity, -Infinity, -0, -1.5, 1e-7, 2].map(jsNumber)).toEqual([
      '(0/0)',
      '(1/0)',
      '(-1/0)',
      '(-0)',
      '(-1.5)',
      '1e-7',
      '2',
    ]);
  });
});

describe('compileExpr(ast, { allowCodegen }) and compileGrid(ast)', () => {
  it('closure interpreter and generated code agree to the last bit on value, gradient and Hessian', () => {
    fc.assert(
      fc.property(astArb, point, (ast, [x, y]) => {
        const a = compileExpr(ast, { allowCodegen: true });
        const b = compileExpr(ast, { allowCodegen: false });
        expect(a.codegen).toBe(true);
        expect(b.codegen).toBe(false);
        const ja: number[] = [];
        const jb: number[] = [];
        a.jetInto(x, y, ja);
        b.jetInto(x, y, jb);
        expect(same(a.evaluate(x, y), b.evaluate(x, y))).toBe(true);
        const [ga, gb] = [a.gradient(x, y), b.gradient(x, y)];
        for (let i = 0; i < 6; i++) expect(same(ja[i], jb[i]), `jet[${i}] ${ja[i]} ${jb[i]}`).toBe(true);
        for (let i = 0; i < 2; i++) expect(same(ga[i], gb[i])).toBe(true);
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('grid kernels match point evaluation for random ASTs, generated or interpreted', () => {
    const xs = Float64Array.from([-2, -0.5, 0, 1.25, 3]);
    const ys = Float64Array.from([-1, 0.5, 2]);
    fc.assert(
      fc.property(astArb, fc.boolean(), (ast, allowCodegen) => {
        const grid = compileGrid(ast, { allowCodegen });
        const expr = compileExpr(ast, { allowCodegen });
        const n = xs.length * ys.length;
        const [out, out2, gx, gy] = [0, 0, 0, 0].map(() => new Float64Array(n));
        grid.evalGrid(xs, ys, out);
        grid.evalGradGrid(xs, ys, out2, gx, gy);
        ys.forEach((y, j) =>
          xs.forEach((x, i) => {
            const k = j * xs.length + i;
            const g = expr.gradient(x, y);
            expect(same(out[k], expr.evaluate(x, y))).toBe(true);
            expect(same(out2[k], out[k])).toBe(true);
            expect(same(gx[k], g[0]) && same(gy[k], g[1])).toBe(true);
          }),
        );
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('evalGrid(xs, ys, out) throws a RangeError when out is too small', () => {
    const r = parseToAst('x + y');
    if (!r.ok) throw new Error();
    expect(() => compileGrid(r.ast).evalGrid([1, 2], [1, 2], new Float64Array(3))).toThrow(RangeError);
  });
});
