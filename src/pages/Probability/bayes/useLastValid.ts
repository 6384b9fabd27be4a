import { useState } from 'react';

/**
 * The latest value for which `valid` held: what the charts draw while a field holds an invalid value, so
 * the picture never disappears or shows NaN while the user types. A tab opened while its store already holds
 * an invalid value (typed, then the tab left and reopened) starts from `fallback`.
 */
export function useLastValid<T>(value: T, valid: boolean, same: (a: T, b: T) => boolean, fallback: T): T {
  const [last, setLast] = useState(valid ? value : fallback);
  if (valid && !same(last, value)) {
    setLast(value);
    return value;
  }
  return last;
}

export const sameNumbers = <T extends object>(a: T, b: T): boolean =>
  Object.keys(a).every((k) => Object.is(a[k as keyof T], b[k as keyof T]));
