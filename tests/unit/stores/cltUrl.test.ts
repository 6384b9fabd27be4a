import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cltSizeProblems, validateParams } from '../../../src/core';
import { cltView } from '../../../src/stores/probability/clt/view';

const decode = (q: string) => cltView.decode(new URLSearchParams(q));

describe('CLT URL codec', () => {
  it('decode(encode(view)) = view; k is clt.draws so it cannot collide with χ²’s parameter k', () => {
    const view = {
      dist: 'chiSquared' as const,
      params: { k: 3.5 },
      k: 30,
      reps: 200_000,
      stat: 'sum' as const,
      seed: 9,
    };
    const q = cltView.encode(view);
    expect(q).toBe(
      'v=1&tab=clt&clt.dist=chiSquared&clt.k=3.5&clt.draws=30&clt.reps=200000&clt.stat=sum&clt.seed=9',
    );
    expect(decode(q)).toEqual({ view, ignored: [] });
  });

  it('an empty query gives the default view', () => {
    expect(decode('')).toEqual({ view: cltView.defaults, ignored: [] });
  });

  it('k × repetitions above 10^8, an unknown statistic and k = 0 are reported and replaced', () => {
    const { view, ignored } = decode('clt.draws=1000&clt.reps=1000000&clt.stat=median');
    expect(view.k).toBe(1000);
    expect(view.k * view.reps).toBeLessThanOrEqual(1e8);
    expect(view.stat).toBe('mean');
    expect(ignored.join(' ')).toMatch(/clt\.reps=1000000/);
    expect(ignored.join(' ')).toMatch(/clt\.stat=median/);
    expect(decode('clt.draws=0').ignored.join(' ')).toMatch(/clt\.draws=0/);
  });

  it('never throws and always yields a runnable view', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('clt.draws=', 'clt.reps=', 'clt.dist=', ''),
        (s, prefix) => {
          const { view } = decode(prefix + s);
          expect(validateParams(view.dist, view.params)).toEqual([]);
          expect(cltSizeProblems(view.k, view.reps)).toEqual([]);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
