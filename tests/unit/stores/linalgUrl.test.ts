import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_VIEW,
  linalgView,
  defaultsFor,
  resize,
  type LinalgView,
} from '../../../src/stores/linalg/view';

const decode = (q: string) => linalgView.decode(new URLSearchParams(q));

const VIEW_3D: LinalgView = {
  dim: 3,
  mode: 'svd',
  a: [
    [0.1 + 0.2, -1e-7, 2.5000000000000004],
    [1 / 3, 1e15, -0],
    [-1e-300, 7, 0.5],
  ],
  b: [
    [0, -1, 0],
    [1, 0, 0],
    [0, 0, 1],
  ],
  basis: [
    [1, 1, 0],
    [0, 1, 0],
    [0, 0, 2],
  ],
  v: [1, -0.5, 0.25],
  t: 0.37,
  interp: 'angle',
  range: 5,
  eig: false,
  vec: true,
  sd: [2, 1, 0.5],
  corr: [0.6, 0.3, 0.2],
  p: 1.5,
  pt: [-0.25, 1.75],
  vu: [3, -1],
  vv: [0.25, 2],
  ab: [-1.5, 0.5],
  s1: [1, 0.5, -2],
  s2: [0.25, 3, 1],
  s3: [-4, 0, 1e-3],
  sv: [1.5, -0.5, 2],
  onto: 'plane',
  gsn: 3,
  gsk: 1,
  ju: 'log(1 + exp(2*x + y))',
  jv: 'x^2 - y',
  jp: [-1.5, 0.25],
  shape: '3x2',
  m23: [1, 2, 3, 2, 4, 6],
  m32: [0.5, -1, 2, 0, 1e-3, 7],
  wu: [1, -2, 0.5],
  wv: [0, 4, -4],
  ww: [0.125, 0, 3],
  img: 'shapes',
  rk: 7,
  cam: [0.75, -0.3, 2.5, 0.1, -0.05],
  n: 500,
  seed: 4294967295,
  k: 2,
};

