import { useMemo, useState, type ReactNode } from 'react';
import { mapNnFeatures, type Dataset, type NnFeature } from '../../../../core';
import { featuresOf, specOf } from '../../../../stores/ml/nn/data';
import { EXTENT } from '../../../../stores/ml/nn/data';
import { useNnStore } from '../../../../stores/ml/nn/store';
import type { NnView } from '../../../../stores/ml/nn/view';
import { useWidth } from '../../../../ui/ChartFrame';
import { BackpropWalk } from './BackpropWalk';
import { BatchNoise } from './BatchNoise';
import type { DiagramItem } from './layout';
import { modelFrom, type NetModel, type Snapshot } from './model';
import { NetworkDiagram } from './NetworkDiagram';
import { UniversalApprox } from './UniversalApprox';
import { useThrottledSnapshot } from './useThrottledSnapshot';
import { WALK_START, walkOverlay, type WalkState } from './walk';

/** A section that renders its content only while open, so closed views cost nothing during training. */
function Fold({ title, children }: { title: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="nn-fold" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {open && children()}
    </details>
  );
}

/**
 * The model of the view and the snapshot, with its shape kept by value: a new snapshot (or a change of the
 * learning rate) does not make a new spec, so what depends on the shape alone (thousands of edges) stays put.
 */
function useNetModel(
  view: NnView,
  data: Dataset | { error: string },
  snapshot: Snapshot | null,
): NetModel | null {
  const ok = !('error' in data);
  const specJson = ok ? JSON.stringify(specOf(view, data)) : '';
  const featuresJson = ok ? featuresOf(view, data).join(',') : '';
  const spec = useMemo(() => (specJson ? (JSON.parse(specJson) as NetModel['spec']) : null), [specJson]);
  const features = useMemo(() => featuresJson.split(',').filter(Boolean) as NnFeature[], [featuresJson]);
  const x = useMemo(() => (ok ? mapNnFeatures(data.x, data.n, features) : null), [ok, data, features]);
  return useMemo(
    () => (ok && spec && x ? modelFrom(spec, features, data, x, snapshot) : null),
    [ok, spec, features, data, x, snapshot],
  );
}

/**
 * The network itself: the diagram, then the backprop walk-through, universal approximation and mini-batch
 * noise. Everything here follows the worker's snapshot at most five times a second.
 */
export function NetworkPanel() {
  const snapshot = useThrottledSnapshot(200);
  const view = useNnStore((s) => s.view);
  const data = useNnStore((s) => s.data);
  const focus = useNnStore((s) => s.focus);
  const setFocus = useNnStore((s) => s.setFocus);
  const [box, width] = useWidth<HTMLDivElement>(340);
  const model = useNetModel(view, data, snapshot);
  const [selected, setSelected] = useState<DiagramItem | null>(null);
  const [walk, setWalk] = useState<WalkState>(WALK_START);
  const overlay = useMemo(() => walkOverlay(model, walk), [model, walk]);
  const reg = useMemo(() => ({ l1: view.l1, l2: view.l2 }), [view.l1, view.l2]);
  const oneD = model?.data.oneD ?? false;
  return (
    <section className="network-panel" aria-label="The network" ref={box}>
      <h3>The network</h3>
      {model ? (
        <>
          <NetworkDiagram
            spec={model.spec}
            features={model.features}
            snapshot={model.snapshot}
            oneD={oneD}
            extent={EXTENT}
            width={Math.min(width, 760)}
            focus={focus}
            onSelectUnit={setFocus}
            selected={selected}
            onSelect={setSelected}
            overlay={overlay}
          />
          {!model.snapshot && (
            <p className="fine">The weights and each unit’s picture appear once the network is built.</p>
          )}
          <p className="fine nn-legend">
            Edges are weights: <span className="key pos">solid blue</span> positive,{' '}
            <span className="key neg">dashed orange</span> negative, thicker is larger
            {overlay && overlay.backFrom < model.spec.sizes.length - 1
              ? '; the layers the walk-through has gone back through show this point’s gradients ∂L/∂w instead'
              : ''}
            . Each square is its unit’s output over the plane, in the big picture’s colours.
          </p>
        </>
      ) : (
        <p>{'error' in data ? data.error : 'No network yet.'}</p>
      )}
      <div className="nn-folds">
        <Fold title="Backpropagation, one point at a time">
          {() => (
            <BackpropWalk model={model} walk={walk} onWalk={setWalk} overlay={overlay} selected={selected} />
          )}
        </Fold>
        <Fold title="Universal approximation">
          {() => <UniversalApprox model={model} width={width} extent={EXTENT} />}
        </Fold>
        <Fold title="Mini-batch noise">
          {() => <BatchNoise model={model} batchSize={view.batch} reg={reg} seed={view.seed} />}
        </Fold>
      </div>
    </section>
  );
}
