import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distributionsView } from '../../../src/stores/probability/distributions/view';

const decode = (q: string) => distributionsView.decode(new URLSearchParams(q));

describe('probability URL codec', () => {
  it('decode(encode(view)) = view, at full precision', () => {
    const view = {
      ...distributionsView.defaults,
      dist: 'gamma' as const,
      params: { shape: 2.5000000000000004, rate: 1 / 3 },
      samples: 1_000_000,
      seed: 7,
    };
    const q = distributionsView.encode(view);
    expect(q).toBe('v=1&dist=gamma&shape=2.5000000000000004&rate=0.3333333333333333&samples=1000000&seed=7');
    expect(decode(q)).toEqual({ view, ignored: [] });
  });

  it('an empty query gives the default view and no notice', () => {
    expect(decode('')).toEqual({ view: distributionsView.defaults, ignored: [] });
  });

  it('invalid values fall back to defaults, each named in the notice', () => {
    const { view, ignored } = decode('v=1&dist=gamma&shape=-3&rate=abc&samples=5&seed=1.5');
    expect(view.dist).toBe('gamma');
    expect(view.params.shape).toBeGreaterThan(0);
    expect(view.params.rate).toBeGreaterThan(0);
    expect(view.samples).toBe(distributionsView.defaults.samples);
    expect(view.seed).toBe(distributionsView.defaults.seed);
    expect(ignored.join(' ')).toMatch(/shape=-3/);
    expect(ignored.join(' ')).toMatch(/rate=abc/);
    expect(ignored.join(' ')).toMatch(/samples=5/);
    expect(ignored.join(' ')).toMatch(/seed=1.5/);
  });

  it('an unknown distribution or version is reported, not fatal', () => {
    const { view, ignored } = decode('v=9&dist=__proto__');
    expect(view.dist).toBe('normal');
    expect(ignored).toHaveLength(2);
  });

  it('parameters that are valid alone but not together (uniform a > b) fall back', () => {
    const { view, ignored } = decode('dist=uniform&a=5&b=1');
    expect(view.params.a).toBeLessThan(view.params.b);
    expect(ignored.length).toBeGreaterThan(0);
  });

  it('never throws and always returns a valid view for arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const { view } = decode(s);
        expect(Number.isInteger(view.samples)).toBe(true);
        expect(Object.values(view.params).every(Number.isFinite)).toBe(true);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('probability URL codec: the change-of-variables fields g, gn, gy', () => {
  it('are left out at their defaults, so links from before them encode the same', () => {
    expect(distributionsView.encode(distributionsView.defaults)).not.toMatch(/[&?](g|gn|gy)=/);
  });

  it('round-trip when set', () => {
    const view = { ...distributionsView.defaults, g: '1/(1 + exp(-x))', gn: 250_000, gy: 0.3 };
    const q = distributionsView.encode(view);
    expect(q).toContain('gn=250000');
    expect(q).toContain('gy=0.3');
    expect(decode(q)).toEqual({ view, ignored: [] });
  });

  it('a g that does not parse is named in the notice and falls back to exp(x); a bad gn or gy too', () => {
    const { view, ignored } = decode('v=1&g=exp(&gn=5&gy=abc');
    expect(view.g).toBe('exp(x)');
    expect(view.gn).toBe(100_000);
    expect(view.gy).toBe(1);
    expect(ignored.join(' ')).toMatch(/g=exp\(/);
    expect(ignored.join(' ')).toMatch(/gn=5/);
    expect(ignored.join(' ')).toMatch(/gy=abc/);
  });
});
