import { describe, expect, it } from 'vitest';
import { expectValidPython, hasPython, pythonRuns, runPython } from './python';
import {
  FUNCTION_NAMES,
  OPTIMIZER_NAMES,
  optimizePath,
  parseExpression,
  parseToAst,
  type OptimizerName,
} from '../../../src/core';
import {
  configOf,
  DEFAULT_VIEW,
  defaultSettings,
  SCHEDULES,
  type CalculusView,
} from '../../../src/stores/calculus/view';
import { calculusPython, type PythonScene } from '../../../src/pages/Calculus/learn/python';
import { toPython } from '../../../src/pages/Calculus/learn/pythonExpr';

const hasTorch = hasPython && pythonRuns('import torch');

const ROSENBROCK = '(1 - x)^2 + 100*(y - x^2)^2';

function scene(on: Partial<Record<OptimizerName, Partial<CalculusView['optimizers']['gd']>>>): PythonScene {
  const optimizers = { ...DEFAULT_VIEW.optimizers };
  for (const name of OPTIMIZER_NAMES)
    optimizers[name] = { ...defaultSettings(name, name in on), ...(on[name] ?? {}) };
  return { fn: ROSENBROCK, start: [-1.5, 2], steps: 300, optimizers };
}

describe('calculusPython(scene)', () => {
  const fixture = scene({ adam: { lr: 0.1 } });
  const code = calculusPython(fixture);

  it('calculusPython(Rosenbrock from (-1.5, 2), Adam lr 0.1) holds exactly its f, start, steps and hyperparameters', () => {
    expect(code).toContain('    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2\n');
    expect(code).toContain('start = [-1.5, 2]\n');
    expect(code).toContain('steps = 300\n');
    expect(code).toContain('torch.optim.Adam(params, lr=0.1, betas=(0.9, 0.999), eps=1e-8)');
    expect(code).toContain('torch.tensor(start, requires_grad=True)');
    expect(code).toContain('torch.set_default_dtype(torch.float64)');
    // Only the selected optimizer runs.
    expect(code).not.toContain('torch.optim.SGD');
    expect(code).not.toContain('def newton');
  });

  it.skipIf(!hasPython)('calculusPython(fixture) is valid Python', () => {
    expectValidPython(code);
  });

  it('calculusPython writes numbers at full precision (0.1 + 0.2, 1/7)', () => {
    const s = scene({ rmsprop: { lr: 0.1 + 0.2, alpha: 0.95, eps: 1e-7 } });
    const c = calculusPython({ ...s, start: [1 / 7, -2.5e-9], steps: 12 });
    expect(c).toContain('torch.optim.RMSprop(params, lr=0.30000000000000004, alpha=0.95, eps=1e-7)');
    expect(c).toContain(`start = [${String(1 / 7)}, -2.5e-9]`);
    expect(c).toContain('steps = 12\n');
  });

  it('calculusPython maps each method to its torch.optim equivalent with its settings and schedule', () => {
    const c = calculusPython(
      scene({
        gd: { lr: 0.02 },
        momentum: { momentum: 0.8 },
        nesterov: { momentum: 0.7, schedule: 'cosine' },
        adagrad: { eps: 1e-9, schedule: 'exponential', decay: 0.98 },
        rmsprop: { schedule: 'step', decay: 0.3, stepEvery: 7 },
        adam: { beta1: 0.8, beta2: 0.99 },
        newton: { lr: 0.5, schedule: 'step', decay: 0.25, stepEvery: 4 },
      }),
    );
    expect(c).toContain('torch.optim.SGD(params, lr=0.02)');
    expect(c).toContain('torch.optim.SGD(params, lr=0.01, momentum=0.8)');
    expect(c).toContain('torch.optim.SGD(params, lr=0.01, momentum=0.7, nesterov=True)');
    expect(c).toContain('torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=steps)');
    expect(c).toContain('torch.optim.Adagrad(params, lr=0.5, eps=1e-9)');
    expect(c).toContain('torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.98)');
    expect(c).toContain('torch.optim.lr_scheduler.StepLR(opt, step_size=7, gamma=0.3)');
    expect(c).toContain('betas=(0.8, 0.99)');
    expect(c).toContain('torch.autograd.functional.hessian(f, p)');
    expect(c).toContain('p = p - (0.5 * 0.25 ** (t // 4)) * torch.linalg.solve(h, g)');
    if (hasPython) expectValidPython(c);
  });

  it('calculusPython(Nesterov with momentum 0) runs plain SGD, which torch requires', () => {
    const c = calculusPython(scene({ nesterov: { momentum: 0 } }));
    expect(c).not.toContain('nesterov=True');
    expect(c).toContain('torch.optim.SGD(params, lr=0.01)');
  });

  it.skipIf(!hasPython)('calculusPython is valid Python for every schedule of every method', () => {
    for (const schedule of SCHEDULES) {
      const on = Object.fromEntries(OPTIMIZER_NAMES.map((n) => [n, { schedule }]));
      expectValidPython(calculusPython(scene(on)));
    }
    expectValidPython(calculusPython(scene({})));
    expectValidPython(calculusPython({ ...scene({ gd: {} }), fn: '2' }));
  });

  it('calculusPython(unparsable f) is a comment only', () => {
    const c = calculusPython({ ...fixture, fn: 'x +\nprint("hi")' });
    expect(c.trim().split('\n')).toHaveLength(1);
    expect(c.startsWith('#')).toBe(true);
  });

  it.skipIf(!hasTorch)(
    'the fixture script run by torch ends where our Adam ends (loss within 1e-9 relative)',
    () => {
      const out = runPython(code);
      const m = /Adam: x = (\S+), y = (\S+), loss = (\S+)/.exec(out);
      expect(m).not.toBeNull();
      const parsed = parseExpression(ROSENBROCK);
      if (!parsed.ok) throw new Error('fixture does not parse');
      const run = optimizePath(
        parsed.expr,
        'adam',
        configOf('adam', fixture.optimizers.adam),
        [-1.5, 2],
        300,
      );
      const k = run.taken;
      const ours = parsed.expr.evaluate(run.path[2 * k], run.path[2 * k + 1]);
      expect(run.stop).toBe('done');
      expect(Math.abs(Number(m![3]) - ours)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ours)));
      expect(Number(m![1])).toBeCloseTo(run.path[2 * k], 8);
      expect(Number(m![2])).toBeCloseTo(run.path[2 * k + 1], 8);
    },
  );
});

