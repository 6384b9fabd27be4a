import { describe, expect, it } from 'vitest';
import { expectValidPython, hasPython, pythonRuns, runPython } from './python';
import {
  adaptiveSimpson,
  betaPosterior,
  makeDistribution,
  makeTarget,
  parseExpression,
  parseFunctionOfX,
  parseToAst,
  type DistributionName,
  type TargetSpec,
} from '../../../src/core';
import { formatExact } from '../../../src/core/numberText';
import {
  bayesPython,
  cltPython,
  distributionsPython,
  informationPython,
  llnPython,
  probabilityCode,
} from '../../../src/pages/Probability/learn/python';
import { mcmcPython, monteCarloPython } from '../../../src/pages/Probability/learn/pythonSim';
import { pythonExpr } from '../../../src/pages/Probability/learn/pyExpr';
import fixtures from '../../fixtures/distributions.json';
import information from '../../fixtures/information.json';
import { bayesView } from '../../../src/stores/probability/bayes/view';
import { cltView } from '../../../src/stores/probability/clt/view';
import { informationView } from '../../../src/stores/probability/information/view';
import { llnView } from '../../../src/stores/probability/lln/view';
import { type McmcView, mcmcView } from '../../../src/stores/probability/mcmc/view';
import { monteCarloView } from '../../../src/stores/probability/montecarlo/view';

const hasScipy = hasPython && pythonRuns('import numpy, scipy.stats, scipy.integrate, scipy.special');

/** The numbers after `label` on a printed line (NumPy prints arrays as [a b]). */
function printed(out: string, label: string): number[] {
  const line = out.split('\n').find((l) => l.startsWith(label + ' '));
  if (!line) throw new Error(`no line "${label}" in:\n${out}`);
  return line
    .slice(label.length)
    .replace(/[[\]()]/g, ' ')
    .trim()
    .split(/[\s,]+/)
    .filter((t) => /^[-+\d.naie]/.test(t))
    .map(Number);
}

const relClose = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

type Case = {
  name: DistributionName;
  params: Record<string, number>;
  mean: number | null;
  variance: number | null;
};
const CASES = (fixtures as unknown as { cases: Case[] }).cases;
const GAMMA = { dist: 'gamma' as const, params: { shape: 2.5, rate: 1.5 }, samples: 100_000, seed: 42 };

describe('distributionsPython(view)', () => {
  it('distributionsPython(Gamma(2.5, 1.5), 10^5 samples, seed 42) holds exactly its numbers and SciPy’s scale = 1/rate', () => {
    const code = distributionsPython(GAMMA);
    expect(code).toContain('shape = 2.5  # Shape α\n');
    expect(code).toContain('rate = 1.5  # Rate β\n');
    expect(code).toContain('law = stats.gamma(a=shape, scale=1 / rate)');
    expect(code).toContain('n_samples = 100000\n');
    expect(code).toContain('seed = 42\n');
    expect(code).toContain('rng = np.random.default_rng(seed)');
    expect(code).toContain('stats.kstest(x, law.cdf)');
  });

  it.each(CASES.map((c) => [c.name, c.params] as const))(
    'distributionsPython(%s %o from the fixtures) holds every parameter exactly',
    (name, params) => {
      const code = distributionsPython({ dist: name, params, samples: 1000, seed: 3 });
      for (const [k, v] of Object.entries(params))
        expect(code).toContain(`${k === 'lambda' ? 'lam' : k} = ${formatExact(v)}  #`);
    },
  );

  it.skipIf(!hasPython)('distributionsPython(every fixture law) is valid Python', () => {
    for (const c of CASES)
      expectValidPython(distributionsPython({ dist: c.name, params: c.params, samples: 1000, seed: 3 }));
  });

  // One interpreter for several scripts: SciPy's import dominates the time.
  it.skipIf(!hasScipy)(
    'distributionsPython(Gamma(2.5, 1.5), fixture laws) run by SciPy prints our mean and variance, and a sample within 5 SE',
    () => {
      const picks: Case[] = [
        { name: 'gamma', params: GAMMA.params, mean: null, variance: null },
        ...CASES.filter((c) => ['lognormal', 'binomial', 'uniform', 'cauchy'].includes(c.name)),
      ];
      const scripts = picks.map((c) =>
        distributionsPython({ dist: c.name, params: c.params, samples: 20_000, seed: 5 }),
      );
      const outs = runPython(scripts.join("\nprint('=====')\n")).split('=====\n');
      expect(outs).toHaveLength(picks.length);
      for (const [i, c] of picks.entries()) {
        const d = makeDistribution(c.name, c.params);
        const [mean] = printed(outs[i], 'distribution mean');
        const [variance] = printed(outs[i], 'distribution variance');
        const [entropy] = printed(outs[i], 'entropy (nats)');
        if (Number.isNaN(d.mean)) {
          // The Cauchy law: SciPy has no mean either; its sample says nothing, so stop here.
          expect(mean).toBeNaN();
          continue;
        }
        expect(relClose(mean, d.mean, 1e-9)).toBe(true);
        expect(relClose(variance, d.variance, 1e-9)).toBe(true);
        expect(relClose(entropy, d.entropy, 1e-9)).toBe(true);
        if (c.mean !== null) expect(relClose(mean, c.mean, 1e-9)).toBe(true);
        const [sampleMean] = printed(outs[i], 'sample mean');
        expect(Math.abs(sampleMean - d.mean)).toBeLessThan(5 * Math.sqrt(d.variance / 20_000));
        const [ks] = printed(outs[i], 'KS distance');
        expect(ks).toBeGreaterThan(0);
        expect(ks).toBeLessThan(0.02);
      }
    },
  );
});

