import { useEffect } from 'react';
import { useCalculusStore } from '../../stores/calculus/store';
import { clock } from './clock';

/**
 * True when a key pressed here belongs to the focused element: text fields and spinbuttons (typing,
 * caret moves), selects, sliders, buttons and checkboxes (space and arrows act on them).
 */
export function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, button, [contenteditable=""], [contenteditable="true"]'))
    return true;
  const role = target.getAttribute('role');
  return role === 'textbox' || role === 'spinbutton' || role === 'slider' || role === 'button';
}

/** Page shortcuts: space play/pause, → / ← one step, Home back to step 0. Never inside a field. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target)) return;
      const s = useCalculusStore.getState();
      if (!s.race && e.key !== ' ') return;
      if (e.key === ' ') {
        if (s.playing) s.pause(clock.step);
        else s.play();
      } else if (e.key === 'ArrowRight') s.setStep(Math.floor(clock.step) + 1);
      else if (e.key === 'ArrowLeft') s.setStep(Math.ceil(clock.step) - 1);
      else if (e.key === 'Home') s.reset();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