describe('toPython(ast)', () => {
  // Each function, plus constant subtrees that plain Python numbers would get wrong.
  const cases = [
    ...FUNCTION_NAMES.map((fn) => `${fn}(x) + ${fn}(2*y) * ${fn}(0.5)`),
    '1/0 + x',
    '(-8)^(1/3) + y',
    '0^-1 * x',
    '-x^2 + (-x)^2 - 2^-x',
    'x^y^2 + e^x + pi*y',
    '-(x - y)/(x*y) - x/(y/x)',
    'log(0) + x',
  ];

  it('toPython maps every function of the expression language to torch', () => {
    for (const fn of FUNCTION_NAMES) {
      const parsed = parseToAst(`${fn}(x)`);
      if (!parsed.ok) throw new Error(fn);
      expect(toPython(parsed.ast).text).toBe(`torch.${fn}(x)`);
    }
  });

  it.skipIf(!hasPython)('toPython(each case) is valid Python', () => {
    for (const text of cases) {
      const parsed = parseToAst(text);
      if (!parsed.ok) throw new Error(text);
      expectValidPython(calculusPython({ ...scene({ adam: {} }), fn: text }));
    }
  });

  it.skipIf(!hasTorch)(
    'toPython(each case) evaluated by torch equals our value at (0.7, -0.4), NaN and inf included',
    () => {
      const lines = ['import math', 'import torch', 'torch.set_default_dtype(torch.float64)'];
      lines.push('def const(v):', '    return torch.tensor(float(v))');
      lines.push('x, y = torch.tensor(0.7), torch.tensor(-0.4)');
      for (const text of cases) {
        const parsed = parseToAst(text);
        if (!parsed.ok) throw new Error(text);
        lines.push(`print(repr(float(${toPython(parsed.ast).text})))`);
      }
      const fromPython = (t: string) => (t === 'inf' ? Infinity : t === '-inf' ? -Infinity : Number(t));
      const got = runPython(lines.join('\n')).trim().split('\n').map(fromPython);
      cases.forEach((text, i) => {
        const parsed = parseExpression(text);
        if (!parsed.ok) throw new Error(text);
        const want = parsed.expr.evaluate(0.7, -0.4);
        if (Number.isFinite(want)) expect(got[i], text).toBeCloseTo(want, 12);
        else expect(got[i], text).toBe(want);
      });
    },
  );
});
