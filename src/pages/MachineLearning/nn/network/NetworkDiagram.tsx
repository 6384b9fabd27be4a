import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { nnFeatureLabels, type MlpSpec, type NnFeature } from '../../../../core';
import { ChartTextAlternative } from '../../../../ui/ChartText';
import { formatNumber } from '../../../../ui/Readout';
import { themeCached } from '../../../../ui/themeCache';
import { DiagramReadouts, EdgeLayer } from './DiagramParts';
import { diagramText } from './diagramText';
import { diagramLayout, itemKey, moveItem, type DiagramItem } from './layout';
import { unitName, type Snapshot } from './model';
import { inputLattices, paintThumbnails } from './thumbnails';
import type { WalkOverlay } from './walk';

export interface NetworkDiagramProps {
  spec: MlpSpec;
  features: readonly NnFeature[];
  /** Weights, gradients and unit thumbnails; null draws the shape alone. */
  snapshot: Snapshot | null;
  oneD: boolean;
  extent: number;
  width: number;
  /** The unit the big picture shows, [column, unit]. */
  focus: [number, number] | null;
  onSelectUnit: (focus: [number, number]) => void;
  selected: DiagramItem | null;
  onSelect: (item: DiagramItem) => void;
  overlay?: WalkOverlay | null;
}

function parseKey(key: string | null | undefined): DiagramItem | null {
  const m = /^([ne])-(\d+)-(\d+)(?:-(\d+))?$/.exec(key ?? '');
  if (!m) return null;
  return m[1] === 'n'
    ? { kind: 'node', c: Number(m[2]), u: Number(m[3]) }
    : { kind: 'edge', l: Number(m[2]), j: Number(m[3]), i: Number(m[4]) };
}

/** The labels' font size: 0.7rem, so larger in projector mode. */
/** The labels' font size: 0.7 rem (projector mode enlarges the root font), read once per theme. */
const labelFontPx = themeCached((): number => {
  if (typeof document === 'undefined') return 11;
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return 0.7 * (Number.isFinite(root) && root > 0 ? root : 16);
});

