import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { curveBumpY, line } from 'd3';
import { computationGraph, type GraphNode } from '../../core';
import { useCalculusStore } from '../../stores/calculus/store';
import { formatNumber } from '../../ui/Readout';
import { ChartTextAlternative } from '../../ui/ChartText';
import { Tex } from '../../ui/Tex';
import { alignedSteps } from './calculusTex';
import { backpropText } from './chartText';
import { layoutGraph, NODE_H, NODE_W } from './graphLayout';
import { useProbe, useShownExpr } from './shownExpr';

const edgePath = line().curve(curveBumpY);
const fmt = (v: number) => formatNumber(v, 4);
/** A node's operation or number as it fits the box (long literals are cut). */
const short = (label: string) => (label.length > 9 ? label.slice(0, 8) + '…' : label);

const isConstant = (n: GraphNode) => n.op === 'num' || n.op === 'const';

function kindOf(n: GraphNode): string {
  if (n.op === 'x' || n.op === 'y') return 'var';
  if (n.op === 'num' || n.op === 'const') return 'const';
  return 'op';
}

/**
 * The computation graph of f at the probe point: every node with its forward value v and adjoint
 * v̄ = ∂f/∂v from reverse mode. Edge width shows how much of f's sensitivity flows along it
 * (|v̄_parent · ∂v_parent/∂v_child|); the selected node's forward and chain-rule steps are in KaTeX.
 */
