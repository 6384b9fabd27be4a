/**
 * Prints a Program as JavaScript source. The source is assembled only from fixed templates,
 * register names `t<n>`, numbers from jsNumber and `Math.<name>` of the whitelisted functions:
 * no text of the user's expression is ever copied into it.
 */
import { liveRegisters, type Instr, type Program } from './ir';

/** Parameters of a point kernel (x, y, o) and of a grid kernel (xs, ys, nx, ny, o0, o1, o2). */
export const POINT_PARAMS = ['x', 'y', 'o'] as const;
export const GRID_PARAMS = ['xs', 'ys', 'nx', 'ny', 'o0', 'o1', 'o2'] as const;

const PLAIN_NUMBER = /^\d+(\.\d+)?(e[+-]\d+)?$/;

/** A double as a JavaScript literal expression; refuses (throws) anything but a plain numeral. */
export function jsNumber(n: number): string {
  if (Number.isNaN(n)) return '(0/0)';
  if (n === Infinity) return '(1/0)';
  if (n === -Infinity) return '(-1/0)';
  if (Object.is(n, -0)) return '(-0)';
  const s = String(Math.abs(n));
  if (!PLAIN_NUMBER.test(s)) throw new Error('unexpected number text');
  return n < 0 ? `(-${s})` : s;
}

const reg = (r: number) => `t${r}`;

function rhs(ins: Instr): string {
  switch (ins.op) {
    case 'num':
      return jsNumber(ins.value);
    case 'x':
      return 'x';
    case 'y':
      return 'y';
    case 'neg':
      return `-${reg(ins.a)}`;
    case 'fn':
      return `Math.${ins.fn}(${reg(ins.a)})`;
    case 'pow':
      return `Math.pow(${reg(ins.a)},${reg(ins.b)})`;
    default:
      return `${reg(ins.a)}${ins.op}${reg(ins.b)}`;
  }
}

const output = (r: number | null) => (r === null ? '0' : reg(r));

function lines(p: Program, regs: number[]): string {
  return regs.map((r) => `const ${reg(r)}=${rhs(p.instrs[r])};`).join('');
}

/**
 * Body of `function (x, y, o)`: returns output 0 and stores each output k ≥ from in o[k − from]
 * (from = 1 for value-and-gradient, 0 for the whole jet).
 */
export function pointSource(p: Program, from: 0 | 1): string {
  const stores = p.outputs.slice(from).map((r, k) => `o[${k}]=${output(r)};`);
  return `${lines(p, liveRegisters(p))}${stores.join('')}return ${output(p.outputs[0])};`;
}

/**
 * Body of `function (xs, ys, nx, ny, o0, o1, o2)` filling o_k[j·nx + i] with output k at
 * (xs[i], ys[j]). Constants are computed once, y-only terms once per row (loop-invariant hoisting).
 */
export function gridSource(p: Program): string {
  const live = liveRegisters(p);
  const at = (level: number) =>
    lines(
      p,
      live.filter((r) => p.levels[r] === level && !(p.instrs[r].op === 'x' || p.instrs[r].op === 'y')),
    );
  const stores = p.outputs.map((r, k) => `o${k}[k]=${output(r)};`).join('');
  const xReg = live.find((r) => p.instrs[r].op === 'x');
  const yReg = live.find((r) => p.instrs[r].op === 'y');
  const xLoad = xReg === undefined ? '' : `const ${reg(xReg)}=xs[i];`;
  const yLoad = yReg === undefined ? '' : `const ${reg(yReg)}=ys[j];`;
  return (
    `${at(0)}for(let j=0;j<ny;j++){${yLoad}${at(1)}let k=j*nx;` +
    `for(let i=0;i<nx;i++,k++){${xLoad}${at(2)}${stores}}}`
  );
}
