import { describe, expect, it } from 'vitest';
import { formatExact, parseDecimal } from '../../../src/core/numberText';

describe('parseDecimal(text)', () => {
  it.each([
    ['1.5', 1.5],
    ['-2', -2],
    ['1e-3', 0.001],
    ['.5', 0.5],
    [' 7 ', 7],
    ['0.1000000000000000055511151231257827', 0.1],
    ['1.2345678901234567', 1.2345678901234567],
  ])('parseDecimal(%j) = %d', (text, want) => expect(parseDecimal(text)).toBe(want));

  it.each([
    '',
    '   ',
    'abc',
    '0x10',
    'Infinity',
    'NaN',
    '1e309',
    '1,5',
    '--1',
    '1e',
    '<img src=x>',
    '${1}',
    'constructor',
  ])('parseDecimal(%j) = null', (text) => expect(parseDecimal(text)).toBeNull());
});

describe('formatExact(v)', () => {
  it('round-trips every double through parseDecimal', () => {
    for (const v of [0.1, 1 / 3, Math.PI, 1e-300, 123456789.12345679, -2.5e21])
      expect(parseDecimal(formatExact(v))).toBe(v);
  });
  it('writes -0 as 0', () => expect(formatExact(-0)).toBe('0'));
});