describe('linear algebra URL codec, format v=1', () => {
  it('decode(encode(view)) = view, at full double precision (−0 is written as 0)', () => {
    const q = linalgView.encode(VIEW_3D);
    const { view, ignored } = decode(q);
    expect(ignored).toEqual([]);
    expect(view).toEqual({ ...VIEW_3D, a: VIEW_3D.a.map((row) => row.map((x) => x + 0)) });
    expect(Object.is(view.a[1][2], -0)).toBe(false);
  });

  it('writes a readable link: version first, matrices row by row with plain commas', () => {
    const q = linalgView.encode(DEFAULT_VIEW);
    expect(q).toBe(
      'v=1&dim=2&view=transform&a=1.5,0.5,0.5,1&b=0,-1,1,0&basis=1,1,0,1&vec=1,0.5&t=1&interp=linear&range=3&show=eig,v&sd=2,0.7&corr=0.6&n=300&seed=1&k=1&p=2&pt=0.6,0.8&vu=2,0.5&vv=0.5,1.5&ab=1,1&s1=2,1&s2=1,2&s3=1,-1&sv=1,2&onto=line&gsn=2&gsk=2&ju=x*cos%28y%29&jv=x*sin%28y%29&jp=1,0.8&shape=2x3&m23=1,0,1,0,1,1&m32=1,0,0,1,1,1&wu=2,0.5,0&wv=0.5,1.5,0&ww=0.5,0.5,1.5&img=ascent&rk=20',
    );
  });

  it('an empty query gives the default view and no notice', () => {
    expect(decode('')).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it('show= with nothing hides both eigenvector lines and v', () => {
    const { view, ignored } = decode('show=');
    expect([view.eig, view.vec, ignored]).toEqual([false, false, []]);
  });

  it('each invalid value falls back to its default and is named in the notice', () => {
    const { view, ignored } = decode(
      'v=1&dim=2&view=nope&a=1,2,x,4&b=1,2,3&basis=1,0,0,1e308&vec=1&t=2&interp=spline&range=4&show=eig,zz&sd=0,1&corr=2&n=5&seed=-1&k=3',
    );
    const d = defaultsFor(2);
    expect(view).toEqual({ ...d, eig: true, vec: false });
    const text = ignored.join(' | ');
    for (const key of [
      'view=nope',
      'a=1,2,x,4',
      'b=1,2,3',
      'basis=1,0,0,1e308',
      'vec=1',
      't=2',
      'interp=spline',
      'range=4',
      'show=zz',
      'sd=0,1',
      'corr=2',
      'n=5',
      'seed=-1',
      'k=3',
    ])
      expect(text).toContain(key);
  });

  it('an unknown dimension or version is reported, not fatal; the rest is read as 2D', () => {
    const { view, ignored } = decode('v=9&dim=4&a=2,0,0,2');
    expect(view.dim).toBe(2);
    expect(view.a).toEqual([
      [2, 0],
      [0, 2],
    ]);
    expect(ignored).toHaveLength(2);
    expect(ignored[0]).toMatch(/^v=9/);
  });

  it('correlations that cannot occur together (Σ not positive semidefinite) are refused', () => {
    const { view, ignored } = decode('dim=3&corr=0.9,0.9,-0.9');
    expect(view.corr).toEqual(defaultsFor(3).corr);
    expect(ignored.join(' ')).toMatch(/corr=0.9,0.9,-0.9 \(these correlations cannot occur together/);
  });

  it('a dependent basis is kept (the page says "not a basis"), since dragging can produce one', () => {
    const { view, ignored } = decode('basis=1,2,2,4');
    expect(view.basis).toEqual([
      [1, 2],
      [2, 4],
    ]);
    expect(ignored).toEqual([]);
  });

  it('hostile or huge values are quoted clipped and never used', () => {
    const { view, ignored } = decode(`a=__proto__&view=<script>alert(1)</script>&dim=${'9'.repeat(500)}`);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(ignored.every((s) => s.length < 80)).toBe(true);
  });

  it('decode(encode(view)) = view for random valid views (fast-check)', () => {
    const entry = fc.double({ min: -1e15, max: 1e15, noNaN: true }).map((x) => x + 0);
    const view3 = fc.record({
      a: fc.array(entry, { minLength: 9, maxLength: 9 }),
      t: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0),
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      n: fc.integer({ min: 10, max: 2000 }),
    });
    fc.assert(
      fc.property(view3, ({ a, t, seed, n }) => {
        const view: LinalgView = {
          ...VIEW_3D,
          a: [a.slice(0, 3), a.slice(3, 6), a.slice(6)],
          t,
          seed,
          n,
        };
        const back = decode(linalgView.encode(view));
        expect(back.ignored).toEqual([]);
        expect(back.view).toEqual(view);
      }),
      { numRuns: 200 },
    );
  });
});

describe('resize(view, dim)', () => {
  it('2D → 3D embeds A with a33 = 1 and extends vectors; 3D → 2D keeps the top-left block', () => {
    const up = resize(DEFAULT_VIEW, 3);
    expect(up.a).toEqual([
      [1.5, 0.5, 0],
      [0.5, 1, 0],
      [0, 0, 1],
    ]);
    expect(up.v).toHaveLength(3);
    expect(up.corr).toEqual([0.6, 0, 0]);
    const down = resize(VIEW_3D, 2);
    expect(down.a).toEqual([
      [0.30000000000000004, -1e-7],
      [1 / 3, 1e15],
    ]);
    expect(down.k).toBe(2);
    expect(down.corr).toEqual([0.6]);
  });

  it('a basis that becomes dependent when cut down falls back to the default basis', () => {
    const view = {
      ...VIEW_3D,
      basis: [
        [1, 2, 0],
        [2, 4, 0],
        [0, 0, 1],
      ],
    };
    expect(resize(view, 2).basis).toEqual(DEFAULT_VIEW.basis);
  });
});
