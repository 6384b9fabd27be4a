import type { KeyboardEvent } from 'react';

/** Shift+arrow moves a slider or spinbutton this many steps (a plain arrow moves one). */
export const SHIFT_STEPS = 10;

const DIRECTION: Record<string, number> = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1 };

/**
 * The value `steps` steps of `step` from `value`, clamped to [min, max] and rounded to 12 significant
 * digits (so 0.1 + 0.2 reads 0.3).
 */
export function stepValue(
  value: number,
  step: number,
  steps: number,
  min = -Infinity,
  max = Infinity,
): number {
  return Math.min(max, Math.max(min, Number((value + steps * step).toPrecision(12))));
}

/**
 * A keydown handler for `<input type="range">`: Shift+arrow moves ten steps and reports the value
 * through `onValue` (the browser handles the plain arrows, Home, End, PageUp and PageDown itself).
 * Reads value, step, min and max from the input, so it fits any slider.
 */
export function onShiftArrow(onValue: (v: number) => void) {
  return (e: KeyboardEvent<HTMLInputElement>): void => {
    const direction = DIRECTION[e.key];
    if (!e.shiftKey || direction === undefined) return;
    e.preventDefault();
    const el = e.currentTarget;
    const step = Number(el.step) || 1;
    const min = el.min === '' ? 0 : Number(el.min);
    const max = el.max === '' ? 100 : Number(el.max);
    const next = stepValue(Number(el.value), step, direction * SHIFT_STEPS, min, max);
    if (next !== Number(el.value)) onValue(next);
  };
}
