import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entropyBits, klBits } from '../../../src/core/index';
import { type InformationView, informationView } from '../../../src/stores/probability/information/view';

const decode = (q: string) => informationView.decode(new URLSearchParams(q));

describe('Entropy and KL URL codec', () => {
  it('informationView.decode(informationView.encode(view)) = view, at full precision', () => {
    const third = 1 / 3;
    const view: InformationView = {
      entropy: [third, third, 1 - 2 * third],
      p: [0.1, 0.2, 0.7000000000000001],
      q: [0.5, 0.5, 0],
      normalP: { mean: -1.25, sd: 0.1 },
      normalQ: { mean: 3, sd: 2.5 },
      unit: 'nats',
      miRows: 2,
      miCols: 3,
      joint: [0.1, 0, 0.2, 0.3, third, 0.05],
      miRho: -0.35,
    };
    const q = informationView.encode(view);
    expect(q.startsWith('v=1&tab=information&')).toBe(true);
    for (const [k] of new URLSearchParams(q))
      expect(
        k === 'v' ||
          k === 'tab' ||
          k === 'unit' ||
          k.startsWith('kl.') ||
          k.startsWith('ent.') ||
          k.startsWith('mi.'),
      ).toBe(true);
    expect(decode(q)).toEqual({ view, ignored: [] });
  });

  it('informationView.decode("") is the default view', () => {
    expect(decode('')).toEqual({ view: informationView.defaults, ignored: [] });
  });

  it('lists that are not distributions, and bad normals, fall back with a notice', () => {
    const { view, ignored } = decode(
      'ent.p=1,1,1&kl.p=0.5,abc&kl.q=0.5,0.5&kl.psd=0&kl.qmean=x&kl.pmean=1e9',
    );
    expect(view).toEqual(informationView.defaults);
    const text = ignored.join(' | ');
    expect(text).toMatch(/ent\.p=1,1,1 \(the list sums to 3/);
    expect(text).toMatch(/kl\.p=0\.5,abc \(not a list of numbers\)/);
    expect(text).toMatch(/kl\.psd=0/);
    expect(text).toMatch(/kl\.qmean=x/);
    expect(text).toMatch(/kl\.pmean=1e9/);
  });

  it('P and Q with different numbers of outcomes fall back together', () => {
    const { view, ignored } = decode('kl.p=0.5,0.5&kl.q=0.2,0.3,0.5');
    expect(view.p).toEqual(informationView.defaults.p);
    expect(view.q).toEqual(informationView.defaults.q);
    expect(ignored.join(' ')).toMatch(/same/);
  });

  it('never throws, and every decoded distribution is accepted by the core', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const { view } = decode(`ent.p=${encodeURIComponent(s)}&${s}`);
        expect(() => entropyBits(view.entropy)).not.toThrow();
        expect(() => klBits(view.p, view.q)).not.toThrow();
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});

describe('the mutual-information fields', () => {
  it('a joint table whose length does not match rows × columns falls back, with its shape, and is named', () => {
    const { view, ignored } = decode('v=1&tab=information&mi.rows=2&mi.cols=2&mi.joint=1,2,3');
    expect(view.joint).toEqual(informationView.defaults.joint);
    expect([view.miRows, view.miCols]).toEqual([3, 3]);
    expect(ignored.join(' ')).toMatch(/mi\.joint/);
  });
  it('refuses negative weights, an all-zero table and an unknown unit', () => {
    for (const bad of [
      'mi.rows=2&mi.cols=2&mi.joint=1,-1,1,1',
      'mi.rows=2&mi.cols=2&mi.joint=0,0,0,0',
      'unit=bans',
    ]) {
      const { ignored } = decode(`v=1&tab=information&${bad}`);
      expect(ignored.length).toBe(bad.startsWith('mi.') ? 2 : 1);
    }
  });
});