export function BackpropView() {
  const shown = useShownExpr();
  const [px, py] = useProbe();
  const selected = useCalculusStore((s) => s.selectedNode);
  const select = useCalculusStore((s) => s.selectNode);
  const graph = useMemo(() => (shown ? computationGraph(shown.ast, px, py) : null), [shown, px, py]);
  const layout = useMemo(() => (graph ? layoutGraph(graph) : null), [graph]);
  const description = useMemo(() => (graph ? backpropText(graph, [px, py]) : ''), [graph, px, py]);
  const textId = `calc-graph-text-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const scroller = useRef<HTMLDivElement>(null);
  // A constant's adjoint (e.g. x² ln x for the 2 of x²) is shown only when asked for, with what it means.
  const [constants, setConstants] = useState(false);
  const constantsId = useId();
  const graphWidth = layout?.width ?? 0;
  // A graph wider than the panel opens centred on f, not on its leftmost leaf.
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = Math.max(0, (el.scrollWidth - el.clientWidth) / 2);
  }, [graphWidth]);
  if (!graph || !layout) return null;
  // Until a node is chosen, show x: its chain rule is the one that assembles ∂f/∂x from every path.
  const fallback = graph.nodes.find((n) => n.op === 'x')?.id ?? graph.root;
  const sel = graph.nodes[selected !== null && selected < graph.nodes.length ? selected : fallback];
  // Flow along each edge child → parent, scaled by the largest so the widths compare within f.
  const hidden = (id: number) => !constants && isConstant(graph.nodes[id]);
  const flows = layout.edges.map((e) =>
    hidden(e.child) ? 0 : Math.abs(graph.nodes[e.parent].adjoint * e.partial),
  );
  const maxFlow = Math.max(1e-300, ...flows.map((f) => (Number.isFinite(f) ? f : 0)));
  const onKey = (id: number) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(id);
    }
  };

  return (
    <section className="panel calc-backprop" aria-label="Backpropagation">
      <h2 className="calc-view-title">
        Backpropagation at ({fmt(px)}, {fmt(py)})
      </h2>
      <p className="fine">
        Forward pass (bottom to top): each node’s value <span className="calc-v">v</span>. Backward pass (top
        to bottom): its adjoint <span className="calc-adj">v̄ = ∂f/∂v</span>, starting from f̄ = 1. Select a
        node to see its chain-rule step.
      </p>
      <label className="calc-check">
        <input
          type="checkbox"
          checked={constants}
          onChange={(e) => setConstants(e.target.checked)}
          aria-describedby={constants ? constantsId : undefined}
        />
        sensitivity to constants
      </label>
      {constants && (
        <p className="fine" id={constantsId}>
          A constant’s adjoint c̄ = ∂f/∂c is how f would change if the constant were nudged: nothing here
          varies it, but for a network’s weight it is exactly the gradient that training follows. For an
          exponent c in u^c it is u^c ln u (x² ln x for the 2 of x²), undefined where u &lt; 0.
        </p>
      )}
      <div className="calc-graph-scroll" ref={scroller}>
        <svg
          width={layout.width}
          height={layout.height}
          className="calc-graph"
          role="group"
          aria-label="Computation graph of f"
          aria-describedby={textId}
        >
          <g className="calc-edges" aria-hidden="true">
            {layout.edges.map((e, k) => {
              const w = Number.isFinite(flows[k]) ? 1 + 5 * Math.sqrt(flows[k] / maxFlow) : 1;
              const hot = e.parent === sel.id || e.child === sel.id;
              return (
                <path
                  key={k}
                  className={hot ? 'calc-edge calc-edge-hot' : 'calc-edge'}
                  d={edgePath(e.points) ?? ''}
                  strokeWidth={w}
                />
              );
            })}
          </g>
          {layout.nodes.map(({ id, x, y }) => {
            const n = graph.nodes[id];
            const isSel = id === sel.id;
            return (
              <g
                key={id}
                transform={`translate(${x - NODE_W / 2},${y - NODE_H / 2})`}
                className={`calc-node calc-node-${kindOf(n)}${isSel ? ' calc-node-selected' : ''}${id === graph.root ? ' calc-node-root' : ''}`}
                role="button"
                tabIndex={0}
                aria-pressed={isSel}
                aria-label={`v${id}${id === graph.root ? ' = f' : ''} ${short(n.label)} v = ${fmt(n.value)}${hidden(id) ? '' : ` v̄ = ${fmt(n.adjoint)}`}`}
                onClick={() => select(id)}
                onKeyDown={onKey(id)}
              >
                <rect width={NODE_W} height={NODE_H} rx={9} />
                {/* Each line ends in a space (not drawn) so that its words stay apart in the visible text. */}
                <text x={8} y={16} className="calc-node-id">
                  {`v${id}${id === graph.root ? ' = f' : ''} `}
                </text>
                <text x={NODE_W - 8} y={17} textAnchor="end" className="calc-node-op">
                  {`${short(n.label)} `}
                </text>
                <text x={8} y={35} className="calc-node-value">
                  {`v = ${fmt(n.value)} `}
                </text>
                {!hidden(id) && (
                  <text x={8} y={51} className="calc-node-adjoint">
                    {`v̄ = ${fmt(n.adjoint)} `}
                  </text>
                )}
              </g>
            );
          })}
          <g className="calc-edge-labels" aria-hidden="true">
            {layout.edges
              .filter((e) => (e.parent === sel.id || e.child === sel.id) && !hidden(e.child))
              .map((e, i) => {
                // At the far end from the selected node, where its parents (or children) are spread
                // out; neighbouring labels alternate between two heights so that they do not collide.
                const [x, y] = e.child === sel.id ? e.points[e.points.length - 1] : e.points[0];
                const dy = e.child === sel.id ? 14 + (i % 2) * 14 : -7 - (i % 2) * 14;
                return (
                  <text
                    key={`${e.parent}:${e.child}`}
                    x={x}
                    y={y + dy}
                    textAnchor="middle"
                    className="calc-edge-label"
                  >
                    ∂v{e.parent}/∂v{e.child} = {fmt(e.partial)}
                  </text>
                );
              })}
          </g>
        </svg>
      </div>
      <ChartTextAlternative id={textId} text={{ description }} />
      <div className="calc-chain">
        <div>
          <h3>Forward step of v{sel.id}</h3>
          <Tex tex={alignedSteps(sel.forwardTex)} display />
        </div>
        <div>
          <h3>Chain rule for v̄{sel.id}</h3>
          {hidden(sel.id) ? (
            <p className="fine">
              v{sel.id} is a constant: it gets no adjoint unless you ask for its “sensitivity to constants”.
            </p>
          ) : (
            <Tex tex={alignedSteps(sel.chainTex)} display />
          )}
        </div>
        <p className="fine">
          Result: ∂f/∂x = {fmt(graph.gradient[0])}, ∂f/∂y = {fmt(graph.gradient[1])} — the adjoints of the x
          and y nodes, summed over every path from f down to them.
        </p>
      </div>
    </section>
  );
}
