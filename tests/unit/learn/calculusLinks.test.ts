import { describe, expect, it } from 'vitest';
import { MAX_EXPRESSION_LENGTH, parseExpression, parseToAst } from '../../../src/core';
import { parseHash } from '../../../src/app/router';
import { PRESETS } from '../../../src/pages/Calculus/presets';
import { sampleHref } from '../../../src/pages/Calculus/learn/SampleLink';
import { mcmcView } from '../../../src/stores/probability/mcmc/view';

function follow(href: string | null) {
  expect(href).not.toBeNull();
  const route = parseHash(href!);
  return { path: route.path, ...mcmcView.decode(route.query), tab: route.query.get('tab') };
}

describe('sampleHref(f)', () => {
  it("sampleHref('x^2 + 10*y^2') opens the MCMC tab with target custom and logp -(x^2 + 10*y^2)", () => {
    const link = follow(sampleHref('x^2 + 10*y^2'));
    expect(link.path).toBe('/probability');
    expect(link.tab).toBe('mcmc');
    expect(link.ignored).toEqual([]);
    expect(link.view.target).toBe('custom');
    expect(link.view.logp).toBe('-(x^2 + 10*y^2)');
    // The sampler's other settings are its defaults.
    expect({ ...link.view, target: mcmcView.defaults.target, logp: mcmcView.defaults.logp }).toEqual(
      mcmcView.defaults,
    );
  });

  it('sampleHref(preset) carries a log-density equal to -f at every probed point', () => {
    const points = [
      [0.3, -0.7],
      [-1.2, 0.4],
      [2.5, 1.5],
    ];
    for (const p of PRESETS) {
      const { view, ignored } = follow(sampleHref(p.fn));
      expect(ignored).toEqual([]);
      const f = parseExpression(p.fn);
      const logp = parseExpression(view.logp);
      if (!f.ok || !logp.ok) throw new Error(p.fn);
      for (const [x, y] of points) expect(logp.expr.evaluate(x, y)).toBe(-f.expr.evaluate(x, y));
    }
  });

  it('sampleHref keeps the sign right for a function that starts with a minus or is a difference', () => {
    for (const fn of ['-x + y', 'x - y^2', '-x^2', '--x*y']) {
      const { view } = follow(sampleHref(fn));
      const f = parseExpression(fn);
      const logp = parseExpression(view.logp);
      if (!f.ok || !logp.ok) throw new Error(fn);
      expect(logp.expr.evaluate(0.6, -1.3)).toBe(-f.expr.evaluate(0.6, -1.3));
    }
  });

  it('sampleHref(text that does not parse) = null, and an f whose −(f) is too long for the sampler = null', () => {
    expect(sampleHref('x +')).toBeNull();
    expect(sampleHref('')).toBeNull();
    const long = 'x' + '+x'.repeat(499);
    expect(parseToAst(long).ok).toBe(true);
    expect(long.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
    expect(sampleHref(long)).toBeNull();
  });
});
