import { scaleLog } from 'd3';
import { describe, expect, it } from 'vitest';
import { logTickText } from '../../../src/ui/powerTicks';

describe('logTickText (log axis ticks as 10ⁿ)', () => {
  it('writes decades as 1, 10, 100 and 10ⁿ, never 1e+0', () => {
    expect(logTickText(1, 'x')).toBe('1');
    expect(logTickText(100, 'x')).toBe('100');
    expect(logTickText(0.1, 'x')).toBe('10⁻¹');
    expect(logTickText(1e-4, 'x')).toBe('10⁻⁴');
    expect(logTickText(1e5, 'x')).toBe('10⁵');
    // 10^-3 in floating point is 0.0010000000000000002: still the decade.
    expect(logTickText(10 ** -3, 'x')).toBe('10⁻³');
  });

  it('writes the other labelled ticks of a short axis as numbers, not as a wrong power', () => {
    expect(logTickText(0.5, 'x')).toBe('0.5');
    expect(logTickText(0.002, 'x')).toBe('0.002');
    expect(logTickText(3000, 'x')).toBe('3000');
    expect(logTickText(2e-5, 'x')).toBe('2·10⁻⁵');
    expect(logTickText(5e6, 'x')).toBe('5·10⁶');
  });

  it('leaves unlabelled what d3 leaves unlabelled', () => {
    expect(logTickText(0.3, '')).toBe('');
    expect(logTickText(0, '3')).toBe('');
  });

  it('on a real d3 log axis over four decades labels just the decades', () => {
    const y = scaleLog().domain([1e-4, 1]);
    const d3Text = y.tickFormat(5);
    const labels = y
      .ticks(5)
      .map((v) => logTickText(v, d3Text(v)))
      .filter((t) => t !== '');
    expect(labels).toEqual(['10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '1']);
  });
});
