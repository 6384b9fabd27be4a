import { useEffect, useRef, useState } from 'react';

/**
 * The layout width the stage gives a figure while it is on stage (the stage fit marks it `stage-figure` and
 * sets its width), or null off stage: a figure whose size the page computes (a square plot) follows it, so that
 * the stage can lay it out narrower and scale it up with its text. Returns the ref to put on the staged element.
 */
export function useStagedWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const read = () => {
      const staged = el.classList.contains('stage-figure') && el.style.width !== '';
      setWidth(staged ? Math.max(240, el.offsetWidth) : null);
    };
    const ro = new ResizeObserver(read);
    ro.observe(el);
    const mo = new MutationObserver(read);
    mo.observe(el, { attributes: true, attributeFilter: ['class', 'style'] });
    return () => {
      ro.disconnect();
      mo.disconnect();
    };
  }, []);
  return [ref, width];
}