describe('the other tabs’ scripts', () => {
  it.skipIf(!hasPython)('every tab’s script of its default view is valid Python', () => {
    expectValidPython(llnPython(llnView.defaults));
    expectValidPython(cltPython(cltView.defaults));
    expectValidPython(
      cltPython({ ...cltView.defaults, dist: 'cauchy', params: { x0: 0, gamma: 1 }, stat: 'sum' }),
    );
    expectValidPython(monteCarloPython(monteCarloView.defaults).code);
    expectValidPython(monteCarloPython({ ...monteCarloView.defaults, mode: 'integral' }).code);
    expectValidPython(monteCarloPython({ ...monteCarloView.defaults, mode: 'integral', f: 'x +* "\n' }).code);
    expectValidPython(bayesPython(bayesView.defaults));
    expectValidPython(informationPython(informationView.defaults));
    for (const target of ['gaussian', 'banana', 'donut', 'mixture', 'custom'] as const)
      for (const algorithm of ['mh', 'hmc'] as const)
        expectValidPython(mcmcPython({ ...mcmcView.defaults, target, algorithm }).code);
    expectValidPython(mcmcPython({ ...mcmcView.defaults, target: 'custom', logp: "x ** ')\n" }).code);
  });

  it('cltPython(Exp(1), k 25, 10^5 means, seed 1) holds its numbers and the σ/√k theory', () => {
    const code = cltPython({ ...cltView.defaults, k: 25, reps: 100_000, seed: 1 });
    expect(code).toContain('rate = 1  # Rate λ\n');
    expect(code).toContain('k_draws = 25  # draws per mean\n');
    expect(code).toContain('reps = 100000  # how many means\n');
    expect(code).toContain('stat = draws.mean(axis=1)');
    expect(code).toContain('spread = law.std() / np.sqrt(k_draws)');
  });

  it('llnPython(Exp(1), 10^5 draws, 5 runs) prints the running means at 10, 100, …, 10^5', () => {
    const code = llnPython(llnView.defaults);
    expect(code).toContain('n_draws = 100000\nruns = 5\nseed = 1\n');
    expect(code).toContain('for n in [10, 100, 1000, 10000, 100000]:');
  });

  it('mcmcPython(view) holds its ρ, scale, steps, seed and the page’s start', () => {
    const view: McmcView = { ...mcmcView.defaults, rho: 0.35, scale: 1.25, steps: 1234, seed: 9 };
    const { code } = mcmcPython(view);
    const start = makeTarget({ kind: 'gaussian', rho: 0.35 }).start;
    expect(code).toContain('rho = 0.35\n');
    expect(code).toContain('scale = 1.25  #');
    expect(code).toContain('steps = 1234\nseed = 9\n');
    expect(code).toContain(`x, y = ${start[0]}, ${start[1]}  #`);
  });

  it.skipIf(!hasScipy)('bayesPython(Beta(7, 3), 7 H, 3 T) prints the posterior mean of betaPosterior', () => {
    const view = { ...bayesView.defaults, alpha: 7, beta: 3, heads: 7, tails: 3 };
    const code = bayesPython(view);
    expect(code).toContain('a, b = 7, 3  #');
    expect(code).toContain('heads, tails = 7, 3\n');
    const out = runPython(code);
    expect(printed(out, 'posterior mean')[0]).toBeCloseTo(betaPosterior(7, 3, 7, 3).mean, 12);
  });

  it.skipIf(!hasScipy)(
    'informationPython(fixture pairs) prints the fixture KL in bits and the normal KL in nats',
    () => {
      const [pair] = information.discrete;
      const [normal] = information.normalKL.slice(2);
      const code = informationPython({
        ...informationView.defaults,
        p: pair.p,
        q: pair.q,
        normalP: normal.p,
        normalQ: normal.q,
      });
      expect(code).toContain(`P = np.array([${pair.p.join(', ')}])`);
      const out = runPython(code);
      expect(relClose(printed(out, 'KL(P||Q) bits')[0], pair.klBits, 1e-12)).toBe(true);
      expect(relClose(printed(out, 'H(P,Q) bits')[0], pair.crossEntropyBits, 1e-12)).toBe(true);
      const [closed, quad] = printed(out, 'KL(P||Q) nats, closed form');
      expect(relClose(closed, normal.klNats, 1e-12)).toBe(true);
      expect(relClose(quad, normal.klNats, 1e-7)).toBe(true);
    },
  );

  it.skipIf(!hasScipy)(
    'monteCarloPython(∫₀² exp(−x²)) prints the quadrature value of adaptive Simpson',
    () => {
      const view = { ...monteCarloView.defaults, mode: 'integral' as const, points: 1000 };
      const { code } = monteCarloPython(view);
      expect(code).toContain('a, b = 0, 2\n');
      expect(code).toContain('    return np.exp(-x**2)\n');
      const parsed = parseFunctionOfX(view.f);
      if (!parsed.ok) throw new Error('fixture f');
      const reference = adaptiveSimpson(parsed.f, 0, 2);
      expect(printed(runPython(code), 'quadrature')[0]).toBeCloseTo(reference.value!, 8);
    },
  );
});

