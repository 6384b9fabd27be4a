/**
 * f(x, y) as a Python/PyTorch expression, printed from the parsed tree (never from the typed text), so
 * the script computes exactly what the page does: ^ becomes **, sin becomes torch.sin, pi math.pi.
 */
import { printAst, type Ast, type ExprDialect, type FnName } from '../../../core';

const TORCH: Record<FnName, string> = {
  sin: 'torch.sin',
  cos: 'torch.cos',
  tan: 'torch.tan',
  exp: 'torch.exp',
  log: 'torch.log',
  sqrt: 'torch.sqrt',
  abs: 'torch.abs',
  tanh: 'torch.tanh',
};

const usesVariable = (ast: Ast): boolean =>
  ast.kind === 'var' ||
  ((ast.kind === 'neg' || ast.kind === 'call') && usesVariable(ast.arg)) ||
  (ast.kind === 'bin' && (usesVariable(ast.left) || usesVariable(ast.right)));

/**
 * Whether a subtree without x and y would go wrong in plain Python numbers: Python raises on 1/0 and
 * 0 ** -1, turns (-8) ** (1/3) into a complex number, and torch.sin(1) rejects a float. Such a
 * subtree is computed on tensors instead, which follow the same IEEE rules as the page (inf, nan).
 */
function needsTensor(ast: Ast): boolean {
  switch (ast.kind) {
    case 'num':
    case 'const':
    case 'var':
      return false;
    case 'call':
      return true;
    case 'neg':
      return needsTensor(ast.arg);
    case 'bin':
      return ast.op === '/' || ast.op === '^' || needsTensor(ast.left) || needsTensor(ast.right);
  }
}

/** A finite double as a Python literal (JavaScript's shortest round-trip text is valid Python). */
export function pyNumber(v: number): string {
  if (Number.isNaN(v)) return "float('nan')";
  if (!Number.isFinite(v)) return v > 0 ? "float('inf')" : "-float('inf')";
  return Object.is(v, -0) ? '0' : String(v);
}

interface Printed {
  text: string;
  /** The helper `const(v)` (a float64 tensor) is used. */
  usesConst: boolean;
  /** math.pi or math.e is used. */
  usesMath: boolean;
  /** f depends on x or y (a constant f has no autograd graph back to the point). */
  usesVariables: boolean;
}

/** `ast` in Python syntax with x, y as tensors, torch functions and the fewest parentheses. */
export function toPython(ast: Ast): Printed {
  let usesConst = false;
  let usesMath = false;
  const dialect = (asTensor: boolean): ExprDialect => ({
    leaf(node) {
      if (node.kind === 'var') return node.name;
      if (node.kind === 'const') usesMath = true;
      const text = node.kind === 'num' ? pyNumber(node.value) : `math.${node.name}`;
      if (!asTensor) return text;
      usesConst = true;
      return `const(${text})`;
    },
    call: (fn, arg) => `${TORCH[fn]}(${arg})`,
    // Python's ** takes a primary on its left and any unary expression on its right, like ^ here.
    op: (op) => (op === '^' ? ' ** ' : ` ${op} `),
    // A constant subtree that Python numbers would get wrong: every leaf in it becomes a tensor.
    node: (node) =>
      !asTensor && !usesVariable(node) && needsTensor(node) ? printAst(node, tensor) : undefined,
  });
  const tensor = dialect(true);
  const text = printAst(ast, dialect(false));
  return { text, usesConst, usesMath, usesVariables: usesVariable(ast) };
}
