/**
 * Scenes of the Neural network tab for the exercises: a view is the tab's defaults with a few fields changed,
 * put in the store (which draws its network at epoch 0) and in the address, and trained when asked.
 */
import { writeQuery } from '../../../app/router';
import { mlpFromParams, mlpMetrics, mapNnFeatures, type MlpMetrics } from '../../../core';
import { datasetOf, featuresOf, specOf } from '../../../stores/ml/nn/data';
import { useNnStore, type NnState } from '../../../stores/ml/nn/store';
import { hiddenLayers, nnView, type NnView } from '../../../stores/ml/nn/view';

/** The tab's defaults with `patch`: every exercise scene starts from the page as a new student sees it. */
export const sceneView = (patch: Partial<NnView>): NnView => ({ ...nnView.defaults, ...patch });

/** Sets the tab to a scene (store first, then the address) and, with `train`, trains it to its budget. */
export function showScene(patch: Partial<NnView>, train = false): void {
  const view = sceneView(patch);
  useNnStore.getState().loadView(view, []);
  writeQuery('/machine-learning', nnView.encode(view), 'push');
  if (train) useNnStore.getState().train();
}

/** A number for a verdict or a prompt: `digits` significant digits, no trailing zeros. */
export const fmt = (v: number, digits = 4): string =>
  Number.isFinite(v) ? String(Number(v.toPrecision(digits))) : String(v);

/** Hidden units of the view in all layers (as the diagram draws them). */
export const hiddenUnits = (view: NnView): number => hiddenLayers(view).reduce((s, l) => s + l.units, 0);

/**
 * The metrics on the test points (the training points when there are none) of the network in `snapshot`, for
 * the data and inputs `view` asks for; a string says why there is no such network (not trained yet, or the
 * snapshot is of another network than the view's).
 */
export function testMetrics(
  view: NnView,
  snapshot: NnState['snapshot'],
): { metrics: MlpMetrics; epoch: number } | string {
  if (!snapshot || snapshot.epoch === 0) return 'train the network first (Train, or Step for one epoch)';
  const data = datasetOf(view);
  if ('error' in data) return data.error;
  const spec = specOf(view, data);
  const layers = snapshot.weights.map((weights, l) => ({ weights, biases: snapshot.biases[l] }));
  let net;
  try {
    net = mlpFromParams(spec, layers);
  } catch {
    return 'the trained network is not the one the settings describe: press Train again';
  }
  const x = mapNnFeatures(data.x, data.n, featuresOf(view, data));
  const rows = data.test.length > 0 ? data.test : data.train;
  return { metrics: mlpMetrics(net, x, data.y, data.n, rows), epoch: snapshot.epoch };
}
