// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The reveals start worker jobs; jsdom has no Worker, and the checks never need one.
vi.mock('../../../src/worker/client', () => ({
  computeClient: () => ({ run: () => new Promise(() => undefined), warm: () => undefined }),
}));

const { PROBABILITY_EXERCISES } = await import('../../../src/pages/Probability/learn/exercises');
const { useBayesStore } = await import('../../../src/stores/probability/bayes/store');
const { bayesView } = await import('../../../src/stores/probability/bayes/view');
const { useInformationStore } = await import('../../../src/stores/probability/information/store');
const { useMcmcStore } = await import('../../../src/stores/probability/mcmc/store');
const { mcmcView } = await import('../../../src/stores/probability/mcmc/view');
const { useMonteCarloStore } = await import('../../../src/stores/probability/montecarlo/store');
const { useProbabilityStore } = await import('../../../src/stores/probability/distributions/store');
const { useCltStore } = await import('../../../src/stores/probability/clt/store');
const { useLlnStore } = await import('../../../src/stores/probability/lln/store');

const byId = (id: string) => {
  const e = PROBABILITY_EXERCISES.find((x) => x.id === id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};
const live = (id: string) => {
  const a = byId(id).answer;
  if (a.kind !== 'live') throw new Error(`${id} is not live`);
  return a.check();
};
const number = (id: string, v: number) => {
  const a = byId(id).answer;
  if (a.kind !== 'number') throw new Error(`${id} is not a number`);
  return a.check(v);
};
const choice = (id: string, i: number) => {
  const a = byId(id).answer;
  if (a.kind !== 'choice') throw new Error(`${id} is not a choice`);
  return a.check(i);
};
const hashQuery = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '');

beforeEach(() => {
  window.location.hash = '#/probability';
  useBayesStore.getState().loadView(bayesView.defaults, []);
  useMcmcStore.getState().loadView(mcmcView.defaults, []);
});

describe('PROBABILITY_EXERCISES', () => {
  it('has at least five exercises with unique ids, among them beta-prior and kl-larger, each with hint and solution', () => {
    const ids = PROBABILITY_EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(ids).toEqual(expect.arrayContaining(['beta-prior', 'kl-larger']));
    for (const e of PROBABILITY_EXERCISES) {
      expect(e.hint).toBeTruthy();
      expect(e.solution).toBeTruthy();
    }
  });
});

describe('beta-prior', () => {
  it('check(): Not yet on the default page (no tosses), Correct after applySolution() on the Bayes tab', () => {
    expect(live('beta-prior').ok).toBe(false);
    byId('beta-prior').applySolution();
    const v = live('beta-prior');
    expect(v.ok).toBe(true);
    expect(v.why).toContain('0.7');
    expect(hashQuery().get('tab')).toBe('bayes');
    expect(hashQuery().get('bayes.h')).toBe('7');
  });

  it('check(): any prior with mean 0.7 is Correct after 7 H, 3 T; Beta(1, 1) and the wrong counts are Not yet', () => {
    const { set: setField } = useBayesStore.getState();
    setField('heads', 7);
    setField('tails', 3);
    setField('alpha', 1.4);
    setField('beta', 0.6);
    expect(live('beta-prior').ok).toBe(true);
    setField('alpha', 1);
    setField('beta', 1);
    expect(live('beta-prior').why).toMatch(/mean is 0\.666667, not 0\.7/);
    setField('alpha', 7);
    setField('beta', 3);
    setField('alpha', 7.000001);
    expect(live('beta-prior').why).toMatch(/mean is 0\.70000001\d*, not 0\.7/);
    setField('alpha', 7);
    setField('tails', 4);
    expect(live('beta-prior').why).toMatch(/7 heads and 4 tails/);
  });
});

describe('kl-larger', () => {
  it('check(0) is Correct (pair A, 0.737 > 0.531 bits) and check(1), check(2) are Not yet', () => {
    expect(choice('kl-larger', 0)).toMatchObject({ ok: true });
    expect(choice('kl-larger', 0).why).toMatch(/0\.737 bits for pair A and 0\.531 bits for pair B/);
    expect(choice('kl-larger', 1).ok).toBe(false);
    expect(choice('kl-larger', 2).ok).toBe(false);
  });

  it('reveal() puts pair A on the Entropy and KL tab', () => {
    byId('kl-larger').reveal!();
    expect(useInformationStore.getState().view.p).toEqual([0.5, 0.5]);
    expect(useInformationStore.getState().view.q).toEqual([0.9, 0.1]);
    expect(hashQuery().get('tab')).toBe('information');
    expect(hashQuery().get('kl.q')).toBe('0.9,0.1');
  });
});

describe('predictions', () => {
  it('gamma-mean check(1.667) is Correct, check(1.5) Not yet; reveal() opens Gamma(2.5, 1.5) on Distributions', () => {
    expect(number('gamma-mean', 1.667).ok).toBe(true);
    expect(number('gamma-mean', 1.5).ok).toBe(false);
    byId('gamma-mean').reveal!();
    expect(useProbabilityStore.getState().view).toMatchObject({
      dist: 'gamma',
      params: { shape: 2.5, rate: 1.5 },
    });
    expect(hashQuery().get('tab')).toBeNull();
    expect(hashQuery().get('shape')).toBe('2.5');
  });

  it('clt-sd check(0.2) is Correct, check(0.04) Not yet; reveal() sets k = 25 on the CLT tab', () => {
    expect(number('clt-sd', 0.2).ok).toBe(true);
    expect(number('clt-sd', 0.04).ok).toBe(false);
    byId('clt-sd').reveal!();
    expect(useCltStore.getState().view).toMatchObject({ dist: 'exponential', k: 25, stat: 'mean' });
    expect(hashQuery().get('tab')).toBe('clt');
  });

  it('cauchy-lln check(2) is Correct, check(0) Not yet; reveal() runs a million Cauchy draws on the LLN tab', () => {
    expect(choice('cauchy-lln', 2).ok).toBe(true);
    expect(choice('cauchy-lln', 0).ok).toBe(false);
    byId('cauchy-lln').reveal!();
    expect(useLlnStore.getState().view).toMatchObject({ dist: 'cauchy', draws: 1_000_000 });
    expect(hashQuery().get('tab')).toBe('lln');
  });

  it('pi-rate check(10^6) is Correct, check(10^5) Not yet; reveal() sets 10^6 points on the Monte Carlo tab', () => {
    expect(number('pi-rate', 1e6).ok).toBe(true);
    expect(number('pi-rate', 1e5).ok).toBe(false);
    byId('pi-rate').reveal!();
    expect(useMonteCarloStore.getState().view).toMatchObject({ mode: 'pi', points: 1_000_000 });
  });
});

describe('mh-acceptance', () => {
  it('check(): Not yet at the default scale 0.5 (about 64 %), Correct after applySolution(), Not yet with HMC', () => {
    const before = live('mh-acceptance');
    expect(before.ok).toBe(false);
    expect(before.why).toMatch(/make the scale larger/);
    byId('mh-acceptance').applySolution();
    expect(live('mh-acceptance').ok).toBe(true);
    expect(hashQuery().get('mcmc.scale')).toBe('1');
    useMcmcStore.getState().set('algorithm', 'hmc');
    expect(live('mh-acceptance').ok).toBe(false);
  });
});
