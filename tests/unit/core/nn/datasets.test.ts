import { describe, expect, it } from 'vitest';
import {
  DATASET_NAMES,
  datasetTask,
  makeDataset,
  mapNnFeatures,
  splitTrainTest,
  type Dataset,
  type DatasetOptions,
} from '../../../../src/core/index';

function make(o: Partial<DatasetOptions> & Pick<DatasetOptions, 'name'>): Dataset {
  const d = makeDataset({ n: 300, noise: 0.1, seed: 5, trainFraction: 0.6, f: 'x^2/18 - 1', ...o });
  if ('error' in d) throw new Error(d.error);
  return d;
}

describe('makeDataset(options)', () => {
  it.each(DATASET_NAMES.map((n) => [n]))(
    '%s: shapes, finite values in about [−6, 6]², labels valid, split a partition',
    (name) => {
      const d = make({ name });
      expect(d.x).toHaveLength(600);
      expect(d.y).toHaveLength(300);
      expect(d.task).toBe(datasetTask(name));
      expect(d.x.every((v) => Number.isFinite(v) && Math.abs(v) < 9)).toBe(true);
      if (d.task === 'classification') {
        expect(d.y.every((v) => Number.isInteger(v) && v >= 0 && v < d.classes)).toBe(true);
        for (let c = 0; c < d.classes; c++)
          expect(d.y.filter((v) => v === c).length).toBeGreaterThan(300 / d.classes - 2);
      } else {
        expect(d.classes).toBe(0);
        expect(d.y.every((v) => Number.isFinite(v) && Math.abs(v) < 2)).toBe(true);
      }
      if (d.oneD) expect(d.x.filter((_, k) => k % 2 === 1).every((v) => v === 0)).toBe(true);
      expect(d.train).toHaveLength(180);
      expect([...d.train, ...d.test].sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, k) => k));
    },
  );

  it('reproduces points, labels and split from the seed; another seed gives other points', () => {
    const a = make({ name: 'spiral' });
    const b = make({ name: 'spiral' });
    const c = make({ name: 'spiral', seed: 6 });
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.train)).toEqual(Array.from(b.train));
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
    // The split has its own stream: a new training fraction does not move the points.
    expect(Array.from(make({ name: 'spiral', trainFraction: 0.3 }).x)).toEqual(Array.from(a.x));
  });

  it('blobs: K = 3, 4, 5 classes; others refused with a message', () => {
    for (const K of [3, 4, 5]) expect(make({ name: 'blobs', classes: K }).classes).toBe(K);
    expect(makeDataset({ name: 'blobs', classes: 6, n: 10, noise: 0, seed: 1, trainFraction: 0.5 })).toEqual({
      error: 'the number of blobs must be 3, 4 or 5',
    });
  });

  it('labels follow the geometry without noise (circle: inside radius 2.5 is class 1; XOR: sign of x₁x₂)', () => {
    const circle = make({ name: 'circle', noise: 0 });
    const xor = make({ name: 'xor', noise: 0 });
    for (let k = 0; k < 300; k++) {
      expect(circle.y[k]).toBe(Math.hypot(circle.x[2 * k], circle.x[2 * k + 1]) <= 2.5 ? 1 : 0);
      expect(xor.y[k]).toBe(xor.x[2 * k] * xor.x[2 * k + 1] > 0 ? 1 : 0);
    }
  });

  it('a typed f(x) is evaluated at each x; parse errors and non-real values come back as messages', () => {
    const d = make({ name: 'curve', f: '2*x + 1', noise: 0 });
    for (let k = 0; k < 300; k++) expect(d.y[k]).toBeCloseTo(2 * d.x[2 * k] + 1, 12);
    const bad = makeDataset({ name: 'curve', f: 'sin(x', n: 10, noise: 0, seed: 1, trainFraction: 0.5 });
    expect(bad).toHaveProperty('error');
    expect((bad as { error: string }).error.length).toBeGreaterThan(0);
    expect(
      makeDataset({ name: 'curve', f: 'sqrt(x)', n: 10, noise: 0, seed: 1, trainFraction: 0.5 }),
    ).toEqual({
      error: 'f(x) is not a real number at x = -6; use an f defined on [−6, 6]',
    });
    expect(
      makeDataset({ name: 'curve', f: '', n: 10, noise: 0, seed: 1, trainFraction: 0.5 }),
    ).toHaveProperty('error');
  });

  it('refuses bad sizes, noise and fractions with messages, never throwing', () => {
    for (const o of [
      { n: 0 },
      { n: 100_000 },
      { n: 2.5 },
      { noise: -1 },
      { noise: NaN },
      { trainFraction: 2 },
    ]) {
      const r = makeDataset({ name: 'circle', n: 10, noise: 0, seed: 1, trainFraction: 0.5, ...o });
      expect(r).toHaveProperty('error');
    }
  });
});

describe('splitTrainTest(n, fraction, seed)', () => {
  it('keeps at least one row on each side for 0 < fraction < 1', () => {
    expect(splitTrainTest(10, 0.01, 1).train).toHaveLength(1);
    expect(splitTrainTest(10, 0.99, 1).test).toHaveLength(1);
    expect(splitTrainTest(10, 1, 1).test).toHaveLength(0);
  });
});

describe('mapNnFeatures(points, n, features)', () => {
  it('computes x1, x2, x1², x2², x1·x2, sin x1, sin x2 per row', () => {
    const m = mapNnFeatures(Float64Array.of(2, -3, 0.5, 1), 2, [
      'x1',
      'x2',
      'x1sq',
      'x2sq',
      'x1x2',
      'sinx1',
      'sinx2',
    ]);
    expect(Array.from(m.subarray(0, 7))).toEqual([2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)]);
    expect(Array.from(m.subarray(7))).toEqual([0.5, 1, 0.25, 1, 0.5, Math.sin(0.5), Math.sin(1)]);
    expect(() => mapNnFeatures([1, 2], 1, ['x3' as 'x1'])).toThrow(/x3/);
  });
});
