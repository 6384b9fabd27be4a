import { describe, expect, it } from 'vitest';
import {
  cleanMatrix,
  cleanVector,
  cleanZero,
  MAX_ENTRY_MAGNITUDE,
  parseEntry,
  validateEntry,
} from '../../../../src/core/linalg/index';

describe('validateEntry(text | number)', () => {
  it.each(['1', '-2.5', '+3', '.5', '5.', '1e-3', '2.5E+4', '  7  ', '−4', '1e15', '-1e15', '0'])(
    'validateEntry(%j) = null',
    (t) => {
      expect(validateEntry(t)).toBeNull();
    },
  );

  it.each([
    ['', 'Enter a number.'],
    ['   ', 'Enter a number.'],
    ['abc', '"abc" is not a number.'],
    ['1,5', '"1,5" is not a number.'],
    ['0x10', '"0x10" is not a number.'],
    ['1e', '"1e" is not a number.'],
    ['NaN', '"NaN" is not a number.'],
    ['Infinity', 'Enter a finite number.'],
    ['-inf', 'Enter a finite number.'],
    ['1e400', 'Keep entries between -1e15 and 1e15.'],
    ['1e308', 'Keep entries between -1e15 and 1e15.'],
    ['2e15', 'Keep entries between -1e15 and 1e15.'],
  ])('validateEntry(%j) = %j', (t, message) => {
    expect(validateEntry(t)).toBe(message);
  });

  it('validateEntry(number) refuses NaN, ±Infinity, 1e308 and |x| > 1e15', () => {
    expect(MAX_ENTRY_MAGNITUDE).toBe(1e15);
    expect(validateEntry(NaN)).toBe('Not a number.');
    expect(validateEntry(Infinity)).toBe('Enter a finite number.');
    expect(validateEntry(-Infinity)).toBe('Enter a finite number.');
    expect(validateEntry(1e308)).toMatch(/between/);
    expect(validateEntry(-1.0000001e15)).toMatch(/between/);
    expect(validateEntry(1e15)).toBeNull();
    expect(validateEntry(5e-324)).toBeNull();
  });

  it('parseEntry returns the value of an accepted entry, null otherwise', () => {
    expect(parseEntry(' 2.5e1 ')).toBe(25);
    expect(parseEntry('−3')).toBe(-3);
    expect(Object.is(parseEntry('-0'), 0)).toBe(true);
    expect(parseEntry('x')).toBeNull();
    expect(parseEntry(Infinity)).toBeNull();
    expect(parseEntry(4)).toBe(4);
  });
});

describe('cleanZero(x, tol = 1e-10)', () => {
  it('cleanZero(−9.8e-16) = +0, cleanZero(−0) = +0, cleanZero(1e-9) = 1e-9', () => {
    expect(Object.is(cleanZero(-9.8e-16), 0)).toBe(true);
    expect(Object.is(cleanZero(-0), 0)).toBe(true);
    expect(Object.is(cleanZero(-0, 0), 0)).toBe(true);
    expect(cleanZero(1e-9)).toBe(1e-9);
    expect(cleanZero(-1e-10)).toBe(0);
    expect(cleanZero(0.5, 1)).toBe(0);
  });

  it('cleanZero passes NaN and ±Infinity through', () => {
    expect(cleanZero(NaN)).toBeNaN();
    expect(cleanZero(-Infinity)).toBe(-Infinity);
  });

  it('cleanVector and cleanMatrix clean every entry', () => {
    expect(cleanVector([1e-17, -2])).toEqual([0, -2]);
    expect(
      cleanMatrix([
        [-1e-12, 3],
        [4, 6.66e-16],
      ]),
    ).toEqual([
      [0, 3],
      [4, 0],
    ]);
  });
});
