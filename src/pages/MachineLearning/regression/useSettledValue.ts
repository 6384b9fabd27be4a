import { useEffect, useState } from 'react';

/** Whether a mouse button, finger or pen is down anywhere on the page (a drag may be under way). */
let held = 0;
if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => (held = 1), true);
  const up = () => (held = 0);
  window.addEventListener('pointerup', up, true);
  window.addEventListener('pointercancel', up, true);
  window.addEventListener('blur', up);
}

/**
 * `value`, held back while a pointer is down: a view that re-renders KaTeX (each formula a forced layout of
 * the page) follows a drag (of a point or a slider) when it ends, checked every `ms`, not on every move.
 * Changes with no pointer held (keys, typed numbers, the address) land at once, one render later.
 */
export function useSettledValue<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  const shown = held ? settled : value;
  // Adjusting state while rendering (React's pattern for state derived from props): no extra commit.
  if (!Object.is(shown, settled)) setSettled(shown);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const id = window.setInterval(() => {
      if (!held) setSettled(value);
    }, ms);
    return () => window.clearInterval(id);
  }, [value, settled, ms]);
  return shown;
}
