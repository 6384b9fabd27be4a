/**
 * Builds a Program. Every instruction passes through here, which makes it the one place for
 * common-subexpression elimination, constant folding and algebraic simplification.
 */
import { applyOp, type Instr, type Level, type MathFn, type Program } from './ir';

export class Builder {
  readonly instrs: Instr[] = [];
  readonly levels: Level[] = [];
  private readonly seen = new Map<string, number>();

  num(value: number): number {
    // -0 and 0 differ (1/-0 = -Infinity), so the key tells them apart.
    return this.push({ op: 'num', value }, `n${Object.is(value, -0) ? '-0' : value}`, 0);
  }
  x(): number {
    return this.push({ op: 'x' }, 'x', 2);
  }
  y(): number {
    return this.push({ op: 'y' }, 'y', 1);
  }
  /**
   * a op b, simplified by identities that are exact in IEEE arithmetic (so they change no result):
   * u·1 = u, u·(−1) = −u, (−u)·v = −(u·v), u + (−v) = u − v, u − (−v) = u + v, (−u) + v = v − u.
   * The derivative rules produce many such terms, and each one removed shortens the chain of
   * dependent operations in a gradient.
   */
  bin(op: '+' | '-' | '*' | '/' | 'pow', a: number, b: number): number {
    if (op === '*') {
      if (this.isNum(b, 1)) return a;
      if (this.isNum(a, 1)) return b;
      if (this.isNum(b, -1)) return this.neg(a);
      if (this.isNum(a, -1)) return this.neg(b);
      const scaled = this.scaledProduct(a, b);
      if (scaled !== undefined) return scaled;
    }
    const na = this.negated(a);
    const nb = this.negated(b);
    if ((op === '*' || op === '/') && (na !== undefined || nb !== undefined)) {
      const product = this.bin(op, na ?? a, nb ?? b);
      return na !== undefined && nb !== undefined ? product : this.neg(product);
    }
    if (op === '+' && na !== undefined) return this.bin('-', b, na);
    if (op === '+' && nb !== undefined) return this.bin('-', a, nb);
    if (op === '-' && nb !== undefined) return this.bin('+', a, nb);
    return this.push({ op, a, b }, `${op},${a},${b}`, this.levelOf(a, b));
  }
  /** −a, with −(−u) = u. */
  neg(a: number): number {
    const inner = this.negated(a);
    if (inner !== undefined) return inner;
    return this.push({ op: 'neg', a }, `neg,${a}`, this.levels[a]);
  }
  fn(fn: MathFn, a: number): number {
    return this.push({ op: 'fn', fn, a }, `${fn},${a}`, this.levels[a]);
  }
  /** The value of register r when it is a constant, else undefined. */
  constant(r: number): number | undefined {
    const ins = this.instrs[r];
    return ins.op === 'num' ? ins.value : undefined;
  }
  program(outputs: (number | null)[]): Program {
    return { instrs: this.instrs, levels: this.levels, outputs };
  }

  /**
   * Gathers constant factors: (c₁u)(c₂v) → (c₁c₂)(uv), c₁(c₂u) → (c₁c₂)u, so that a gradient such as
   * 100·(2r)·(−2x) becomes −400·(r·x), one multiplication shallower. Unlike the identities above this
   * regroups rounding (by an ulp or so); it is skipped where c₁c₂ would be extreme enough to
   * overflow or underflow on the way.
   */
  private scaledProduct(a: number, b: number): number | undefined {
    const [ca, ua] = this.splitScale(a);
    const [cb, ub] = this.splitScale(b);
    if (ca === 1 && cb === 1) return undefined;
    const c = ca * cb;
    if (!(Math.abs(c) >= 1e-150 && Math.abs(c) <= 1e150)) return undefined;
    const u =
      ua === null
        ? ub
        : ub === null
          ? ua
          : this.push({ op: '*', a: ua, b: ub }, `*,${ua},${ub}`, this.levelOf(ua, ub));
    if (u === null) return undefined; // both constant: folding handles it
    if (c === 1) return u;
    if (c === -1) return this.neg(u);
    const k = this.num(c);
    return this.push({ op: '*', a: k, b: u }, `*,${k},${u}`, this.levels[u]);
  }
  /** r as (c, u) with r = c·u: a constant gives (c, null), c·u gives (c, u), −w negates w's c, else (1, r). */
  private splitScale(r: number): [number, number | null] {
    const ins = this.instrs[r];
    if (ins.op === 'num') return [ins.value, null];
    if (ins.op === 'neg') {
      const [c, u] = this.splitScale(ins.a);
      return [-c, u];
    }
    if (ins.op === '*' && this.instrs[ins.a].op === 'num')
      return [(this.instrs[ins.a] as { value: number }).value, ins.b];
    return [1, r];
  }
  private levelOf(a: number, b: number): Level {
    return Math.max(this.levels[a], this.levels[b]) as Level;
  }
  /** u when register r holds −u (and is not a constant, which folding handles). */
  private negated(r: number): number | undefined {
    const ins = this.instrs[r];
    return ins.op === 'neg' ? ins.a : undefined;
  }
  private isNum(r: number, v: number): boolean {
    return this.constant(r) === v;
  }
  private push(ins: Instr, key: string, level: Level): number {
    if (level === 0 && ins.op !== 'num') {
      const a = 'a' in ins ? (this.constant(ins.a) as number) : NaN;
      const b = 'b' in ins ? (this.constant(ins.b) as number) : NaN;
      return this.num(applyOp(ins, a, b));
    }
    const found = this.seen.get(key);
    if (found !== undefined) return found;
    this.instrs.push(ins);
    this.levels.push(level);
    this.seen.set(key, this.instrs.length - 1);
    return this.instrs.length - 1;
  }
}
