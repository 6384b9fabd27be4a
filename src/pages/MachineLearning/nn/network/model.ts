/**
 * The network the diagram and its three companions look at: the view's shape, the worker's latest weights
 * (when they fit that shape) and the training inputs mapped to the chosen features, all on the main thread.
 */
import {
  mapNnFeatures,
  mlpFromParams,
  nnFeatureLabels,
  type Dataset,
  type Mlp,
  type MlpSpec,
  type NnFeature,
} from '../../../../core';
import type { NnState } from '../../../../stores/ml/nn/store';
import { featuresOf, specOf } from '../../../../stores/ml/nn/data';
import type { NnView } from '../../../../stores/ml/nn/view';

export type Snapshot = NonNullable<NnState['snapshot']>;

export interface NetModel {
  spec: MlpSpec;
  features: NnFeature[];
  data: Dataset;
  /** The snapshot's network, or null while none fits the view's shape (none yet, or a new one on its way). */
  net: Mlp | null;
  snapshot: Snapshot | null;
  /** The points as the network sees them: row-major n × features. */
  x: Float64Array;
}

/** Does the snapshot hold parameters of this shape? (After a change of layers it briefly holds the old ones.) */
export function fits(spec: MlpSpec, snapshot: Snapshot | null): snapshot is Snapshot {
  if (!snapshot || snapshot.weights.length !== spec.sizes.length - 1) return false;
  return snapshot.weights.every(
    (w, l) =>
      w.length === spec.sizes[l] * spec.sizes[l + 1] && snapshot.biases[l].length === spec.sizes[l + 1],
  );
}

/** The model of a shape, its data (with the inputs mapped to features) and the latest snapshot. */
export function modelFrom(
  spec: MlpSpec,
  features: NnFeature[],
  data: Dataset,
  x: Float64Array,
  snapshot: Snapshot | null,
): NetModel {
  const ok = fits(spec, snapshot);
  const net = ok
    ? mlpFromParams(
        spec,
        snapshot.weights.map((weights, l) => ({ weights, biases: snapshot.biases[l] })),
      )
    : null;
  return { spec, features, data, net, snapshot: ok ? snapshot : null, x };
}

export function modelOf(
  view: NnView,
  data: Dataset | { error: string },
  snapshot: Snapshot | null,
): NetModel | null {
  if ('error' in data) return null;
  const features = [...featuresOf(view, data)];
  return modelFrom(specOf(view, data), features, data, mapNnFeatures(data.x, data.n, features), snapshot);
}

/** A unit's name for people: column 0 holds the inputs, the last column the outputs. */
export function unitName(
  spec: MlpSpec,
  features: readonly NnFeature[],
  column: number,
  unit: number,
): string {
  if (column === 0) return features[unit] ? nnFeatureLabels[features[unit]] : `input ${unit + 1}`;
  const outputs = spec.sizes[spec.sizes.length - 1];
  if (column === spec.sizes.length - 1) return outputs === 1 ? 'the output' : `output ${unit + 1}`;
  return `layer ${column} unit ${unit + 1}`;
}

/** The name of coordinate k of a flat gradient (layer by layer, weights then biases). */
export function parameterName(spec: MlpSpec, features: readonly NnFeature[], k: number): string {
  let offset = 0;
  for (let l = 0; l < spec.sizes.length - 1; l++) {
    const fanIn = spec.sizes[l];
    const out = spec.sizes[l + 1];
    if (k < offset + fanIn * out) {
      const r = k - offset;
      const j = Math.floor(r / fanIn);
      return `w ${unitName(spec, features, l, r - j * fanIn)} → ${unitName(spec, features, l + 1, j)}`;
    }
    offset += fanIn * out;
    if (k < offset + out) return `bias of ${unitName(spec, features, l + 1, k - offset)}`;
    offset += out;
  }
  return `parameter ${k + 1}`;
}
