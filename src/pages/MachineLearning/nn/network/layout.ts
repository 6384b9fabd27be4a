/**
 * Where the diagram's nodes go, and how the arrow keys move through nodes and edges. Columns are the inputs,
 * the hidden layers and the outputs; a column of n units is centred on the tallest one.
 */

export interface DiagramLayout {
  width: number;
  height: number;
  /** Side of a node's square thumbnail. */
  node: number;
  /** Centre x of each column, and centre y of each of its nodes. */
  columns: { x: number; ys: number[] }[];
  headers: string[];
  /** Room for the input labels left of column 0. */
  labelRoom: number;
  /** Vertical distance between neighbouring nodes (labels are kept smaller than this). */
  slot: number;
}

const TOP = 22;
const BOTTOM = 6;
const MAX_CONTENT_HEIGHT = 460;

/** `fontPx` is the labels' font size (larger in projector mode), which sets the room they are given. */
export function diagramLayout(
  sizes: readonly number[],
  width: number,
  longestLabel: number,
  fontPx = 11,
): DiagramLayout {
  const C = sizes.length;
  const M = Math.max(1, ...sizes);
  const labelRoom = 8 + Math.min(12, longestLabel) * 0.62 * fontPx;
  const avail = Math.max(60, width - labelRoom - 8);
  const spacing = avail / Math.max(1, C - 0.4);
  const slot = Math.min(48, MAX_CONTENT_HEIGHT / M);
  const node = Math.max(6, Math.min(36, 0.6 * spacing, 0.8 * slot));
  const height = Math.round(TOP + M * slot + BOTTOM);
  const mid = TOP + (M * slot) / 2;
  const columns = sizes.map((n, c) => ({
    x: labelRoom + node / 2 + c * spacing,
    ys: Array.from({ length: n }, (_, u) => mid + (u - (n - 1) / 2) * slot),
  }));
  const roomy = spacing >= 5.5 * fontPx;
  const headers = sizes.map((_, c) =>
    c === 0
      ? roomy
        ? 'inputs'
        : 'in'
      : c === C - 1
        ? roomy
          ? 'output'
          : 'out'
        : roomy
          ? `layer ${c}`
          : `${c}`,
  );
  return { width, height, node, columns, headers, labelRoom, slot };
}

/** A node (column c, unit u) or an edge of weight layer l (from unit i of column l to unit j of column l + 1). */
export type DiagramItem =
  { kind: 'node'; c: number; u: number } | { kind: 'edge'; l: number; j: number; i: number };

export const itemKey = (it: DiagramItem): string =>
  it.kind === 'node' ? `n-${it.c}-${it.u}` : `e-${it.l}-${it.j}-${it.i}`;

const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));

/**
 * The item an arrow key leads to. On a node: up/down within the column, right to its first outgoing edge,
 * left to its first incoming one. On an edge: up/down to the next edge from the same unit (with Shift, into
 * the same unit), right to the unit it feeds, left to the unit it comes from. Null when the key moves nowhere.
 */
export function moveItem(
  it: DiagramItem,
  key: string,
  shift: boolean,
  sizes: readonly number[],
): DiagramItem | null {
  const C = sizes.length;
  if (it.kind === 'node') {
    const n = sizes[it.c];
    switch (key) {
      case 'ArrowUp':
        return { ...it, u: clamp(it.u - 1, n) };
      case 'ArrowDown':
        return { ...it, u: clamp(it.u + 1, n) };
      case 'Home':
        return { ...it, u: 0 };
      case 'End':
        return { ...it, u: n - 1 };
      case 'ArrowRight':
        return it.c < C - 1 ? { kind: 'edge', l: it.c, i: it.u, j: clamp(it.u, sizes[it.c + 1]) } : null;
      case 'ArrowLeft':
        return it.c > 0 ? { kind: 'edge', l: it.c - 1, j: it.u, i: clamp(it.u, sizes[it.c - 1]) } : null;
      default:
        return null;
    }
  }
  const out = sizes[it.l + 1];
  const fanIn = sizes[it.l];
  switch (key) {
    case 'ArrowUp':
      return shift ? { ...it, i: clamp(it.i - 1, fanIn) } : { ...it, j: clamp(it.j - 1, out) };
    case 'ArrowDown':
      return shift ? { ...it, i: clamp(it.i + 1, fanIn) } : { ...it, j: clamp(it.j + 1, out) };
    case 'Home':
      return { ...it, j: 0 };
    case 'End':
      return { ...it, j: out - 1 };
    case 'ArrowRight':
      return { kind: 'node', c: it.l + 1, u: it.j };
    case 'ArrowLeft':
      return { kind: 'node', c: it.l, u: it.i };
    default:
      return null;
  }
}
