import type { Dataset } from '../../../core';
import { valueScale, type PictureKind } from '../shared/heatmap';

/**
 * How the network's output picture reads: class probabilities (one sigmoid output, or K softmax outputs), or
 * regression values around the data's mean, scaled by the largest deviation (as the heat map reads them).
 */
export function outputKind(data: Dataset): PictureKind {
  if (data.task === 'classification')
    return { kind: 'probability', outputs: data.classes > 2 ? data.classes : 1 };
  let mean = 0;
  for (let i = 0; i < data.n; i++) mean += data.y[i] / Math.max(1, data.n);
  return { kind: 'value', scale: valueScale(data.y, mean), offset: mean };
}
