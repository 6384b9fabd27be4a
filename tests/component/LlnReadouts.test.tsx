// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { LlnRun, makeDistribution } from '../../src/core';
import { llnExplanation } from '../../src/pages/Probability/lln/explain';
import { LlnReadouts } from '../../src/pages/Probability/lln/LlnReadouts';

function snapshot(dist: 'normal' | 'cauchy', params: Record<string, number>) {
  const run = new LlnRun({ dist, params, n: 5000, runs: 3, seed: 4 });
  while (!run.done) run.step();
  return run.snapshot();
}

describe('<LlnReadouts>', () => {
  it('"running mean" is run 1’s final running mean at full precision', () => {
    const s = snapshot('normal', { mean: 2, sd: 1 });
    const d = makeDistribution('normal', { mean: 2, sd: 1 });
    render(<LlnReadouts snapshot={s} dist={d} status="finite" stale={false} />);
    const out = screen.getByLabelText('running mean', { selector: 'output' });
    expect(Number(out.getAttribute('data-value'))).toBe(s.means[s.grid.length - 1]);
    expect(screen.getByLabelText('standard error', { selector: 'output' }).getAttribute('data-value')).toBe(
      String(Math.sqrt(1 / 5000)),
    );
  });

  it('Cauchy: no true mean and no standard error, shown as — rather than NaN; the sentence says why', () => {
    const s = snapshot('cauchy', { x0: 0, gamma: 1 });
    const d = makeDistribution('cauchy', { x0: 0, gamma: 1 });
    render(<LlnReadouts snapshot={s} dist={d} status="noMean" stale={false} />);
    expect(screen.getByLabelText('true mean', { selector: 'output' })).toHaveTextContent('—');
    expect(screen.getByLabelText('standard error', { selector: 'output' })).toHaveTextContent('—');
    expect(document.body.textContent).not.toMatch(/NaN/);
    expect(llnExplanation('noMean', 'Cauchy')).toMatch(/no mean/);
  });

  it('a stale result shows no numbers for the simulation', () => {
    const s = snapshot('normal', { mean: 0, sd: 1 });
    render(
      <LlnReadouts
        snapshot={s}
        dist={makeDistribution('normal', { mean: 0, sd: 1 })}
        status="finite"
        stale
      />,
    );
    expect(screen.getByLabelText('running mean', { selector: 'output' }).getAttribute('data-value')).toBe('');
  });
});
