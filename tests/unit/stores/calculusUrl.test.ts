import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../../src/core';
import {
  calculusView,
  configOf,
  DEFAULT_VIEW,
  defaultSettings,
  METHOD_PARAMS,
  SPEEDS,
  type CalculusView,
} from '../../../src/stores/calculus/view';

const decode = (q: string) => calculusView.decode(new URLSearchParams(q));

function view(patch: Partial<CalculusView> = {}): CalculusView {
  return { ...DEFAULT_VIEW, ...patch };
}

describe('calculus URL codec', () => {
  it('decode(encode(view)) = view, at full precision, with schedules, settings and step', () => {
    const optimizers = { ...DEFAULT_VIEW.optimizers };
    optimizers.adam = {
      ...defaultSettings('adam', true),
      lr: 0.1 + 0.2,
      beta2: 0.9990000000000001,
      schedule: 'step',
      decay: 0.3,
      stepEvery: 7,
    };
    optimizers.gd = { ...defaultSettings('gd', false), lr: 1 / 3 };
    optimizers.rmsprop = { ...defaultSettings('rmsprop', true), schedule: 'exponential', decay: 0.95 };
    optimizers.newton = { ...defaultSettings('newton', false), schedule: 'exponential' };
    const v = view({
      fn: '(1 - x)^2 + 100*(y - x^2)^2',
      domain: { xmin: -2, xmax: 2.000000000000001, ymin: -1, ymax: 3 },
      start: [-1.5, 1 / 7],
      steps: 4321,
      optimizers,
      step: 1234,
      speed: 0.25,
      logLoss: true,
      overlay: 'taylor',
    });
    const q = calculusView.encode(v);
    expect(q.startsWith('v=1&')).toBe(true);
    expect(decode(q)).toEqual({ view: v, ignored: [] });
  });

  it('an empty query gives the default view and no notice', () => {
    expect(decode('')).toEqual({ view: DEFAULT_VIEW, ignored: [] });
    expect(decode(calculusView.encode(DEFAULT_VIEW))).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it('writes every setting of a selected optimizer and only changed settings of the others', () => {
    const q = new URLSearchParams(calculusView.encode(DEFAULT_VIEW));
    expect(q.get('opt')).toBe('gd,momentum,adam');
    expect(q.get('adam.beta2')).toBe('0.999');
    expect(q.get('adam.eps')).toBe('1e-8');
    expect(q.has('rmsprop.alpha')).toBe(false);
    expect(q.has('step')).toBe(false);
  });

  it('invalid values fall back to defaults, each named in the notice', () => {
    const { view: v, ignored } = decode(
      'v=7&f=sin(x&domain=1,0,0,1&start=a,b&steps=-5&opt=gd,foo&adam.lr=-1&gd.eps=1&momentum.schedule=wild&step=99999&speed=3&log=yes&overlay=hat',
    );
    expect(v.fn).toBe(DEFAULT_VIEW.fn);
    expect(v.domain).toEqual(DEFAULT_VIEW.domain);
    expect(v.start).toEqual(DEFAULT_VIEW.start);
    expect(v.steps).toBe(DEFAULT_VIEW.steps);
    expect(OPTIMIZER_NAMES.filter((n) => v.optimizers[n].on)).toEqual(['gd']);
    expect(v.optimizers.adam.lr).toBe(defaultSettings('adam').lr);
    expect(v.optimizers.momentum.schedule).toBe('constant');
    expect(v.step).toBeNull();
    expect(v.speed).toBe(1);
    expect(v.logLoss).toBe(false);
    expect(v.overlay).toBe('none');
    const text = ignored.join(' | ');
    for (const bad of [
      'v=7',
      'f=sin(x',
      "missing ')'",
      'domain=1,0,0,1',
      'start=a,b',
      'steps=-5',
      'opt=foo',
      'adam.lr=-1',
      'gd.eps',
      'momentum.schedule=wild',
      'step=99999',
      'speed=3',
      'log=yes',
      'overlay=hat',
    ])
      expect(text).toContain(bad);
  });

  it('the step must lie within the steps of the link', () => {
    expect(decode('steps=50&step=50').view.step).toBe(50);
    const { view: v, ignored } = decode('steps=50&step=51');
    expect(v.step).toBeNull();
    expect(ignored).toHaveLength(1);
  });

  it('configOf(name, settings) holds exactly the settings the method reads', () => {
    for (const name of OPTIMIZER_NAMES) {
      const config = configOf(name, defaultSettings(name));
      expect(Object.keys(config).sort()).toEqual([...METHOD_PARAMS[name], 'schedule'].sort());
    }
    expect(configOf('gd', { ...defaultSettings('gd'), schedule: 'step' })).toEqual({
      lr: 0.01,
      schedule: 'step',
      decay: 0.5,
      stepEvery: 25,
    });
    expect(
      configOf('adam', { ...defaultSettings('adam'), schedule: 'exponential', decay: 0.9 }),
    ).toMatchObject({ schedule: 'exponential', decay: 0.9 });
  });

  it('never throws and always returns a usable view for arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const { view: v } = decode(s);
        expect(Number.isInteger(v.steps)).toBe(true);
        expect(v.domain.xmax).toBeGreaterThan(v.domain.xmin);
        expect(v.start.every(Number.isFinite)).toBe(true);
        for (const n of OPTIMIZER_NAMES) expect(Number.isFinite(v.optimizers[n].lr)).toBe(true);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('random valid views round-trip through the URL exactly', () => {
    // + 0 turns −0 into 0: the URL writes −0 as 0 on purpose (formatExact).
    const coord = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
    const unit = fc.double({ min: 0, max: 0.999999, noNaN: true });
    const name = fc.constantFrom(...OPTIMIZER_NAMES);
    fc.assert(
      fc.property(
        coord,
        coord,
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(name),
        unit,
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        fc.constantFrom(...SPEEDS),
        (sx, sy, steps, on, mu, lr, speed) => {
          const optimizers = Object.fromEntries(
            OPTIMIZER_NAMES.map((n: OptimizerName) => {
              const s = { ...defaultSettings(n, on.includes(n)), lr };
              // Only the settings a method has (a form never holds gd's momentum).
              if (METHOD_PARAMS[n].includes('momentum')) s.momentum = mu;
              return [n, s];
            }),
          ) as CalculusView['optimizers'];
          const v = view({ start: [sx, sy], steps, optimizers, step: steps, speed });
          expect(decode(calculusView.encode(v))).toEqual({ view: v, ignored: [] });
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
