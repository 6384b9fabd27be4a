/**
 * Truncated Taylor jets written into a Builder. A jet of order 2 is
 * (f, f_x, f_y, f_xx, f_xy, f_yy); order 1 keeps (f, f_x, f_y); order 0 keeps f.
 * A null component is a structural zero, so terms that cannot contribute are never emitted.
 */
import type { Builder } from './builder';

export type Order = 0 | 1 | 2;
export type Reg = number | null;

/** v: value register; d: derivative registers [x, y] (order 1) or [x, y, xx, xy, yy] (order 2). */
export interface Jet {
  v: number;
  d: Reg[];
}

/** Arithmetic on possibly-zero registers. */
export class Ops {
  constructor(
    readonly b: Builder,
    readonly order: Order,
  ) {}
  size(): number {
    return this.order === 0 ? 0 : this.order === 1 ? 2 : 5;
  }

  mul(a: Reg, c: Reg): Reg {
    return a === null || c === null ? null : this.b.bin('*', a, c);
  }
  add(a: Reg, c: Reg): Reg {
    return a === null ? c : c === null ? a : this.b.bin('+', a, c);
  }
  sub(a: Reg, c: Reg): Reg {
    return c === null ? a : a === null ? this.b.neg(c) : this.b.bin('-', a, c);
  }
  div(a: Reg, c: number): Reg {
    return a === null ? null : this.b.bin('/', a, c);
  }
  neg(a: Reg): Reg {
    return a === null ? null : this.b.neg(a);
  }
  sum(...terms: Reg[]): Reg {
    return terms.reduce((s: Reg, t) => this.add(s, t), null);
  }

  /**
   * a·b where an exact zero in `a` wins over an infinite or undefined `b` (0·∞ = 0), for the limits
   * the power rules rely on. Written as a·b^sign|a| (b^0 = 1 even for b = ±∞ or NaN), so it needs no
   * new operation in the program: a ≠ 0 gives a·b exactly, a = 0 gives 0, a = NaN gives NaN.
   */
  mulZero(a: Reg, c: Reg): Reg {
    if (a === null || c === null) return null;
    const ka = this.b.constant(a);
    const kc = this.b.constant(c);
    if (ka === 0) return null;
    if (ka !== undefined || (kc !== undefined && Number.isFinite(kc))) return this.b.bin('*', a, c);
    const gate = this.b.fn('sign', this.b.fn('abs', a));
    return this.b.bin('*', a, this.b.bin('pow', c, gate));
  }

  constantJet(v: number): Jet {
    return { v, d: new Array<Reg>(this.size()).fill(null) };
  }
  isConstant(j: Jet): boolean {
    return j.d.every((r) => r === null);
  }

  /**
   * Chain rule for φ(u): (φ∘u)_i = φ'(u)·u_i and (φ∘u)_ij = φ''(u)·u_i·u_j + φ'(u)·u_ij.
   * d1 and d2 are only asked for when u varies, so φ' is never evaluated for a constant argument.
   */
  chain(u: Jet, v: number, d1: () => Reg, d2: () => Reg, zero?: { first: boolean; second: boolean }): Jet {
    if (this.isConstant(u)) return this.constantJet(v);
    const [ux, uy, uxx, uxy, uyy] = u.d;
    const p = d1();
    // With `zero`, an exact zero inner derivative wins over an infinite φ' (first) or φ'' (second).
    const m1 = (ui: Reg) => (zero?.first ? this.mulZero(ui, p) : this.mul(p, ui));
    if (this.order === 1) return { v, d: [m1(ux), m1(uy)] };
    const q = d2();
    const m2 = (uu: Reg) => (zero?.second ? this.mulZero(uu, q) : this.mul(q, uu));
    const second = (ui: Reg, uj: Reg, uij: Reg) => this.add(m2(this.mul(ui, uj)), m1(uij));
    return {
      v,
      d: [m1(ux), m1(uy), second(ux, ux, uxx), second(ux, uy, uxy), second(uy, uy, uyy)],
    };
  }

  /** Product rule: (uw)_i = u_i w + u w_i, (uw)_ij = u_ij w + u_i w_j + u_j w_i + u w_ij. */
  product(u: Jet, w: Jet, v: number): Jet {
    const [ux, uy, uxx, uxy, uyy] = u.d;
    const [wx, wy, wxx, wxy, wyy] = w.d;
    const first = (ui: Reg, wi: Reg) => this.add(this.mul(ui, w.v), this.mul(u.v, wi));
    if (this.order < 2) return { v, d: this.order === 0 ? [] : [first(ux, wx), first(uy, wy)] };
    const second = (uij: Reg, ui: Reg, wj: Reg, uj: Reg, wi: Reg, wij: Reg) =>
      this.sum(this.mul(uij, w.v), this.mul(ui, wj), this.mul(uj, wi), this.mul(u.v, wij));
    return {
      v,
      d: [
        first(ux, wx),
        first(uy, wy),
        second(uxx, ux, wx, ux, wx, wxx),
        second(uxy, ux, wy, uy, wx, wxy),
        second(uyy, uy, wy, uy, wy, wyy),
      ],
    };
  }

  /**
   * Quotient rule for q = u/w, written through q itself (differentiate q·w = u):
   * q_i = (u_i − q w_i)/w and q_ij = (u_ij − q_i w_j − q_j w_i − q w_ij)/w.
   */
  quotient(u: Jet, w: Jet): Jet {
    const q = this.b.bin('/', u.v, w.v);
    if (this.order === 0) return { v: q, d: [] };
    const [ux, uy, uxx, uxy, uyy] = u.d;
    const [wx, wy, wxx, wxy, wyy] = w.d;
    const first = (ui: Reg, wi: Reg) => this.div(this.sub(ui, this.mul(q, wi)), w.v);
    const qx = first(ux, wx);
    const qy = first(uy, wy);
    if (this.order === 1) return { v: q, d: [qx, qy] };
    const second = (uij: Reg, qi: Reg, wj: Reg, qj: Reg, wi: Reg, wij: Reg) =>
      this.div(this.sub(this.sub(this.sub(uij, this.mul(qi, wj)), this.mul(qj, wi)), this.mul(q, wij)), w.v);
    return {
      v: q,
      d: [
        qx,
        qy,
        second(uxx, qx, wx, qx, wx, wxx),
        second(uxy, qx, wy, qy, wx, wxy),
        second(uyy, qy, wy, qy, wy, wyy),
      ],
    };
  }
}
