import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateParams } from '../../../src/core';
import { llnView } from '../../../src/stores/probability/lln/view';

const decode = (q: string) => llnView.decode(new URLSearchParams(q));

describe('LLN URL codec', () => {
  it('decode(encode(view)) = view at full precision, every key but v and tab prefixed with lln.', () => {
    const view = {
      dist: 'gamma' as const,
      params: { shape: 2.5000000000000004, rate: 1 / 3 },
      draws: 1_000_000,
      runs: 7,
      seed: 42,
    };
    const q = llnView.encode(view);
    expect(q).toBe(
      'v=1&tab=lln&lln.dist=gamma&lln.shape=2.5000000000000004&lln.rate=0.3333333333333333&lln.draws=1000000&lln.runs=7&lln.seed=42',
    );
    expect(decode(q)).toEqual({ view, ignored: [] });
  });

  it('an empty query gives the default view and no notice', () => {
    expect(decode('')).toEqual({ view: llnView.defaults, ignored: [] });
  });

  it('invalid values fall back to defaults and are each named', () => {
    const { view, ignored } = decode(
      'v=1&tab=lln&lln.dist=normal&lln.sd=-1&lln.draws=2000000&lln.runs=0&lln.seed=x',
    );
    expect(view.params.sd).toBe(1);
    expect(view.draws).toBe(llnView.defaults.draws);
    expect(view.runs).toBe(llnView.defaults.runs);
    expect(view.seed).toBe(llnView.defaults.seed);
    const text = ignored.join(' ');
    for (const k of ['lln.sd=-1', 'lln.draws=2000000', 'lln.runs=0', 'lln.seed=x']) expect(text).toContain(k);
  });

  it('ignores the other tabs’ keys (no collision with a Distributions-tab dist= or mean=)', () => {
    const { view, ignored } = decode('dist=cauchy&mean=5&lln.dist=normal&lln.mean=2');
    expect(view.dist).toBe('normal');
    expect(view.params.mean).toBe(2);
    expect(ignored).toEqual([]);
  });

  it('never throws and always yields a valid view for arbitrary queries', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('lln.dist=uniform&lln.a=', 'lln.runs=', 'lln.draws=', ''),
        (s, prefix) => {
          const { view } = decode(prefix + s);
          expect(validateParams(view.dist, view.params)).toEqual([]);
          expect(Number.isInteger(view.draws) && Number.isInteger(view.runs)).toBe(true);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
