/**
 * A straight-line program (static single assignment): each instruction computes one double from
 * earlier registers. Differentiation writes into it; the code generator prints it and the closure
 * interpreter runs it, so both back ends evaluate the very same operations in the same order.
 */

/** Math functions an instruction may call; the code generator maps each to `Math.<name>`. */
export const MATH_FUNCTIONS = ['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh', 'sign'] as const;
export type MathFn = (typeof MATH_FUNCTIONS)[number];

export type Instr =
  | { op: 'num'; value: number }
  | { op: 'x' | 'y' }
  | { op: '+' | '-' | '*' | '/' | 'pow'; a: number; b: number }
  | { op: 'neg'; a: number }
  | { op: 'fn'; fn: MathFn; a: number };

/**
 * Loop level of a register over a grid whose outer loop runs over y:
 * 0 = constant, 1 = depends on y only (hoisted out of the inner loop), 2 = depends on x.
 */
export type Level = 0 | 1 | 2;

/** A program and its outputs; a null output is a structural zero (e.g. ∂/∂y of sin(x)). */
export interface Program {
  instrs: Instr[];
  levels: Level[];
  outputs: (number | null)[];
}

/** The one numeric definition of every operation, shared by constant folding and the interpreter. */
export function applyOp(ins: Instr, a: number, b: number): number {
  switch (ins.op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case 'pow':
      return Math.pow(a, b);
    case 'neg':
      return -a;
    case 'fn':
      return Math[ins.fn](a);
    default:
      return NaN;
  }
}

/** Registers the outputs depend on, in program order (dead instructions dropped). */
export function liveRegisters(p: Program): number[] {
  const live = new Uint8Array(p.instrs.length);
  for (const o of p.outputs) if (o !== null) live[o] = 1;
  for (let r = p.instrs.length - 1; r >= 0; r--) {
    if (!live[r]) continue;
    const ins = p.instrs[r];
    if ('a' in ins) live[ins.a] = 1;
    if ('b' in ins) live[ins.b] = 1;
  }
  const regs: number[] = [];
  for (let r = 0; r < live.length; r++) if (live[r]) regs.push(r);
  return regs;
}
