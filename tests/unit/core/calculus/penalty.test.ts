/**
 * Issue 18: the penalty method's default run (μ ×10 every eighth of the run from 1, the step scaled across the
 * constraint) reaches the constrained optimum in the page's default 300 steps, checked against SymPy's
 * solutions of the Lagrange system (tests/fixtures/calculus5.json, from tests/fixtures/scripts/calculus5.py),
 * and no preset's run diverges with the constraint the page starts with.
 */
import { describe, expect, it } from 'vitest';
import { penaltyMethod, parseExpression } from '../../../../src/core/index';
import { PRESETS } from '../../../../src/pages/Calculus/presets';
import { DEFAULT_VIEW } from '../../../../src/stores/calculus/view';
import fixture from '../../../fixtures/calculus5.json';

/**
 * Distance in x and y, and in f relative to max(1, |f*|), asked of the default run. The penalty's own bias,
 * the minimizer of f + (μ/2)r² lying λ/(μ|∇g|) off the curve, is 4·10⁻⁷ at μ = 10⁷ for Himmelblau (λ ≈ −16).
 */
const TOL_XY = 1e-5;
const TOL_F = 1e-6;

function end(run: { path: Float64Array; taken: number }): [number, number] {
  return [run.path[2 * run.taken], run.path[2 * run.taken + 1]];
}

describe('penaltyMethod: the default schedule reaches the constrained optimum in 300 steps', () => {
  for (const c of fixture.penalty) {
    for (const kind of c.g === 'x^2 + y^2' && c.f.startsWith('(x^2')
      ? (['equality', 'inequality'] as const)
      : (['equality'] as const)) {
      it(`${c.f} on ${c.g} ${kind === 'equality' ? '=' : '≤'} ${c.c} from (${c.start}) at lr ${c.lr}`, () => {
        const run = penaltyMethod(c.f, c.g, c.c, kind, [c.start[0], c.start[1]], { lr: c.lr, steps: 300 });
        if ('error' in run) throw new Error(run.error);
        expect(run.stop).toBe('done');
        expect(run.taken).toBe(300);
        const [x, y] = end(run);
        const nearest = c.minima.reduce((a, b) =>
          Math.hypot(b.x - x, b.y - y) < Math.hypot(a.x - x, a.y - y) ? b : a,
        );
        expect(Math.abs(x - nearest.x)).toBeLessThan(TOL_XY);
        expect(Math.abs(y - nearest.y)).toBeLessThan(TOL_XY);
        const parsed = parseExpression(c.f);
        if (!parsed.ok) throw new Error(parsed.error.message);
        expect(Math.abs(parsed.expr.evaluate(x, y) - nearest.f)).toBeLessThan(
          TOL_F * Math.max(1, Math.abs(nearest.f)),
        );
        // μ grew ×10 seven times (every 38 steps).
        expect(run.mu[run.taken]).toBe(1e7);
      });
    }
  }

  it('the page defaults themselves: Himmelblau on x² + y² = 4 from (−0.5, 0.5) at GD’s lr', () => {
    const v = DEFAULT_VIEW;
    const [c] = fixture.penalty;
    expect([v.fn, v.g, v.c, v.steps, v.optimizers.gd.lr, ...v.start]).toEqual([
      c.f,
      c.g,
      c.c,
      300,
      c.lr,
      ...c.start,
    ]);
  });

  it('the old schedule (μ doubling, whole step damped) stopped short: the scaling across the constraint is what converges', () => {
    const c = fixture.penalty[0];
    const slow = penaltyMethod(c.f, c.g, c.c, 'equality', [c.start[0], c.start[1]], {
      lr: c.lr,
      steps: 300,
      growth: 2,
      every: 50,
    });
    if ('error' in slow) throw new Error(slow.error);
    // With μ only reaching 32 the minimizer of f + (μ/2)r² sits λ/(μ|∇g|) ≈ 0.06 off the circle.
    const [x, y] = end(slow);
    expect(Math.abs(Math.hypot(x, y) - 2)).toBeGreaterThan(1e-2);
  });
});

describe('penaltyMethod never diverges on a preset with the page’s constraints', () => {
  for (const p of PRESETS)
    for (const kind of ['equality', 'inequality'] as const)
      for (const [g, c] of [
        ['x^2 + y^2', 4],
        ['x + y', 1],
      ] as const)
        it(`${p.name}: ${g} ${kind === 'equality' ? '=' : '≤'} ${c} at the preset’s GD rate`, () => {
          for (const steps of [300, 2000]) {
            const run = penaltyMethod(p.fn, g, c, kind, [p.start[0], p.start[1]], { lr: p.lr.gd, steps });
            if ('error' in run) throw new Error(run.error);
            expect(run.stop).toBe('done');
            expect(run.path.every(Number.isFinite)).toBe(true);
          }
        });
});
