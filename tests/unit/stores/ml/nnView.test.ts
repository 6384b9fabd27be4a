import { describe, expect, it } from 'vitest';
import { checkSceneHash, DECK_LIMITS } from '../../../../src/app/deck/deckCodec';
import { datasetOf, ownDataset, parseCsv, specOf, trainingProblem } from '../../../../src/stores/ml/nn/data';
import { hiddenLayers, nnView, type NnView } from '../../../../src/stores/ml/nn/view';

const decode = (q: string) => nnView.decode(new URLSearchParams(q));

describe('the neural-network view', () => {
  it('round-trips a view with own points, features, layers and every setting at full precision', () => {
    const view: NnView = {
      ...nnView.defaults,
      data: 'own',
      points: [
        { x1: 0.1 + 0.2, x2: -1e-7, label: 1 },
        { x1: 3, x2: 4, label: 0 },
      ],
      features: ['x1', 'x1sq', 'sinx2'],
      layers: 3,
      units: [8, 3, 32],
      activations: ['relu', 'gelu', 'leaky-relu'],
      optimizer: 'adam',
      lr: 0.0123456789,
      l1: 0.001,
      speed: 'teaching',
      seed: 4294967295,
    };
    const q = nnView.encode(view);
    expect(q).toContain('tab=nn');
    expect(decode(q)).toEqual({ view, ignored: [] });
  });

  it('names every refused value and falls back field by field', () => {
    const { view, ignored } = decode(
      'v=1&tab=nn&nn.data=moons&nn.layers=50&nn.units=4,0&nn.act=tanh,swish&nn.lr=abc&nn.in=&nn.pts=1,2,0;x,y',
    );
    expect(view.data).toBe('circle');
    expect(view.layers).toBe(2);
    expect(view.units).toEqual([4, 4]);
    expect(view.activations).toEqual(['tanh', 'tanh']);
    expect(view.lr).toBe(0.03);
    expect(view.features).toEqual(['x1', 'x2']);
    expect(view.points).toEqual([{ x1: 1, x2: 2, label: 0 }]);
    expect(ignored.join(' | ')).toMatch(/nn\.data=moons/);
    expect(ignored.join(' | ')).toMatch(/nn\.layers=50/);
    expect(ignored.join(' | ')).toMatch(/nn\.units=4,0/);
    expect(ignored.join(' | ')).toMatch(/swish/);
    expect(ignored.join(' | ')).toMatch(/nn\.lr=abc/);
    expect(ignored.join(' | ')).toMatch(/point “x,y”/);
  });

  it('the address holds up to 200 points; a complete write (a deck scene) holds all 2,000 and reads back exactly', () => {
    const points = Array.from({ length: 2000 }, (_, i) => ({
      x1: Math.sin(i) * 5.123456789012345,
      x2: -Math.cos(i * 0.7) * 3.3,
      label: i % 3,
    }));
    const view: NnView = { ...nnView.defaults, data: 'own', points };
    expect(nnView.encode(view)).not.toMatch(/nn\.pts=/);
    const complete = nnView.address(view, { complete: true });
    expect(complete.length).toBeLessThan(DECK_LIMITS.hash);
    expect(checkSceneHash(complete)).toEqual({ hash: complete });
    const back = nnView.decode(new URLSearchParams(complete.split('?')[1]));
    expect(back.ignored).toEqual([]);
    expect(back.view.points).toEqual(points);
    const few = { ...view, points: points.slice(0, 200) };
    expect(nnView.encode(few)).toBe(nnView.encode(few, { complete: true }));
  });

  it('problems of a typed view: learning rate 0 or 1e9, 0 units, 50 layers', () => {
    const v = nnView.defaults;
    expect(nnView.problem('lr', 0, v)).toMatch(/above 0/);
    expect(nnView.problem('lr', 1e9, v)).toMatch(/at most 10/);
    expect(nnView.problem('layers', 50, v)).toMatch(/0 to 8/);
    expect(nnView.problem('units', [0], v)).toMatch(/1 to 32/);
    // The diagram stays drawable while a field is out of range.
    expect(hiddenLayers({ ...v, layers: 50, units: [0] })).toHaveLength(8);
    expect(hiddenLayers({ ...v, layers: 2, units: [0, 99] }).map((l) => l.units)).toEqual([1, 32]);
  });
});

describe('data and network of a view', () => {
  it('a generated set: seeded, split by the training fraction, the output fitted to the task', () => {
    const v = { ...nnView.defaults, data: 'blobs4' as const, n: 200, trainFraction: 0.25 };
    const a = datasetOf(v);
    const b = datasetOf(v);
    if ('error' in a || 'error' in b) throw new Error('no data');
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(a.classes).toBe(4);
    expect(a.train.length).toBe(50);
    expect(specOf(v, a)).toEqual({ sizes: [2, 4, 4, 4], activations: ['tanh', 'tanh'], output: 'softmax' });
    const r = datasetOf({ ...v, data: 'sine' });
    if ('error' in r) throw new Error('no data');
    expect(r.oneD).toBe(true);
    // 1-D data: only x terms can be inputs.
    expect(specOf({ ...v, data: 'sine', features: ['x1', 'x2', 'x2sq'] }, r).sizes[0]).toBe(1);
    expect(specOf({ ...v, data: 'sine' }, r).output).toBe('linear');
  });

  it('own points: one class, too few points and an empty training split are refused in words', () => {
    const v = { ...nnView.defaults, data: 'own' as const };
    expect(trainingProblem(v, ownDataset([{ x1: 0, x2: 0, label: 1 }], false, 0.5, 1))).toMatch(
      /at least two/,
    );
    const oneClass = ownDataset(
      Array.from({ length: 10 }, (_, i) => ({ x1: i, x2: i, label: 1 })),
      false,
      0.5,
      1,
    );
    expect(trainingProblem(v, oneClass)).toMatch(/all of one class/);
    const two = ownDataset(
      Array.from({ length: 10 }, (_, i) => ({ x1: i, x2: i, label: i % 2 })),
      false,
      0.5,
      1,
    );
    expect(trainingProblem(v, two)).toBeNull();
  });
});

describe('CSV', () => {
  it('keeps the good rows and names each bad one with its line', () => {
    const r = parseCsv('x1,x2,label\n1,2,0\n3,abc,1\n\n# note\n-1,-1,1\nNaN,1,0\n2,2,7.5\n1,2\n0,1,1', false);
    expect(r.points).toEqual([
      { x1: 1, x2: 2, label: 0 },
      { x1: -1, x2: -1, label: 1 },
      { x1: 0, x2: 1, label: 1 },
    ]);
    expect(r.problems).toEqual([
      'line 3: “abc” is not a number between −10^6 and 10^6',
      'line 7: “NaN” is not a number between −10^6 and 10^6',
      'line 8: the label 7.5 must be a class 0–9',
      'line 9: expected 3 numbers (x1,x2,label), found 2',
    ]);
  });

  it('reads x,y rows for regression; 100,000 rows are clamped to 2,000 with a message; text alone says so', () => {
    expect(parseCsv('x,y\n1,2\n3,4', true).points).toEqual([
      { x1: 1, x2: 2, label: 0 },
      { x1: 3, x2: 4, label: 0 },
    ]);
    const big = Array.from({ length: 100_000 }, (_, i) => `${i % 7},${i % 5},${i % 2}`).join('\n');
    const r = parseCsv(big, false);
    expect(r.points).toHaveLength(2000);
    expect(r.problems.at(-1)).toMatch(/98000 rows .* not loaded/);
    expect(parseCsv('hello world', false).problems[0]).toMatch(/no rows|expected/);
  });
});
