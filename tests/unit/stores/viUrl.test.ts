import { describe, expect, it } from 'vitest';
import { viRequestOf } from '../../../src/stores/probability/vi/store';
import { viProblems, viView } from '../../../src/stores/probability/vi/view';

const decode = (q: string) => viView.decode(new URLSearchParams(q));

describe('Variational inference view (vi.)', () => {
  it('round-trips a full view through the address', () => {
    const view = {
      ...viView.defaults,
      target: 'gaussian' as const,
      rho: -0.55,
      divergence: 'forward' as const,
      family: 'mean-field' as const,
      iterations: 5000,
      mcmcSteps: 0,
      seed: 7,
    };
    const q = viView.encode(view);
    expect(q).toContain('tab=vi');
    expect(q).toContain('vi.div=forward');
    const back = decode(q);
    expect(back.view).toEqual(view);
    expect(back.ignored).toEqual([]);
  });

  it('ignores bad values with a word each, keeping the defaults', () => {
    const { view, ignored } = decode('v=1&tab=vi&vi.target=torus&vi.iter=5&vi.rho=2&vi.family=full');
    expect(view.target).toBe(viView.defaults.target);
    expect(view.iterations).toBe(viView.defaults.iterations);
    expect(view.rho).toBe(viView.defaults.rho);
    expect(view.family).toBe('full');
    expect(ignored.length).toBe(3);
  });

  it('the correlation only counts for the Gaussian target; an invalid view asks for no fit', () => {
    const bad = { ...viView.defaults, target: 'mixture' as const, rho: 5 };
    expect(viProblems(bad)).toEqual({});
    expect(viRequestOf(bad)).not.toBeNull();
    expect(viRequestOf(bad)!.rho).toBe(0.8);
    expect(viProblems({ ...bad, target: 'gaussian' }).rho).toMatch(/correlation/);
    expect(viRequestOf({ ...bad, target: 'gaussian' })).toBeNull();
    expect(viRequestOf({ ...viView.defaults, iterations: 99 })).toBeNull();
  });
});
