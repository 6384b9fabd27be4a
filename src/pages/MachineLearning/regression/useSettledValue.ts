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
 * `value` once it has stayed the same for `ms` and no pointer is held: a view that re-renders KaTeX (each
 * formula a forced layout of the page) follows a drag when it pauses or ends, not on every move. The first
 * value is returned at once; a change arriving by keyboard or a control lands after `ms`.
 */
export function useSettledValue<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    let id = 0;
    const attempt = () => {
      if (held) id = window.setTimeout(attempt, ms);
      else setSettled(value);
    };
    id = window.setTimeout(attempt, ms);
    return () => window.clearTimeout(id);
  }, [value, settled, ms]);
  return settled;
}
