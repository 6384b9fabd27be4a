/**
 * Differentiation of an AST into a Program: forward-mode automatic differentiation to second order
 * (values, gradient and Hessian are exact up to rounding, with no step size).
 */
import { constantValue, type Ast, type FnName } from './ast';
import { Builder } from './builder';
import type { Program } from './ir';
import { Ops, type Jet, type Order, type Reg } from './jet';

/** φ(u), φ'(u), φ''(u) of each grammar function, written with the value register f = φ(u). */
const LOCAL: Record<FnName, (o: Ops, u: number) => { f: number; d1: () => Reg; d2: () => Reg }> = {
  sin: (o, u) => {
    const f = o.b.fn('sin', u);
    return { f, d1: () => o.b.fn('cos', u), d2: () => o.b.neg(f) };
  },
  cos: (o, u) => {
    const f = o.b.fn('cos', u);
    return { f, d1: () => o.b.neg(o.b.fn('sin', u)), d2: () => o.b.neg(f) };
  },
  // tan' = 1 + tan², tan'' = 2 tan (1 + tan²)
  tan: (o, u) => {
    const f = o.b.fn('tan', u);
    const d1 = () => o.b.bin('+', o.b.num(1), o.b.bin('*', f, f));
    return { f, d1, d2: () => o.b.bin('*', o.b.bin('*', o.b.num(2), f), d1()) };
  },
  exp: (o, u) => {
    const f = o.b.fn('exp', u);
    return { f, d1: () => f, d2: () => f };
  },
  // log' = 1/u, log'' = −1/u²
  log: (o, u) => {
    const d1 = () => o.b.bin('/', o.b.num(1), u);
    return { f: o.b.fn('log', u), d1, d2: () => o.b.neg(o.b.bin('*', d1(), d1())) };
  },
  // sqrt' = 1/(2√u), sqrt'' = −sqrt'/(2u)
  sqrt: (o, u) => {
    const f = o.b.fn('sqrt', u);
    const d1 = () => o.b.bin('/', o.b.num(0.5), f);
    return { f, d1, d2: () => o.b.neg(o.b.bin('/', o.b.bin('*', o.b.num(0.5), d1()), u)) };
  },
  // |u|' = sign(u) and |u|'' = 0 away from the kink (the value at u = 0 is a convention).
  abs: (o, u) => ({ f: o.b.fn('abs', u), d1: () => o.b.fn('sign', u), d2: () => null }),
  // tanh' = 1 − tanh², tanh'' = −2 tanh (1 − tanh²)
  tanh: (o, u) => {
    const f = o.b.fn('tanh', u);
    const d1 = () => o.b.bin('-', o.b.num(1), o.b.bin('*', f, f));
    return { f, d1, d2: () => o.b.bin('*', o.b.bin('*', o.b.num(-2), f), d1()) };
  },
};

/**
 * u^w. Integer and constant exponents have their own rules so that 0·∞ never appears where the
 * derivative exists:
 * - u^0 = 1 (all derivatives 0, also at u = 0) and u^1 = u;
 * - u^2 = u·u, (u²)' = 2u, (u²)'' = 2;
 * - u^c: (u^c)' = c u^(c−1), (u^c)'' = c(c−1) u^(c−2). Where u = 0 these are infinite for c < 1
 *   (resp. c < 2), but along a direction in which u_i = 0 too, u^c = O(t^(2c)): the partial is 0 when
 *   c > ½ (first) or c > 1 (second), so there an exact zero factor wins (e.g. (x² + y²)^1.5 at the origin
 *   has Hessian 0);
 * - b^w with constant b: (b^w)' = ln b · b^w, taken as 0 where b^w = 0 (0^w = 0 for w > 0);
 * - u^w in general, by its partials φ_u = w u^(w−1), φ_w = u^w ln u, φ_uu = w(w−1) u^(w−2),
 *   φ_uw = u^(w−1)(1 + w ln u), φ_ww = u^w ln²u, where u^w ln u → 0 and u^(w−1) ln u → 0 as u → 0⁺
 *   (w > 0, resp. w > 1): x^y at (0, 2) has gradient (0, 0) and Hessian [[2, 0], [0, 0]].
 */
