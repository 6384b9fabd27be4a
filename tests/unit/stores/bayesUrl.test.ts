import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bayesView } from '../../../src/stores/probability/bayes/view';

const decode = (q: string) => bayesView.decode(new URLSearchParams(q));

describe('Bayes URL codec', () => {
  it('decode(encode(view)) = view, with the counts of heads and tails', () => {
    const view = {
      ...bayesView.defaults,
      alpha: 0.5,
      beta: 2.25,
      heads: 11,
      tails: 3,
      p: 0.3,
      prevalence: 0.001,
    };
    const q = bayesView.encode(view);
    expect(q).toContain('tab=bayes&bayes.a=0.5&bayes.b=2.25&bayes.h=11&bayes.t=3');
    expect(decode(q)).toEqual({ view, ignored: [] });
  });

  it('an empty query gives Beta(1, 1) with no tosses', () => {
    expect(decode('')).toEqual({ view: bayesView.defaults, ignored: [] });
  });

  it('alpha = 0, negative or fractional counts and a sensitivity of 2 are reported and replaced', () => {
    const { view, ignored } = decode('bayes.a=0&bayes.h=-1&bayes.t=2.5&bayes.sens=2&bayes.batch=0');
    expect(view).toEqual(bayesView.defaults);
    expect(ignored).toHaveLength(5);
  });

  it('never throws and every decoded field is valid', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 100 }),
        fc.constantFrom('bayes.a=', 'bayes.h=', 'bayes.prev=', ''),
        (s, prefix) => {
          const { view } = decode(prefix + s);
          for (const [field, v] of Object.entries(view))
            expect(bayesView.problem(field as keyof typeof view, v)).toBeNull();
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
