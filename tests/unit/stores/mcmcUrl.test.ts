import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { requestOf } from '../../../src/stores/probability/mcmc/store';
import { type McmcView, mcmcProblems, mcmcView } from '../../../src/stores/probability/mcmc/view';

const decode = (q: string) => mcmcView.decode(new URLSearchParams(q));

describe('MCMC URL codec', () => {
  it('mcmcView.decode(mcmcView.encode(view)) = view, at full precision, with every key prefixed', () => {
    const view: McmcView = {
      target: 'custom',
      rho: -0.30000000000000004,
      logp: '-(x^2 + y^2)/2 + log(1 + x*x)',
      algorithm: 'hmc',
      scale: 1 / 3,
      stepSize: 0.1,
      leapfrog: 37,
      steps: 100_000,
      seed: 4294967295,
      speed: Infinity,
    };
    const q = mcmcView.encode(view);
    expect(q.startsWith('v=1&tab=mcmc&')).toBe(true);
    for (const [k] of new URLSearchParams(q))
      expect(k === 'v' || k === 'tab' || k.startsWith('mcmc.')).toBe(true);
    expect(q).toContain('mcmc.speed=max');
    expect(decode(q)).toEqual({ view, ignored: [] });
  });

  it('mcmcView.decode("") is the default view with no notice', () => {
    expect(decode('')).toEqual({ view: mcmcView.defaults, ignored: [] });
    expect(decode(mcmcView.encode(mcmcView.defaults))).toEqual({ view: mcmcView.defaults, ignored: [] });
  });

  it('invalid values fall back to defaults, each named in the notice', () => {
    const { view, ignored } = decode(
      'v=1&tab=mcmc&mcmc.target=volcano&mcmc.rho=1&mcmc.logp=x%2B*y&mcmc.algo=gibbs&mcmc.scale=-1&mcmc.eps=abc&mcmc.leapfrog=2.5&mcmc.steps=5&mcmc.seed=-1&mcmc.speed=0',
    );
    expect(view).toEqual(mcmcView.defaults);
    const text = ignored.join(' | ');
    for (const key of ['target', 'rho', 'logp', 'algo', 'scale', 'eps', 'leapfrog', 'steps', 'seed', 'speed'])
      expect(text).toContain(`mcmc.${key}=`);
  });

  it('never throws and always returns a runnable view for arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 40 }), (s, logp) => {
        const { view } = decode(
          `${s}&mcmc.logp=${encodeURIComponent(logp)}&mcmc.rho=${encodeURIComponent(s)}`,
        );
        expect(mcmcProblems(view)).toEqual({});
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('mcmcProblems(view) names only the fields the chosen target and algorithm use', () => {
    const bad = { ...mcmcView.defaults, rho: 2, scale: 0, stepSize: 0, logp: '((' };
    expect(Object.keys(mcmcProblems(bad)).sort()).toEqual(['rho', 'scale']);
    expect(Object.keys(mcmcProblems({ ...bad, target: 'custom', algorithm: 'hmc' })).sort()).toEqual([
      'logp',
      'stepSize',
    ]);
  });

  it('requestOf(view) carries only the target the view names', () => {
    expect(requestOf({ ...mcmcView.defaults, target: 'donut' }).target).toEqual({ kind: 'donut' });
    expect(requestOf(mcmcView.defaults).target).toEqual({ kind: 'gaussian', rho: 0.8 });
  });
});
