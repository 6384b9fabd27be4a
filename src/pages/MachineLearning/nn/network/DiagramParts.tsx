import { memo, type Ref } from 'react';
import type { MlpSpec, NnFeature } from '../../../../core';
import { formatNumber, Readout } from '../../../../ui/Readout';
import type { DiagramItem, DiagramLayout } from './layout';
import { unitName, type Snapshot } from './model';
import type { WalkOverlay } from './walk';

const short = (v: number) => formatNumber(v, 4);

/**
 * One layer of weights as lines, in the weights' own order (row-major [out][in]), so that the diagram can
 * restyle line k from weights[k] without React. Only the roving tab stop's line differs between renders.
 */
export const EdgeLayer = memo(function EdgeLayer({
  l,
  layout,
  spec,
  features,
  active,
  groupRef,
}: {
  l: number;
  layout: DiagramLayout;
  spec: MlpSpec;
  features: readonly NnFeature[];
  /** Index j·fanIn + i of the roving tab stop in this layer, or −1. */
  active: number;
  groupRef: Ref<SVGGElement>;
}) {
  const from = layout.columns[l];
  const to = layout.columns[l + 1];
  const half = layout.node / 2;
  return (
    <g ref={groupRef}>
      {to.ys.map((yj, j) =>
        from.ys.map((yi, i) => {
          const k = j * from.ys.length + i;
          return (
            <line
              key={k}
              className="nn-edge none"
              x1={from.x + half}
              y1={yi}
              x2={to.x - half}
              y2={yj}
              data-key={`e-${l}-${j}-${i}`}
              role="button"
              tabIndex={k === active ? 0 : -1}
              aria-label={`weight from ${unitName(spec, features, l, i)} to ${unitName(spec, features, l + 1, j)}`}
            />
          );
        }),
      )}
    </g>
  );
});

/** What the hovered or focused item holds: a weight and its gradient, or a unit's bias (and, in the walk, its values). */
export function DiagramReadouts({
  item,
  spec,
  features,
  snapshot,
  overlay,
}: {
  item: DiagramItem | null;
  spec: MlpSpec;
  features: readonly NnFeature[];
  snapshot: Snapshot | null;
  overlay: WalkOverlay | null;
}) {
  const edge = item?.kind === 'edge' ? item : null;
  const node = item?.kind === 'node' && item.c > 0 ? item : null;
  const k = edge ? edge.j * spec.sizes[edge.l] + edge.i : -1;
  const pick = (arr: Float64Array[] | undefined, l: number, idx: number) => {
    const v = arr?.[l]?.[idx];
    return v === undefined || !Number.isFinite(v) ? null : v;
  };
  const title = edge
    ? `Weight from ${unitName(spec, features, edge.l, edge.i)} to ${unitName(spec, features, edge.l + 1, edge.j)}`
    : item?.kind === 'node'
      ? `Unit: ${unitName(spec, features, item.c, item.u)}${item.c === 0 ? ' (an input)' : ''}`
      : 'Hover over or focus a weight (an edge) or a unit.';
  const pointGrad =
    edge && overlay && edge.l >= overlay.backFrom ? overlay.trace.grads[edge.l].weights[k] : null;
  const pointValue =
    item?.kind === 'node' && overlay
      ? (item.c === 0 ? overlay.trace.input : overlay.trace.post[item.c - 1])[item.u]
      : null;
  const pointDelta =
    node && overlay && node.c - 1 >= overlay.backFrom ? overlay.trace.delta[node.c - 1][node.u] : null;
  return (
    <div className="nn-diagram-readouts" aria-live="polite">
      <p className="nn-selected-name">{title}</p>
      <div className="readouts">
        <Readout
          label="selected weight"
          value={edge ? pick(snapshot?.weights, edge.l, k) : null}
          format={short}
        />
        <Readout
          label="selected gradient"
          value={edge ? pick(snapshot?.gradWeights, edge.l, k) : null}
          format={short}
          title="∂(training loss)/∂w over the whole training set"
        />
        {node && (
          <>
            <Readout
              label="selected bias"
              value={pick(snapshot?.biases, node.c - 1, node.u)}
              format={short}
            />
            <Readout
              label="selected bias gradient"
              value={pick(snapshot?.gradBiases, node.c - 1, node.u)}
              format={short}
            />
          </>
        )}
        {overlay && pointGrad !== null && (
          <Readout label="gradient for this point" value={pointGrad} format={short} />
        )}
        {overlay && pointValue !== null && (
          <Readout label="value for this point" value={pointValue} format={short} />
        )}
        {overlay && pointDelta !== null && (
          <Readout label="δ for this point" value={pointDelta} format={short} />
        )}
      </div>
    </div>
  );
}
