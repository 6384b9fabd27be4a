/**
 * The computation graph of an expression at a point, for a backpropagation view. Identical
 * subexpressions share one node (x used three times is one node whose adjoint sums three paths).
 * Forward pass: each node's value. Reverse pass: adjoint v̄ = ∂f/∂v, seeded v̄_root = 1 and
 * accumulated as v̄_c = Σ over parents p of v̄_p · ∂v_p/∂v_c.
 */
import { constantValue, type Ast, type BinaryOp, type FnName } from './ast';
import { printExpr } from './print';
import { localPartials, localTex } from './graphLocal';
import { texNumber } from './tex';
import type { Vec2 } from './types';

export type GraphOp = 'num' | 'const' | 'x' | 'y' | 'neg' | BinaryOp | FnName;

export interface GraphNode {
  /** Index in `nodes`; children always have smaller ids (topological order). */
  id: number;
  op: GraphOp;
  /** Short label for the node: '0.1', 'x', 'π', '+', '×', 'sin', … */
  label: string;
  children: number[];
  /** Forward value v of this node at the point. */
  value: number;
  /** ∂f/∂v by reverse-mode accumulation. */
  adjoint: number;
  /** Local derivatives ∂v/∂child_k, one per entry of children. */
  partials: number[];
  /** TeX of the forward step, e.g. `v_{4} = \sin\left(v_{2}\right) = 0.8415`. */
  forwardTex: string;
  /** TeX of the chain-rule step that gives this node's adjoint from its parents'. */
  chainTex: string;
}

export interface ComputationGraph {
  nodes: GraphNode[];
  /** Id of the output node f. */
  root: number;
  value: number;
  /** [∂f/∂x, ∂f/∂y]: the adjoints of the x and y nodes (0 where a variable is absent). */
  gradient: Vec2;
}

const LABELS: Partial<Record<GraphOp, string>> = { neg: '−', '-': '−', '*': '×', '/': '÷' };

/**
 * TeX of a node's numeric value, four significant digits; NaN (f not a real number there, e.g. √ of a
 * negative) is "undefined" in words, the word every readout beside the graph uses.
 */
export function texValue(n: number): string {
  if (Number.isNaN(n)) return '\\text{undefined}';
  if (!Number.isFinite(n)) return n > 0 ? '\\infty' : '-\\infty';
  return texNumber(Number(n.toPrecision(4)));
}

const v = (id: number) => `v_{${id}}`;

/** The computation graph of `ast` evaluated at (x, y), with forward values and adjoints. */
export function computationGraph(ast: Ast, x: number, y: number): ComputationGraph {
  const nodes: GraphNode[] = [];
  const byKey = new Map<string, number>();

  const visit = (a: Ast): number => {
    const key = printExpr(a);
    const known = byKey.get(key);
    if (known !== undefined) return known;
    const children = a.kind === 'bin' ? [visit(a.left), visit(a.right)] : 'arg' in a ? [visit(a.arg)] : [];
    const op: GraphOp =
      a.kind === 'bin' ? a.op : a.kind === 'call' ? a.fn : a.kind === 'var' ? a.name : a.kind;
    const args = children.map((c) => nodes[c].value);
    const { value, partials } = localPartials(op, args, leafValue(a, x, y));
    const id = nodes.length;
    const label =
      a.kind === 'num'
        ? String(a.value)
        : a.kind === 'const'
          ? a.name === 'pi'
            ? 'π'
            : 'e'
          : (LABELS[op] ?? op);
    const rhs = children.length
      ? `${localTex(op, children.map(v)).forward} = ${texValue(value)}`
      : texValue(value);
    nodes.push({
      id,
      op,
      label,
      children,
      value,
      adjoint: 0,
      partials,
      forwardTex: `${v(id)} = ${rhs}`,
      chainTex: '',
    });
    byKey.set(key, id);
    return id;
  };

  const root = visit(ast);
  backpropagate(nodes, root);
  const adjointOf = (name: string) => nodes.find((n) => n.op === name)?.adjoint ?? 0;
  return { nodes, root, value: nodes[root].value, gradient: [adjointOf('x'), adjointOf('y')] };
}

function leafValue(a: Ast, x: number, y: number): number {
  if (a.kind === 'num') return a.value;
  if (a.kind === 'const') return constantValue(a.name);
  if (a.kind === 'var') return a.name === 'x' ? x : y;
  return NaN;
}

/** Reverse sweep in decreasing id order, so every parent is finished before its children. */
function backpropagate(nodes: GraphNode[], root: number): void {
  const terms: { sym: string[]; num: string[] }[] = nodes.map(() => ({ sym: [], num: [] }));
  nodes[root].adjoint = 1;
  for (let id = root; id >= 0; id--) {
    const n = nodes[id];
    const local = localTex(n.op, n.children.map(v));
    n.children.forEach((c, k) => {
      nodes[c].adjoint += n.adjoint * n.partials[k];
      terms[c].sym.push(`\\bar{v}_{${id}} \\cdot ${local.partials[k]}`);
      terms[c].num.push(`${texValue(n.adjoint)} \\cdot ${texValue(n.partials[k])}`);
    });
  }
  for (const n of nodes) {
    const t = terms[n.id];
    n.chainTex =
      n.id === root
        ? `\\bar{v}_{${n.id}} = \\frac{\\partial f}{\\partial f} = 1`
        : `\\bar{v}_{${n.id}} = ${t.sym.join(' + ')} = ${t.num.join(' + ')} = ${texValue(n.adjoint)}`;
  }
}
