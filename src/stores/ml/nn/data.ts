/**
 * The tab's data set: a generator's points (core `makeDataset`) or the student's own (clicked or pasted as
 * CSV), with the train/test split, and the network the view describes. Pure functions of the view.
 */
import {
  makeDataset,
  mlpSpecProblem,
  splitTrainTest,
  type Dataset,
  type MlpSpec,
  type OutputKind,
} from '../../../core';
import { parseDecimal } from '../../numberText';
import { MAX_POINTS, type UserPoint } from './fields';
import { generatorOf, hiddenLayers, type DataSource, type NnView } from './view';

/** The plot and the network see the square [−EXTENT, EXTENT]² (TensorFlow Playground's). */
export const EXTENT = 6;

export const isRegression = (source: DataSource): boolean =>
  source === 'own-regression' || ['sine', 'step', 'abs', 'curve', 'plane', 'bumps'].includes(source);
export const isOneD = (source: DataSource): boolean =>
  source === 'own-regression' || ['sine', 'step', 'abs', 'curve'].includes(source);

/** The data set of a view, or the reason there is none. */
export function datasetOf(view: NnView): Dataset | { error: string } {
  const gen = generatorOf(view.data);
  if (gen)
    return makeDataset({
      name: gen.name,
      classes: gen.classes,
      n: view.n,
      noise: view.noise,
      seed: view.seed,
      trainFraction: view.trainFraction,
      f: view.f,
    });
  return ownDataset(view.points, view.data === 'own-regression', view.trainFraction, view.seed);
}

/** The student's points as a data set: classes 0…K−1 (K the largest label + 1, at least 2), or y values. */
export function ownDataset(
  points: readonly UserPoint[],
  regression: boolean,
  trainFraction: number,
  seed: number,
): Dataset {
  const n = points.length;
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  points.forEach((p, i) => {
    x[2 * i] = p.x1;
    x[2 * i + 1] = regression ? 0 : p.x2;
    y[i] = regression ? p.x2 : p.label;
  });
  const classes = regression ? 0 : Math.max(2, ...points.map((p) => p.label + 1));
  const { train, test } = splitTrainTest(n, trainFraction, seed);
  return {
    task: regression ? 'regression' : 'classification',
    oneD: regression,
    classes,
    n,
    x,
    y,
    train,
    test,
  };
}

/** The network for a data set: inputs from the chosen features, one output (sigmoid, linear) or K (softmax). */
export function specOf(view: NnView, data: Dataset): MlpSpec {
  const layers = hiddenLayers(view);
  const outputs = data.task === 'regression' ? 1 : data.classes > 2 ? data.classes : 1;
  const output: OutputKind = data.task === 'regression' ? 'linear' : data.classes > 2 ? 'softmax' : 'sigmoid';
  return {
    sizes: [featuresOf(view, data).length, ...layers.map((l) => l.units), outputs],
    activations: layers.map((l) => l.activation),
    output,
  };
}

/** The features a data set can use: 1-D regression has only x (x₁), so x₂ terms are dropped. */
export function featuresOf(view: NnView, data: Dataset): NnView['features'] {
  if (!data.oneD) return view.features;
  const f = view.features.filter((k) => k === 'x1' || k === 'sinx1' || k === 'x1sq');
  return f.length > 0 ? f : ['x1'];
}

/** Why training cannot start on this data and network, in words, or null. */
export function trainingProblem(view: NnView, data: Dataset | { error: string }): string | null {
  if ('error' in data) return data.error;
  if (data.n < 2) return 'add at least two points (click on the plot) or load a CSV';
  if (data.train.length < 1) return 'no training points: raise the training fraction';
  if (data.task === 'classification') {
    const seen = new Set<number>();
    for (const i of data.train) seen.add(data.y[i]);
    if (seen.size < 2)
      return 'the training points are all of one class: add points of another class (choose it above the plot)';
  }
  return mlpSpecProblem(specOf(view, data));
}

/** A CSV read: the good rows as points, and each bad row named with its line number and why. */
export interface CsvRead {
  points: UserPoint[];
  problems: string[];
}

/**
 * Reads `x1,x2,label` rows (classification) or `x,y` rows (1-D regression); a header line, blank lines and
 * `#` comments are skipped. Labels must be whole numbers 0–9. At most MAX_POINTS rows are kept.
 */
export function parseCsv(text: string, regression: boolean): CsvRead {
  const points: UserPoint[] = [];
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  let skippedRows = 0;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split(/[,;\t]/).map((c) => c.trim());
    const values = cells.map(parseDecimal);
    const want = regression ? 2 : 3;
    if (i === 0 && values.some((v) => v === null)) return; // a header
    if (points.length >= MAX_POINTS) {
      skippedRows++;
      return;
    }
    if (cells.length !== want) {
      if (problems.length < 50)
        problems.push(
          `line ${i + 1}: expected ${want} numbers (${regression ? 'x,y' : 'x1,x2,label'}), found ${cells.length}`,
        );
      return;
    }
    const bad = values.findIndex((v) => v === null || Math.abs(v) > 1e6);
    if (bad >= 0) {
      if (problems.length < 50)
        problems.push(`line ${i + 1}: “${cells[bad].slice(0, 20)}” is not a number between −10^6 and 10^6`);
      return;
    }
    const v = values as number[];
    if (regression) points.push({ x1: v[0], x2: v[1], label: 0 });
    else if (!Number.isInteger(v[2]) || v[2] < 0 || v[2] > 9) {
      if (problems.length < 50) problems.push(`line ${i + 1}: the label ${cells[2]} must be a class 0–9`);
    } else points.push({ x1: v[0], x2: v[1], label: v[2] });
  });
  if (skippedRows > 0)
    problems.push(
      `${skippedRows} rows after the first ${MAX_POINTS} were not loaded (at most ${MAX_POINTS} points)`,
    );
  if (points.length === 0 && problems.length === 0) problems.push('no rows found');
  return { points, problems };
}
