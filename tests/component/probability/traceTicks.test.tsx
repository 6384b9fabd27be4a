// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { TraceDecimator } from '../../../src/core';
import { stepText, TraceChart } from '../../../src/pages/Probability/mcmc/TraceChart';

describe('<TraceChart> step axis', () => {
  it('writes steps in SI form, so the last tick fits the 16 px beside the plot on a projector ("2k", not "2,000")', () => {
    const values = new Float64Array(2000).map((_, i) => Math.sin(i / 30));
    const trace = new TraceDecimator(2000);
    trace.add(values, 0, 2000);
    const { container } = render(
      <TraceChart
        label="x"
        trace={trace.snapshot()}
        values={values}
        count={2000}
        total={2000}
        lo={-1}
        hi={1}
        width={400}
      />,
    );
    const xTicks = [...container.querySelectorAll('g.axis')][0].querySelectorAll('.tick text');
    const texts = [...xTicks].map((t) => t.textContent);
    expect(texts[0]).toBe('0');
    expect(texts[texts.length - 1]).toBe('2k');
    expect(texts.every((t) => !t?.includes(','))).toBe(true);
  });

  it('stepText: below a thousand as it is, above in SI form', () => {
    expect([0, 500, 1000, 1500, 20_000, 1_000_000].map(stepText)).toEqual([
      '0',
      '500',
      '1k',
      '1.5k',
      '20k',
      '1M',
    ]);
  });
});
