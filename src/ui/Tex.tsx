import { useLayoutEffect, useRef } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * The one place formulas are rendered. KaTeX runs with `trust: false` and bounded size and macro
 * expansion; TeX that fails to parse shows as a readable error instead of throwing.
 */
export function Tex({ tex, display = false, label }: { tex: string; display?: boolean; label?: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    katex.render(tex, ref.current, {
      displayMode: display,
      throwOnError: false,
      trust: false,
      strict: 'ignore',
      maxSize: 20,
      maxExpand: 500,
      output: 'htmlAndMathml',
    });
  }, [tex, display]);
  // KaTeX writes MathML for screen readers; a label, when given, names the formula as an image instead.
  return (
    <span
      ref={ref}
      className={display ? 'tex tex-display' : 'tex'}
      role={label ? 'img' : undefined}
      aria-label={label}
    />
  );
}