const keyOf = (el: EventTarget | null) =>
  parseKey((el as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key'));

/**
 * The network as columns of units (each with its output as a small heat map) joined by its weights (colour and
 * dash = sign, width = size). Hover or focus an edge to read its weight and gradient; click a unit (or press
 * Enter on it) to make its output the big picture. One tab stop; the arrow keys move inside.
 */
export function NetworkDiagram(props: NetworkDiagramProps) {
  const { spec, features, snapshot, oneD, extent, width, focus, selected, overlay = null } = props;
  const sizes = spec.sizes;
  const longest = Math.max(...features.map((f) => nnFeatureLabels[f].length), 2);
  const fontPx = labelFontPx();
  const layout = useMemo(() => diagramLayout(sizes, width, longest, fontPx), [sizes, width, longest, fontPx]);
  const inputs = useMemo(() => inputLattices(features, oneD, extent), [features, oneD, extent]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const groups = useRef<(SVGGElement | null)[]>([]);
  const wantFocus = useRef(false);
  const depth = sizes.length - 1;
  const setGroup = useMemo(
    () =>
      Array.from({ length: depth }, (_, l) => (g: SVGGElement | null) => {
        groups.current[l] = g;
      }),
    [depth],
  );
  const [hover, setHover] = useState<DiagramItem | null>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const active: DiagramItem = selected ?? { kind: 'node', c: 0, u: 0 };
  const valid = (it: DiagramItem) =>
    it.kind === 'node'
      ? it.c < sizes.length && it.u < sizes[it.c]
      : it.l < sizes.length - 1 && it.j < sizes[it.l + 1] && it.i < sizes[it.l];
  const stop = valid(active) ? active : ({ kind: 'node', c: 0, u: 0 } as DiagramItem);
  const shown = hover && valid(hover) ? hover : selected && valid(selected) ? selected : null;

  useEffect(() => {
    if (canvas.current) paintThumbnails(canvas.current, layout, inputs, snapshot, oneD);
  }, [layout, inputs, snapshot, oneD]);

  // Edge styles follow the weights (or, for the layers the walk-through has gone back through, the point's
  // gradients) by mutating the lines: thousands of lines, five times a second, without React.
  useLayoutEffect(() => {
    let maxW = 1e-12;
    let maxG = 1e-12;
    snapshot?.weights.forEach((w) => w.forEach((v) => (maxW = Math.max(maxW, Math.abs(v) || 0))));
    overlay?.trace.grads.forEach((g, l) => {
      if (l >= overlay.backFrom) g.weights.forEach((v) => (maxG = Math.max(maxG, Math.abs(v) || 0)));
    });
    const thick = Math.max(1.5, Math.min(5, layout.node / 6));
    groups.current.forEach((g, l) => {
      if (!g) return;
      const grad = overlay && l >= overlay.backFrom ? overlay.trace.grads[l].weights : null;
      const values = grad ?? snapshot?.weights[l] ?? null;
      const top = grad ? maxG : maxW;
      const lines = g.children;
      for (let k = 0; k < lines.length; k++) {
        const v = values?.[k] ?? NaN;
        const sign = !Number.isFinite(v) ? 'none' : v > 0 ? 'pos' : v < 0 ? 'neg' : 'zero';
        // Only what changed is written: every class change restyles the line.
        const cls = `nn-edge ${sign}${grad ? ' grad' : ''}`;
        if (lines[k].getAttribute('class') !== cls) lines[k].setAttribute('class', cls);
        const w = (Number.isFinite(v) ? Math.max(0.4, (thick * Math.abs(v)) / top) : 0.5).toFixed(2);
        if (lines[k].getAttribute('stroke-width') !== w) lines[k].setAttribute('stroke-width', w);
      }
    });
  }, [snapshot, overlay, layout]);

  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    svg.current?.querySelector<SVGElement>(`[data-key="${itemKey(stop)}"]`)?.focus();
  });

  const choose = (it: DiagramItem) => {
    props.onSelect(it);
    if (it.kind === 'node' && it.c > 0) props.onSelectUnit([it.c, it.u]);
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const at = keyOf(e.target) ?? stop;
    if ((e.key === 'Enter' || e.key === ' ') && at.kind === 'node') {
      e.preventDefault();
      choose(at);
      return;
    }
    const next = moveItem(at, e.key, e.shiftKey, sizes);
    if (!next) return;
    e.preventDefault();
    wantFocus.current = true;
    props.onSelect(next);
  };

  const text = useMemo(() => diagramText(spec, features, snapshot), [spec, features, snapshot]);
  const half = layout.node / 2;
  const highlight = shown?.kind === 'edge' ? shown : null;
  const showValues = overlay && layout.node >= 24;
  return (
    <div className="nn-diagram">
      <p className="fine" id={`${uid}-hint`}>
        Tab to the diagram; the arrow keys move between units and weights (on a weight, Shift+↑/↓ moves to the
        weights into the same unit); Enter on a unit shows its output in the big picture.
      </p>
      <div className="nn-diagram-box" style={{ width: layout.width, height: layout.height }}>
        <canvas
          ref={canvas}
          className="nn-diagram-canvas"
          style={{ width: layout.width, height: layout.height }}
          aria-hidden="true"
        />
        <svg
          ref={svg}
          className={`nn-diagram-svg${sizes.reduce((a, n, c) => a + (c > 0 ? n * sizes[c - 1] : 0), 0) > 300 ? ' dense' : ''}`}
          width={layout.width}
          height={layout.height}
          style={{ fontSize: `${Math.min(fontPx, 0.8 * layout.slot)}px` }}
          role="group"
          aria-label="Network diagram"
          aria-describedby={`${uid}-hint ${uid}-text`}
          onKeyDown={onKeyDown}
          onFocus={(e) => {
            const it = keyOf(e.target);
            if (it) props.onSelect(it);
          }}
          onPointerOver={(e) => setHover(keyOf(e.target))}
          onPointerLeave={() => setHover(null)}
          onClick={(e) => {
            const it = keyOf(e.target);
            if (it) choose(it);
          }}
        >
          {layout.headers.map((h, c) => (
            <text key={c} className="nn-header" x={layout.columns[c].x} y={13} textAnchor="middle">
              {h}
            </text>
          ))}
          {sizes.slice(1).map((_, l) => (
            <EdgeLayer
              key={l}
              l={l}
              layout={layout}
              spec={spec}
              features={features}
              active={stop.kind === 'edge' && stop.l === l ? stop.j * sizes[l] + stop.i : -1}
              groupRef={setGroup[l]}
            />
          ))}
          {highlight && (
            <line
              className="nn-edge-highlight"
              x1={layout.columns[highlight.l].x + half}
              y1={layout.columns[highlight.l].ys[highlight.i]}
              x2={layout.columns[highlight.l + 1].x - half}
              y2={layout.columns[highlight.l + 1].ys[highlight.j]}
            />
          )}
          {layout.columns.map((col, c) =>
            col.ys.map((y, u) => {
              const key = `n-${c}-${u}`;
              const isStop = stop.kind === 'node' && stop.c === c && stop.u === u;
              const inFocus = focus !== null && focus[0] === c && focus[1] === u;
              const value = overlay ? (c === 0 ? overlay.trace.input : overlay.trace.post[c - 1])[u] : null;
              return (
                <g
                  key={key}
                  data-key={key}
                  className={`nn-node${inFocus ? ' shown' : ''}${shown?.kind === 'node' && shown.c === c && shown.u === u ? ' picked' : ''}`}
                  role={c === 0 ? 'img' : 'button'}
                  tabIndex={isStop ? 0 : -1}
                  aria-label={
                    c === 0
                      ? `input ${unitName(spec, features, 0, u)}`
                      : `${unitName(spec, features, c, u)}: show its output in the big picture`
                  }
                  aria-pressed={c === 0 ? undefined : inFocus}
                  aria-describedby={c === 0 ? `${uid}-text` : undefined}
                >
                  <rect x={col.x - half} y={y - half} width={layout.node} height={layout.node} />
                  {c === 0 && (
                    <text
                      className="nn-input-label"
                      x={col.x - half - 4}
                      y={y}
                      textAnchor="end"
                      dominantBaseline="central"
                    >
                      {nnFeatureLabels[features[u]] ?? `input ${u + 1}`}
                    </text>
                  )}
                  {showValues && value !== null && (
                    <text className="nn-node-value" x={col.x} y={y + half - 3} textAnchor="middle">
                      {formatNumber(value, 2)}
                    </text>
                  )}
                </g>
              );
            }),
          )}
        </svg>
      </div>
      <ChartTextAlternative id={`${uid}-text`} text={text} />
      <DiagramReadouts item={shown} spec={spec} features={features} snapshot={snapshot} overlay={overlay} />
    </div>
  );
}
