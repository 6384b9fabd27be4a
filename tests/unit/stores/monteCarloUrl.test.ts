import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFunctionOfX } from '../../../src/core';
import { monteCarloView } from '../../../src/stores/probability/montecarlo/view';

const decode = (q: string) => monteCarloView.decode(new URLSearchParams(q));

describe('Monte Carlo URL codec', () => {
  it('decode(encode(view)) = view, f included verbatim', () => {
    const view = {
      mode: 'integral' as const,
      points: 1_000_000,
      seed: 3,
      f: 'sin(x)^2 + 1/(1+x^2)',
      a: -0.5,
      b: 3.25,
    };
    const q = monteCarloView.encode(view);
    expect(q.startsWith('v=1&tab=montecarlo&mc.mode=integral&mc.points=1000000')).toBe(true);
    expect(decode(q)).toEqual({ view, ignored: [] });
  });

  it('an empty query gives the default view (π, 10^5 points)', () => {
    expect(decode('')).toEqual({ view: monteCarloView.defaults, ignored: [] });
  });

  it('an f that does not parse, a > b, 10^8 points and an unknown mode are reported and replaced', () => {
    const { view, ignored } = decode('mc.mode=quad&mc.points=100000000&mc.f=x%2B%2B&mc.a=2&mc.b=1');
    expect(view).toEqual(monteCarloView.defaults);
    const text = ignored.join(' ');
    for (const k of ['mc.mode=quad', 'mc.points=100000000', 'mc.f=x++', 'mc.a=2']) expect(text).toContain(k);
  });

  it('never throws; f always parses and a < b', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.constantFrom('mc.f=', 'mc.a=', 'mc.points=', ''),
        (s, prefix) => {
          const { view } = decode(prefix + s);
          expect(parseFunctionOfX(view.f).ok).toBe(true);
          expect(view.a).toBeLessThan(view.b);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
