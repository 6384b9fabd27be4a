// @vitest-environment jsdom
// ChartFrame on a domain d3 cannot tick: σ = 1e-320 on the Distributions tab gave an x domain of ±3e-320,
// and d3's ticks() threw "Invalid array length" inside the chart, which took the whole page down.
import { render } from '@testing-library/react';
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { canTick } from '../../src/ui/axisTicks';
import { ChartFrame } from '../../src/ui/ChartFrame';

const frame = (x: [number, number], y: [number, number]) => (
  <ChartFrame
    width={400}
    height={200}
    x={scaleLinear().domain(x).range([0, 328])}
    y={scaleLinear().domain(y).range([148, 0])}
    xLabel="x"
    yLabel="density"
    title="density"
  >
    <g />
  </ChartFrame>
);

describe('ChartFrame axes on degenerate domains', () => {
  it('an x domain of ±3e-320 draws the chart with a bare x axis instead of throwing', () => {
    const { container } = render(frame([-3.0904e-320, 3.0904e-320], [0, 1]));
    const axes = container.querySelectorAll('g.axis');
    expect(axes).toHaveLength(2);
    expect(axes[0].querySelectorAll('.tick')).toHaveLength(0);
    expect(axes[1].querySelectorAll('.tick').length).toBeGreaterThan(2);
  });

  it('a y domain of [0, 1e-310] and an infinite one draw bare y axes', () => {
    for (const y of [
      [0, 1e-310],
      [0, Infinity],
    ] as [number, number][]) {
      const { container, unmount } = render(frame([0, 1], y));
      const axes = container.querySelectorAll('g.axis');
      expect(axes[0].querySelectorAll('.tick').length).toBeGreaterThan(2);
      expect(axes[1].querySelectorAll('.tick')).toHaveLength(0);
      unmount();
    }
  });

  it('canTick: ordinary, single-point and tiny-but-representable domains tick; subnormal spans do not', () => {
    const s = (a: number, b: number) => scaleLinear().domain([a, b]);
    expect(canTick(s(0, 1), 5)).toBe(true);
    expect(canTick(s(2, 2), 5)).toBe(true);
    expect(canTick(s(0, 1e-290), 5)).toBe(true);
    expect(s(0, 1e-290).ticks(5).length).toBeGreaterThan(1);
    expect(canTick(s(-3e-320, 3e-320), 5)).toBe(false);
    expect(() => s(-3e-320, 3e-320).ticks(5)).toThrow();
    expect(canTick(s(0, NaN), 5)).toBe(false);
  });
});
