import { nnFeatureLabels } from '../../../../core';
import { NumberField } from '../../../../ui/NumberField';
import { formatNumber, Readout } from '../../../../ui/Readout';
import { Tex } from '../../../../ui/Tex';
import { chainRuleTex } from './chainRule';
import type { DiagramItem } from './layout';
import { unitName, type NetModel } from './model';
import { layersWalked, rowOf, type WalkOverlay, type WalkState } from './walk';

const list = (a: ArrayLike<number>) => Array.from(a, (v) => formatNumber(v, 3)).join(', ');

/**
 * Backpropagation on the real network for one training point: the forward pass, then one layer at a time
 * backwards from the loss, every unit's δ and every weight's gradient; for the selected weight the chain rule
 * with the point's numbers. The network is frozen at "Forward", so training on does not move the numbers.
 */
export function BackpropWalk({
  model,
  walk,
  onWalk,
  overlay,
  selected,
}: {
  model: NetModel | null;
  walk: WalkState;
  onWalk: (w: WalkState) => void;
  overlay: WalkOverlay | null;
  selected: DiagramItem | null;
}) {
  if (!model) return <p>There is no data set to take a point from: fix the data first.</p>;
  const N = model.data.train.length;
  const depth = model.spec.sizes.length - 1;
  const row = rowOf(model, walk.point);
  const problem = row < 0 ? `training point must be a whole number from 1 to ${N}` : null;
  const walked = overlay ? layersWalked(walk.stage, depth) : 0;
  const go = (point: number) => onWalk({ ...walk, point, stage: Math.min(walk.stage, 1) });
  const forward = () => onWalk({ ...walk, stage: 1, net: model.net });
  const F = model.spec.sizes[0];
  const target = row >= 0 ? model.data.y[row] : NaN;
  const edge: DiagramItem =
    selected?.kind === 'edge' && selected.l < depth ? selected : { kind: 'edge', l: depth - 1, j: 0, i: 0 };
  const e = edge.kind === 'edge' ? edge : { l: depth - 1, j: 0, i: 0 };
  const revealed = overlay !== null && e.l >= overlay.backFrom;
  const rule =
    revealed && walk.net
      ? chainRuleTex(walk.net, model.features, overlay.trace, target, e.l, e.j, e.i)
      : null;
  return (
    <div className="backprop-walk">
      <div className="button-row">
        <label className="field inline">
          <span>training point (1–{N})</span>
          <NumberField label="training point" value={walk.point} integer problem={problem} onCommit={go} />
        </label>
        <button type="button" onClick={() => go(walk.point <= 1 ? N : walk.point - 1)} disabled={N === 0}>
          Previous point
        </button>
        <button type="button" onClick={() => go(walk.point >= N ? 1 : walk.point + 1)} disabled={N === 0}>
          Next point
        </button>
      </div>
      <div className="button-row">
        <button type="button" onClick={forward} disabled={!model.net || row < 0}>
          Forward
        </button>
        <button
          type="button"
          onClick={() => onWalk({ ...walk, stage: walk.stage + 1 })}
          disabled={!overlay || walked >= depth}
        >
          Backward one layer
        </button>
        <button
          type="button"
          onClick={() => onWalk({ ...walk, stage: 0, net: null })}
          disabled={walk.stage === 0}
        >
          Restart walk-through
        </button>
      </div>
      {row >= 0 && (
        <p>
          Training point {walk.point} of {N}: x1 = {formatNumber(model.data.x[2 * row], 4)}
          {model.data.oneD ? '' : `, x2 = ${formatNumber(model.data.x[2 * row + 1], 4)}`}; network inputs (
          {model.features.map((f) => nnFeatureLabels[f]).join(', ')}) ={' '}
          {list(model.x.subarray(row * F, row * F + F))};{' '}
          {model.data.task === 'classification' ? `class ${target}` : `target y = ${formatNumber(target, 4)}`}
          .
        </p>
      )}
      <p className="walk-status" role="status">
        {!model.net
          ? 'The walk-through starts once the network is built.'
          : !overlay
            ? 'Press Forward to push this point through the network (its weights are then held still for the walk).'
            : walked === 0
              ? 'Forward pass done: each unit’s value a = σ(z) is on the diagram and below. Press “Backward one layer” to start from the loss.'
              : walked < depth
                ? `Walked back through ${walked} of ${depth} layers of weights: their edges on the diagram now show this point’s gradients.`
                : 'Back at the inputs: every weight’s gradient for this point is known (edges show ∂L/∂w).'}
      </p>
      {overlay && (
        <>
          <div className="readouts">
            <Readout
              label="loss for this point"
              value={Number.isFinite(overlay.trace.loss) ? overlay.trace.loss : null}
            />
          </div>
          <table className="walk-table">
            <caption>Each layer for this point: values a (forward) and δ = ∂L/∂z (backward)</caption>
            <thead>
              <tr>
                <th scope="col">layer</th>
                <th scope="col">a</th>
                <th scope="col">δ</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">inputs</th>
                <td>{list(overlay.trace.input)}</td>
                <td>—</td>
              </tr>
              {overlay.trace.post.map((a, l) => (
                <tr key={l}>
                  <th scope="row">{l === depth - 1 ? 'output' : `layer ${l + 1}`}</th>
                  <td>{list(a)}</td>
                  <td>{l >= overlay.backFrom ? list(overlay.trace.delta[l]) : 'not yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4 className="walk-weight">
            Weight from {unitName(model.spec, model.features, e.l, e.i)} to{' '}
            {unitName(model.spec, model.features, e.l + 1, e.j)}
            <span className="fine"> (choose another on the diagram)</span>
          </h4>
          <div className="readouts">
            <Readout
              label="gradient of the selected weight for this point"
              value={revealed ? overlay.trace.grads[e.l].weights[e.j * model.spec.sizes[e.l] + e.i] : null}
              format={(v) => formatNumber(v, 4)}
            />
          </div>
          {rule ? (
            <div className="chain-rule">
              <Tex display tex={rule.gradient} />
              <Tex display tex={rule.delta} />
              {rule.sum && <Tex display tex={rule.sum} />}
              {e.l < depth - 1 && (
                <p className="fine">
                  σ′ is the slope of layer {e.l + 1}’s activation ({model.spec.activations[e.l]}) at z.
                </p>
              )}
            </div>
          ) : (
            <p>
              Walk back to this weight’s layer ({e.l + 1} of {depth}) to see its chain rule.
            </p>
          )}
        </>
      )}
    </div>
  );
}
