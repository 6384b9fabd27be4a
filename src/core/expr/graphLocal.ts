/**
 * Local derivatives ∂v/∂child of each graph operation, as numbers and as TeX, for the
 * computation graph. First order only: reverse mode needs nothing more.
 */
import type { GraphOp } from './graph';

/**
 * The node value and its partials with respect to its arguments:
 * (l ± r)' = (1, ±1), (l r)' = (r, l), (l/r)' = (1/r, −l/r²), (l^r)' = (r l^(r−1), l^r ln l),
 * and φ'(u) for the one-argument functions.
 */
export function localPartials(
  op: GraphOp,
  args: number[],
  leaf: number,
): { value: number; partials: number[] } {
  const [l, r] = args;
  switch (op) {
    case 'num':
    case 'const':
    case 'x':
    case 'y':
      return { value: leaf, partials: [] };
    case 'neg':
      return { value: -l, partials: [-1] };
    case '+':
      return { value: l + r, partials: [1, 1] };
    case '-':
      return { value: l - r, partials: [1, -1] };
    case '*':
      return { value: l * r, partials: [r, l] };
    case '/':
      return { value: l / r, partials: [1 / r, -l / (r * r)] };
    case '^': {
      const value = r === 2 ? l * l : Math.pow(l, r);
      // d(l^r)/dl: 0 for r = 0 and 1 for r = 1 at every l (not 0·∞ at l = 0);
      // d(l^r)/dr = l^r ln l, whose limit at l^r = 0 is 0 (not 0·(−∞)).
      const dl = r === 0 ? 0 : r === 1 ? 1 : r === 2 ? 2 * l : r * Math.pow(l, r - 1);
      return { value, partials: [dl, value === 0 ? 0 : value * Math.log(l)] };
    }
  }
  const value = Math[op](l);
  const d: Record<typeof op, number> = {
    sin: Math.cos(l),
    cos: -Math.sin(l),
    tan: 1 + value * value,
    exp: value,
    log: 1 / l,
    sqrt: 0.5 / value,
    abs: Math.sign(l),
    tanh: 1 - value * value,
  };
  return { value, partials: [d[op]] };
}

const FN: Record<string, (u: string) => { f: string; d: string }> = {
  sin: (u) => ({ f: `\\sin\\left(${u}\\right)`, d: `\\cos\\left(${u}\\right)` }),
  cos: (u) => ({ f: `\\cos\\left(${u}\\right)`, d: `-\\sin\\left(${u}\\right)` }),
  tan: (u) => ({ f: `\\tan\\left(${u}\\right)`, d: `\\sec^{2}\\left(${u}\\right)` }),
  exp: (u) => ({ f: `\\exp\\left(${u}\\right)`, d: `\\exp\\left(${u}\\right)` }),
  log: (u) => ({ f: `\\ln\\left(${u}\\right)`, d: `\\frac{1}{${u}}` }),
  sqrt: (u) => ({ f: `\\sqrt{${u}}`, d: `\\frac{1}{2\\sqrt{${u}}}` }),
  abs: (u) => ({ f: `\\left|${u}\\right|`, d: `\\operatorname{sign}\\left(${u}\\right)` }),
  tanh: (u) => ({ f: `\\tanh\\left(${u}\\right)`, d: `1 - \\tanh^{2}\\left(${u}\\right)` }),
};

/** TeX of the forward formula and of each local partial, in terms of the children's symbols. */
export function localTex(op: GraphOp, [l, r]: string[]): { forward: string; partials: string[] } {
  switch (op) {
    case 'num':
    case 'const':
    case 'x':
    case 'y':
      return { forward: '', partials: [] };
    case 'neg':
      return { forward: `-${l}`, partials: ['\\left(-1\\right)'] };
    case '+':
      return { forward: `${l} + ${r}`, partials: ['1', '1'] };
    case '-':
      return { forward: `${l} - ${r}`, partials: ['1', '\\left(-1\\right)'] };
    case '*':
      return { forward: `${l} \\cdot ${r}`, partials: [r, l] };
    case '/':
      return {
        forward: `\\frac{${l}}{${r}}`,
        partials: [`\\frac{1}{${r}}`, `\\left(-\\frac{${l}}{${r}^{2}}\\right)`],
      };
    case '^':
      return {
        forward: `${l}^{${r}}`,
        partials: [`${r}\\,${l}^{${r} - 1}`, `${l}^{${r}} \\ln ${l}`],
      };
  }
  const { f, d } = FN[op](l);
  return { forward: f, partials: [d] };
}
