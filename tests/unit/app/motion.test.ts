// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { frameDue, REDUCED_MOTION_STEP_MS, usePrefersReducedMotion } from '../../../src/ui/motion';

function fakeMatchMedia(initial: boolean) {
  const listeners = new Set<() => void>();
  const mq = {
    matches: initial,
    media: '(prefers-reduced-motion: reduce)',
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  vi.stubGlobal('matchMedia', (q: string) => {
    expect(q).toBe('(prefers-reduced-motion: reduce)');
    return mq;
  });
  return {
    set(v: boolean) {
      mq.matches = v;
      listeners.forEach((l) => l());
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('usePrefersReducedMotion', () => {
  it('usePrefersReducedMotion() follows the media query as it changes', () => {
    const media = fakeMatchMedia(false);
    const { result } = renderHook(() => usePrefersReducedMotion());
    expect(result.current).toBe(false);
    act(() => media.set(true));
    expect(result.current).toBe(true);
  });
  it('usePrefersReducedMotion() is false where matchMedia does not exist', () => {
    vi.stubGlobal('matchMedia', undefined);
    const { result } = renderHook(() => usePrefersReducedMotion());
    expect(result.current).toBe(false);
  });
});

describe('frameDue', () => {
  it('paces loops by their own gap normally and by REDUCED_MOTION_STEP_MS under reduced motion', () => {
    const media = fakeMatchMedia(false);
    expect(frameDue(1000, null, 30)).toBe(true);
    expect(frameDue(1020, 1000, 30)).toBe(false);
    expect(frameDue(1031, 1000, 30)).toBe(true);
    media.set(true);
    expect(frameDue(1031, 1000, 30)).toBe(false);
    expect(frameDue(1000 + REDUCED_MOTION_STEP_MS, 1000, 30)).toBe(true);
    expect(frameDue(5, null)).toBe(true);
  });
});
