/**
 * The race's animation clock. While playing, the step position advances every frame; those values
 * live here, in a mutable object that the views read from their own frame callbacks, and never go
 * through the store or React state. The store hears only where playing starts and where it stops.
 */
import { useEffect } from 'react';
import { raceEnd, useCalculusStore } from '../../stores/calculus/store';
import { frameDue, prefersReducedMotion, REDUCED_MOTION_STEP_MS } from '../../ui/motion';

/** The step shown now (fractional while playing, so markers glide between iterates). */
export const clock = { step: 0 };

type Listener = (step: number) => void;
// An array, not a Set: iterating it every frame allocates nothing.
const listeners: Listener[] = [];

/** Calls `fn` whenever the shown step changes (every frame while playing). */
export function onClock(fn: Listener): () => void {
  listeners.push(fn);
  return () => {
    const i = listeners.indexOf(fn);
    if (i >= 0) listeners.splice(i, 1);
  };
}

export function setClock(step: number): void {
  clock.step = step;
  for (let i = 0; i < listeners.length; i++) listeners[i](step);
}

/** Least time between two animation updates (a 60 Hz display shows every other frame). */
const TICK_MS = 30;

/** Seconds a race takes at speed ×1: long races go faster, short ones can still be followed step by step. */
export const BASE_SECONDS = 8;
const MIN_STEPS_PER_SECOND = 4;

/** Steps per second of a run of `steps` steps at `speed`. */
export function stepsPerSecond(steps: number, speed: number): number {
  return Math.max(MIN_STEPS_PER_SECOND, steps / BASE_SECONDS) * speed;
}

/**
 * Keeps the clock in step with the store: it follows the settled step while paused and runs a
 * requestAnimationFrame loop while playing, pausing the store at the end of the race. Under
 * prefers-reduced-motion the race moves in whole steps about half a second apart, at the same pace.
 */
export function usePlayLoop(): void {
  const playing = useCalculusStore((s) => s.playing);
  const step = useCalculusStore((s) => s.view.step);
  const steps = useCalculusStore((s) => s.race?.request.steps ?? 0);
  const end = useCalculusStore((s) => raceEnd(s.race));

  useEffect(() => {
    if (!playing) setClock(step ?? steps);
  }, [playing, step, steps]);

  useEffect(() => {
    if (!playing) return;
    setClock(useCalculusStore.getState().view.step ?? 0);
    // Where the race is, fractional; the clock shows it (rounded down under reduced motion).
    let position = clock.step;
    let last: number | null = null;
    let raf = 0;
    const tick = (now: number) => {
      // About 30 updates a second are smooth to the eye and leave half the frames free of any
      // paint; on a slow machine that is the difference between a fluid page and a stuttering one.
      if (!frameDue(now, last, TICK_MS)) {
        raf = requestAnimationFrame(tick);
        return;
      }
      const reduced = prefersReducedMotion();
      // A long gap (background tab) must not jump the race forward by seconds at once.
      const gap = reduced ? (REDUCED_MOTION_STEP_MS * 1.2) / 1000 : 0.1;
      const dt = last === null ? 0 : Math.min(gap, (now - last) / 1000);
      last = now;
      const rate = stepsPerSecond(steps, useCalculusStore.getState().view.speed);
      position = Math.min(end, position + dt * rate);
      // Whole steps only: markers jump from iterate to iterate instead of gliding between them.
      const next = reduced && position < end ? Math.floor(position) : position;
      setClock(next);
      if (next >= end) useCalculusStore.getState().pause(end);
      else raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, steps, end]);
}