function power(o: Ops, u: Jet, w: Jet): Jet {
  const b = o.b;
  const c = b.constant(w.v);
  if (c === 0) return o.constantJet(b.bin('pow', u.v, w.v));
  if (c === 1) return { v: b.bin('pow', u.v, w.v), d: u.d };
  if (c === 2)
    return o.chain(
      u,
      b.bin('*', u.v, u.v),
      () => b.bin('*', b.num(2), u.v),
      () => b.num(2),
    );
  const f = b.bin('pow', u.v, w.v);
  if (c !== undefined) {
    const d1 = () => b.bin('*', w.v, b.bin('pow', u.v, b.num(c - 1)));
    const d2 = () => b.bin('*', b.num(c * (c - 1)), b.bin('pow', u.v, b.num(c - 2)));
    return o.chain(u, f, d1, d2, { first: c > 0.5, second: c > 1 });
  }
  if (o.isConstant(u)) {
    const ln = b.fn('log', u.v);
    return o.chain(
      w,
      f,
      () => o.mulZero(f, ln),
      () => o.mulZero(f, b.bin('*', ln, ln)),
    );
  }
  return powerOfBoth(o, u, w, f);
}

/** Chain rule for φ(u, w) = u^w when both u and w vary. */
function powerOfBoth(o: Ops, u: Jet, w: Jet, f: number): Jet {
  if (o.order === 0) return { v: f, d: [] };
  const b = o.b;
  const ln = b.fn('log', u.v);
  const pu = b.bin('*', w.v, b.bin('pow', u.v, b.bin('-', w.v, b.num(1))));
  const pw = o.mulZero(f, ln);
  const [ux, uy, uxx, uxy, uyy] = u.d;
  const [wx, wy, wxx, wxy, wyy] = w.d;
  const first = (ui: Reg, wi: Reg) => o.add(o.mul(pu, ui), o.mul(pw, wi));
  if (o.order === 1) return { v: f, d: [first(ux, wx), first(uy, wy)] };
  const puu = b.bin(
    '*',
    b.bin('*', w.v, b.bin('-', w.v, b.num(1))),
    b.bin('pow', u.v, b.bin('-', w.v, b.num(2))),
  );
  const puw = o.mulZero(
    b.bin('pow', u.v, b.bin('-', w.v, b.num(1))),
    b.bin('+', b.num(1), b.bin('*', w.v, ln)),
  );
  const pww = o.mulZero(f, b.bin('*', ln, ln));
  const second = (ui: Reg, uj: Reg, wi: Reg, wj: Reg, uij: Reg, wij: Reg) =>
    o.sum(
      o.mul(puu, o.mul(ui, uj)),
      o.mul(puw, o.add(o.mul(ui, wj), o.mul(uj, wi))),
      o.mul(pww, o.mul(wi, wj)),
      o.mul(pu, uij),
      o.mul(pw, wij),
    );
  return {
    v: f,
    d: [
      first(ux, wx),
      first(uy, wy),
      second(ux, ux, wx, wx, uxx, wxx),
      second(ux, uy, wx, wy, uxy, wxy),
      second(uy, uy, wy, wy, uyy, wyy),
    ],
  };
}

function jetOf(o: Ops, ast: Ast): Jet {
  const b = o.b;
  switch (ast.kind) {
    case 'num':
      return o.constantJet(b.num(ast.value));
    case 'const':
      return o.constantJet(b.num(constantValue(ast.name)));
    case 'var': {
      const jet = o.constantJet(ast.name === 'x' ? b.x() : b.y());
      if (o.order > 0) jet.d[ast.name === 'x' ? 0 : 1] = b.num(1);
      return jet;
    }
    case 'neg': {
      const u = jetOf(o, ast.arg);
      return { v: b.neg(u.v), d: u.d.map((r) => o.neg(r)) };
    }
    case 'call': {
      const u = jetOf(o, ast.arg);
      const { f, d1, d2 } = LOCAL[ast.fn](o, u.v);
      return o.chain(u, f, d1, d2);
    }
    case 'bin': {
      const u = jetOf(o, ast.left);
      const w = jetOf(o, ast.right);
      switch (ast.op) {
        case '+':
          return { v: b.bin('+', u.v, w.v), d: u.d.map((r, i) => o.add(r, w.d[i])) };
        case '-':
          return { v: b.bin('-', u.v, w.v), d: u.d.map((r, i) => o.sub(r, w.d[i])) };
        case '*':
          return o.product(u, w, b.bin('*', u.v, w.v));
        case '/':
          return o.quotient(u, w);
        case '^':
          return power(o, u, w);
      }
    }
  }
}

/**
 * The program computing f (order 0), [f, f_x, f_y] (order 1) or
 * [f, f_x, f_y, f_xx, f_xy, f_yy] (order 2) of the expression `ast`.
 */
export function differentiate(ast: Ast, order: Order): Program {
  const o = new Ops(new Builder(), order);
  const jet = jetOf(o, ast);
  return o.b.program([jet.v, ...jet.d]);
}