describe('the Python translation of the page’s expressions', () => {
  const SOURCES = [
    '-x^2',
    '2^-x',
    '(-x)^2',
    'x^y^2',
    '--x + y',
    'x - (y - 1)',
    'x/(y*2)',
    'sin(x)/cos(y) - e*pi',
    'abs(x - y)^0.5',
    'exp(-x^2/4)*tanh(y)',
    'sqrt(x^2 + y^2)',
    'log(1 + x^2) - tan(y)',
  ];
  const POINT: [number, number] = [0.7, -1.3];

  it.skipIf(!hasScipy)(
    'pythonExpr(ast) evaluates to the page’s value at (0.7, −1.3) for each precedence case',
    () => {
      const lines = SOURCES.map((s) => {
        const r = parseToAst(s);
        if (!r.ok) throw new Error(s);
        return `print(float(${pythonExpr(r.ast)}))`;
      });
      const out = runPython(
        ['import numpy as np', `x, y = np.float64(${POINT[0]}), np.float64(${POINT[1]})`, ...lines].join(
          '\n',
        ),
      );
      const values = out.trim().split('\n').map(Number);
      SOURCES.forEach((s, i) => {
        const r = parseExpression(s);
        if (!r.ok) throw new Error(s);
        expect(relClose(values[i], r.expr.evaluate(...POINT), 1e-12), `${s}: ${values[i]}`).toBe(true);
      });
    },
  );

  it.skipIf(!hasScipy)(
    'mcmcPython(target).log_p equals the page’s log-density at three points for every target',
    () => {
      const points = [
        [0.3, -0.7],
        [-1.2, 2.1],
        [2, 0.5],
      ];
      for (const target of ['gaussian', 'banana', 'donut', 'mixture', 'custom'] as const) {
        const view = { ...mcmcView.defaults, target, steps: 10 };
        const probes = points.map(([x, y]) => `print('LOGP', float(log_p(${x}, ${y})))`);
        const out = runPython(mcmcPython(view).code + probes.join('\n') + '\n');
        const got = out
          .split('\n')
          .filter((l) => l.startsWith('LOGP '))
          .map((l) => Number(l.slice(5)));
        const spec: TargetSpec =
          target === 'gaussian'
            ? { kind: target, rho: view.rho }
            : target === 'custom'
              ? { kind: target, source: view.logp }
              : { kind: target };
        const t = makeTarget(spec);
        points.forEach(([x, y], i) =>
          expect(relClose(got[i], t.logDensity(x, y), 1e-12), `${target} at ${x}, ${y}`).toBe(true),
        );
      }
    },
  );
});

describe('probabilityCode(scene)', () => {
  it('probabilityCode(distributions with a fallback) says the script shows the last valid law', () => {
    const { note } = probabilityCode({ tab: 'distributions', view: GAMMA, fallback: true });
    expect(note).toMatch(/last valid law/);
  });

  it('probabilityCode(bayes) names the posterior Beta with the page’s numbers', () => {
    const view = { ...bayesView.defaults, alpha: 2, beta: 3, heads: 7, tails: 3 };
    expect(probabilityCode({ tab: 'bayes', view }).note).toContain('posterior Beta(9, 6)');
  });
});
