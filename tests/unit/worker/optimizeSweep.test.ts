import { describe, expect, it } from 'vitest';
import {
  OPTIMIZER_NAMES,
  optimizerDefaults,
  parseExpression,
  startProblem,
  type Vec2,
} from '../../../src/core';
import { optimizeJob } from '../../../src/worker/jobs/optimize';

const ctx = { checkpoint: async () => {}, progress: () => {} };

/** Functions that diverge, overflow, leave their domain or have no minimum, and a few tame ones. */
const FUNCTIONS = [
  'x^2 + 10*y^2',
  '(1 - x)^2 + 100*(y - x^2)^2',
  'x^2 - y^2',
  'exp(x*y) + x^2',
  'x^4 + y^4 - 1e3*x*y',
  'log(x) + y^2',
  'sqrt(x) + sqrt(y)',
  '1/x + y^2',
  'exp(exp(x)) + y^2',
  '-(x^2 + y^2)',
  'abs(x) + abs(y)',
  'tan(x) + y^2',
];
const RATES = [1e-3, 0.1, 1, 10, 1e6];
const STARTS: Vec2[] = [
  [1, 1],
  [-1.5, 2],
  [1e3, -1e3],
];

describe('optimizeJob: divergence and overflow in every optimizer', () => {
  it.each(FUNCTIONS)(
    'on %s, no optimizer at any learning rate or start hands the page a NaN or ±Infinity',
    async (source) => {
      let runs = 0;
      let refused = 0;
      const stops = new Map<string, number>();
      for (const start of STARTS)
        for (const lr of RATES) {
          const request = {
            source,
            start,
            steps: 300,
            runs: OPTIMIZER_NAMES.map((name) => ({ name, config: { ...optimizerDefaults[name], lr } })),
          };
          // A start where f is no finite number is refused in words, never run.
          const f = parseExpression(source);
          if (!f.ok) throw new Error(source);
          const problem = startProblem(f.expr, start);
          if (problem) {
            refused++;
            await expect(optimizeJob(request, ctx)).rejects.toThrow(problem);
            continue;
          }
          const result = await optimizeJob(
            {
              source,
              start,
              steps: 300,
              runs: OPTIMIZER_NAMES.map((name) => ({ name, config: { ...optimizerDefaults[name], lr } })),
            },
            ctx,
          );
          for (const t of result.traces) {
            runs++;
            stops.set(t.stop, (stops.get(t.stop) ?? 0) + 1);
            const where = `${t.name} lr=${lr} from (${start})`;
            expect(t.path.length, where).toBe(2 * (t.taken + 1));
            expect(t.losses.length, where).toBe(t.taken + 1);
            for (let k = 0; k < t.path.length; k++)
              expect(Number.isFinite(t.path[k]), `${where} path[${k}]`).toBe(true);
            for (let k = 0; k <= t.taken; k++)
              expect(Number.isFinite(t.losses[k]), `${where} loss ${k} = ${t.losses[k]}`).toBe(true);
            for (const k of t.lossKeep) expect(k, where).toBeLessThanOrEqual(t.taken);
            // A run that took every step has no reason, or says it ended at a saddle, a maximum, a plateau or (Newton) did not converge.
            if (t.stop === 'done')
              expect(t.reason ?? 'none', where).toMatch(
                /^(none|stopped at a saddle point|stopped at a local maximum|stopped on a flat region|ran every step but did not converge)/,
              );
            else expect(t.reason, where).toMatch(/\w/);
          }
        }
      expect(runs + refused * OPTIMIZER_NAMES.length).toBe(
        STARTS.length * RATES.length * OPTIMIZER_NAMES.length,
      );
      expect(runs).toBeGreaterThan(0);
    },
  );
});
