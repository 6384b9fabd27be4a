/**
 * A layered (Sugiyama-style) layout of a computation graph: leaves at the bottom, f at the top, each
 * node one row above its highest child. An edge that skips rows runs through virtual points in the
 * rows between, which take part in the ordering like nodes, so it bends around the nodes instead of
 * passing behind them. Barycentre sweeps then order each row to keep crossings few.
 */
import type { ComputationGraph } from '../../core';

export interface Placed {
  id: number;
  x: number;
  y: number;
}

export interface LaidEdge {
  parent: number;
  child: number;
  /** ∂parent/∂child, summed over the parent's argument slots (x·x uses x twice). */
  partial: number;
  /** From the child's top to the parent's bottom, through the virtual points between. */
  points: [number, number][];
}

export interface GraphLayout {
  nodes: Placed[];
  edges: LaidEdge[];
  width: number;
  height: number;
}

export const NODE_W = 108;
export const NODE_H = 58;
const GAP_X = 22;
const DUMMY_W = 16;
const GAP_Y = 50;
const PAD = 14;

export function layoutGraph(g: ComputationGraph): GraphLayout {
  const n = g.nodes.length;
  const layer: number[] = new Array<number>(n).fill(0);
  // Children have smaller ids, so one pass in id order sees every child before its parent.
  for (const node of g.nodes)
    for (const c of node.children) layer[node.id] = Math.max(layer[node.id], layer[c] + 1);

  // One edge per (parent, child) pair, its partials summed; virtual points for the rows it skips.
  const pairs = new Map<string, { parent: number; child: number; partial: number; chain: number[] }>();
  for (const p of g.nodes)
    p.children.forEach((c, k) => {
      const key = `${p.id}:${c}`;
      const e = pairs.get(key) ?? { parent: p.id, child: c, partial: 0, chain: [] };
      e.partial += p.partials[k];
      pairs.set(key, e);
    });
  let next = n;
  const rowOf: number[] = [...layer];
  const up: number[][] = Array.from({ length: n }, () => []);
  const down: number[][] = Array.from({ length: n }, () => []);
  const link = (lowId: number, highId: number) => {
    up[lowId].push(highId);
    down[highId].push(lowId);
  };
  for (const e of pairs.values()) {
    let below = e.child;
    for (let r = layer[e.child] + 1; r < layer[e.parent]; r++) {
      const v = next++;
      rowOf.push(r);
      up.push([]);
      down.push([]);
      link(below, v);
      e.chain.push(v);
      below = v;
    }
    link(below, e.parent);
  }

  const top = layer[g.root];
  const rows: number[][] = Array.from({ length: top + 1 }, () => []);
  const seen = new Set<number>();
  // Initial order: depth-first from f, first argument first, which reads like the formula.
  const visit = (id: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    rows[rowOf[id]].push(id);
    for (const c of down[id]) visit(c);
  };
  visit(g.root);
  const pos = new Array<number>(next).fill(0);
  const place = () => rows.forEach((row) => row.forEach((id, i) => (pos[id] = i - (row.length - 1) / 2)));
  place();
  const mean = (ids: number[], own: number) =>
    ids.length ? ids.reduce((s, id) => s + pos[id], 0) / ids.length : own;
  for (let pass = 0; pass < 6; pass++) {
    for (let r = top - 1; r >= 0; r--) rows[r].sort((a, b) => mean(up[a], pos[a]) - mean(up[b], pos[b]));
    place();
    for (let r = 1; r <= top; r++) rows[r].sort((a, b) => mean(down[a], pos[a]) - mean(down[b], pos[b]));
    place();
  }

  // Pixel offsets from the centre line: a virtual point needs only the room of an edge.
  const span = (id: number) => (id < n ? NODE_W : DUMMY_W);
  const offset = new Array<number>(next).fill(0);
  let widest = 0;
  for (const row of rows) {
    const total = row.reduce((s, id) => s + span(id), 0) + GAP_X * (row.length - 1);
    widest = Math.max(widest, total);
    let left = -total / 2;
    for (const id of row) {
      offset[id] = left + span(id) / 2;
      left += span(id) + GAP_X;
    }
  }
  const width = widest + 2 * PAD;
  const height = (top + 1) * NODE_H + top * GAP_Y + 2 * PAD;
  const xOf = (id: number) => width / 2 + offset[id];
  const yOf = (id: number) => PAD + NODE_H / 2 + (top - rowOf[id]) * (NODE_H + GAP_Y);
  const nodes: Placed[] = g.nodes.map((node) => ({ id: node.id, x: xOf(node.id), y: yOf(node.id) }));

  // Edges leave and enter a node at spread-out points, ordered like their other ends, so that
  // several edges at one node do not pile into a single point.
  const attach = (id: number, other: number, neighbours: number[]) => {
    const sorted = [...neighbours].sort((a, b) => pos[a] - pos[b]);
    const i = sorted.indexOf(other);
    return xOf(id) + ((i + 1) / (sorted.length + 1) - 0.5) * NODE_W * 0.6;
  };
  const edges: LaidEdge[] = [...pairs.values()].map((e) => {
    const first = e.chain[0] ?? e.parent;
    const last = e.chain[e.chain.length - 1] ?? e.child;
    const points: [number, number][] = [[attach(e.child, first, up[e.child]), yOf(e.child) - NODE_H / 2]];
    for (const v of e.chain) points.push([xOf(v), yOf(v) + NODE_H / 2], [xOf(v), yOf(v) - NODE_H / 2]);
    points.push([attach(e.parent, last, down[e.parent]), yOf(e.parent) + NODE_H / 2]);
    return { parent: e.parent, child: e.child, partial: e.partial, points };
  });
  return { nodes, edges, width, height };
}
