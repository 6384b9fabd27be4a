/**
 * The animation clock. Playing moves t sixty times a second; those values live here, in a mutable
 * object read by the scene's frame loop, and never pass through the store or React state. The store
 * only hears when an animation starts and where it ends.
 */
import { useEffect, type RefObject } from 'react';
import { useLinalgStore } from '../../stores/linalg/store';
import type { LinalgMode } from '../../stores/linalg/view';
import { frameDue, prefersReducedMotion } from '../../ui/motion';

export const clock = { t: 1 };

/** Seconds for a full 0 → 1 run, per view (the SVD and composition views have several steps). */
const DURATION: Record<LinalgMode, number> = {
  transform: 2.5,
  compose: 4,
  svd: 4.5,
  basis: 2.5,
  pca: 2.5,
  norms: 1,
  vectors: 1,
  cholesky: 1,
  projection: 1,
  gramschmidt: 1,
  jacobian: 1,
  maps: 1,
  lowrank: 1,
};

/** The time the scene should show now: the running clock while playing, else the settled view.t. */
export function currentT(): number {
  const s = useLinalgStore.getState();
  return s.playing ? clock.t : s.view.t;
}

/** Ease in and out: slow start and end, so a morph reads as one movement. */
export const ease = (x: number): number => (x < 0.5 ? 2 * x * x : 1 - 2 * (1 - x) * (1 - x));

/**
 * Runs the clock while the store says an animation is playing, and mirrors t into the time slider
 * and its readout by direct DOM writes (no React render per frame). Under prefers-reduced-motion t
 * moves in even steps about half a second apart (no easing) over the same duration.
 */
export function usePlayLoop(
  slider: RefObject<HTMLInputElement | null>,
  readout: RefObject<HTMLElement | null>,
): void {
  const playing = useLinalgStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    const { from, to } = playing;
    const mode = useLinalgStore.getState().view.mode;
    const seconds = Math.max(0.3, DURATION[mode] * Math.abs(to - from));
    let start: number | null = null;
    let shown: number | null = null;
    let raf = 0;
    clock.t = from;
    const tick = (now: number) => {
      start ??= now;
      const x = Math.min(1, (now - start) / (seconds * 1000));
      if (x < 1 && !frameDue(now, shown)) {
        raf = requestAnimationFrame(tick);
        return;
      }
      shown = now;
      clock.t = from + (to - from) * (prefersReducedMotion() ? x : ease(x));
      if (slider.current) slider.current.value = String(clock.t);
      if (readout.current) readout.current.textContent = clock.t.toFixed(2);
      if (x < 1) raf = requestAnimationFrame(tick);
      else useLinalgStore.getState().stopPlay(to);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, slider, readout]);
}
