import { nnFeatureLabels, type MlpSpec, type NnFeature } from '../../../../core';
import type { ChartText } from '../../../../ui/ChartText';
import { unitName, type Snapshot } from './model';

/** Layer sizes in words and the largest weights as a table. */
export function diagramText(
  spec: MlpSpec,
  features: readonly NnFeature[],
  snapshot: Snapshot | null,
): ChartText {
  const hidden = spec.sizes.slice(1, -1);
  const out = spec.sizes[spec.sizes.length - 1];
  const description =
    `Network: ${spec.sizes[0]} inputs (${features.map((f) => nnFeatureLabels[f]).join(', ')}), ` +
    (hidden.length === 0
      ? 'no hidden layer'
      : `hidden layers of ${hidden.map((n, l) => `${n} (${spec.activations[l]})`).join(', ')} units`) +
    `, ${out} output${out > 1 ? 's' : ''} (${spec.output}). ` +
    (snapshot ? `Weights after ${snapshot.epoch} epochs; the largest are listed.` : 'No weights yet.');
  const rows: (string | number)[][] = [];
  if (snapshot) {
    const all: { l: number; k: number; w: number }[] = [];
    snapshot.weights.forEach((w, l) => w.forEach((v, k) => all.push({ l, k, w: v })));
    all.sort((a, b) => Math.abs(b.w) - Math.abs(a.w));
    for (const { l, k, w } of all.slice(0, 8)) {
      const fanIn = spec.sizes[l];
      const j = Math.floor(k / fanIn);
      rows.push([
        unitName(spec, features, l, k - j * fanIn),
        unitName(spec, features, l + 1, j),
        w,
        snapshot.gradWeights[l]?.[k] ?? '—',
      ]);
    }
  }
  return {
    description,
    table: { caption: 'Largest weights', columns: ['from', 'to', 'weight', 'gradient'], rows },
  };
}
