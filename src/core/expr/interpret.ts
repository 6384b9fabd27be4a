/**
 * The fallback back end, used where a Content Security Policy forbids `new Function`: each
 * instruction of the Program becomes a closure over a register file. It runs the same operations
 * in the same order as the generated code, so the two agree to the last bit.
 */
import { liveRegisters, type Instr, type Program } from './ir';
import type { GridKernel, PointKernel } from './kernels';

type Step = (r: Float64Array, x: number, y: number) => void;

function step(ins: Instr, t: number): Step | null {
  switch (ins.op) {
    case 'num':
      return null; // preloaded once into the register file
    case 'x':
      return (r, x) => void (r[t] = x);
    case 'y':
      return (r, _x, y) => void (r[t] = y);
    case '+':
      return (r) => void (r[t] = r[ins.a] + r[ins.b]);
    case '-':
      return (r) => void (r[t] = r[ins.a] - r[ins.b]);
    case '*':
      return (r) => void (r[t] = r[ins.a] * r[ins.b]);
    case '/':
      return (r) => void (r[t] = r[ins.a] / r[ins.b]);
    case 'neg':
      return (r) => void (r[t] = -r[ins.a]);
    case 'pow':
      return (r) => void (r[t] = Math.pow(r[ins.a], r[ins.b]));
    case 'fn': {
      const f = Math[ins.fn];
      return (r) => void (r[t] = f(r[ins.a]));
    }
  }
}

interface Machine {
  regs: Float64Array;
  run(level: number, x: number, y: number): void;
  read(k: number): number;
}

function machine(p: Program): Machine {
  const regs = new Float64Array(p.instrs.length);
  const byLevel: Step[][] = [[], [], []];
  for (const r of liveRegisters(p)) {
    const ins = p.instrs[r];
    if (ins.op === 'num') regs[r] = ins.value;
    const s = step(ins, r);
    if (s) byLevel[p.levels[r]].push(s);
  }
  const outputs = p.outputs;
  return {
    regs,
    run(level, x, y) {
      const steps = byLevel[level];
      for (let n = 0; n < steps.length; n++) steps[n](regs, x, y);
    },
    read: (k) => {
      const r = outputs[k];
      return r === null ? 0 : regs[r];
    },
  };
}

/** A point kernel (x, y, o) ↦ output 0, storing each output k ≥ from in o[k − from]. */
export function interpretPoint(p: Program, from: 0 | 1): PointKernel {
  const m = machine(p);
  const n = p.outputs.length;
  return (x, y, o) => {
    m.run(1, x, y);
    m.run(2, x, y);
    for (let k = from; k < n; k++) o[k - from] = m.read(k);
    return m.read(0);
  };
}

/** A grid kernel filling o_k[j·nx + i] with output k at (xs[i], ys[j]). */
export function interpretGrid(p: Program): GridKernel {
  const m = machine(p);
  const n = p.outputs.length;
  return (xs, ys, nx, ny, o0, o1, o2) => {
    const outs = [o0, o1 ?? o0, o2 ?? o0];
    for (let j = 0; j < ny; j++) {
      m.run(1, 0, ys[j]);
      for (let i = 0, k = j * nx; i < nx; i++, k++) {
        m.run(2, xs[i], ys[j]);
        for (let c = 0; c < n; c++) outs[c][k] = m.read(c);
      }
    }
  };
}
