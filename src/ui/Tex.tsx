import { useLayoutEffect, useRef } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import './tex.css';

const OPTIONS = {
  throwOnError: false,
  trust: false,
  strict: 'ignore',
  maxSize: 20,
  maxExpand: 500,
  output: 'htmlAndMathml',
} as const;

/**
 * Splits TeX at top-level `\qquad` (outside braces and \left…\right), the separator the app puts between
 * independent statements (`λ₁ = …, u₁ = …  \qquad  λ₂ = …, u₂ = …`). Each part is rendered on its own, so a
 * narrow line breaks between statements, never inside one.
 */
export function splitStatements(tex: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\') {
      if (tex.startsWith('\\left', i) && !/[a-zA-Z]/.test(tex[i + 5] ?? '')) depth++;
      else if (tex.startsWith('\\right', i) && !/[a-zA-Z]/.test(tex[i + 6] ?? '')) depth--;
      else if (depth === 0 && tex.startsWith('\\qquad', i) && !/[a-zA-Z]/.test(tex[i + 6] ?? '')) {
        parts.push(tex.slice(start, i));
        start = i + 6;
        i += 5;
        continue;
      }
      i++; // the escaped character (\{ \} \\) never changes depth
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
  }
  parts.push(tex.slice(start));
  const kept = parts.map((p) => p.trim()).filter((p) => p !== '');
  return kept.length > 0 ? kept : [tex];
}

/**
 * The one place formulas are rendered. KaTeX runs with `trust: false` and bounded size and macro
 * expansion; TeX that fails to parse shows as a readable error instead of throwing.
 *
 * Long formulas on a narrow screen: an inline formula wraps after its top-level operators (KaTeX) and between
 * `\qquad`-separated statements (each statement kept whole when it fits); a display formula, which cannot
 * wrap, scrolls sideways inside its own box with a visible cue (a fading edge on the side with more, a thin
 * scrollbar) and can be focused and scrolled with the arrow keys.
 */
export function Tex({ tex, display = false, label }: { tex: string; display?: boolean; label?: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (display) {
      katex.render(tex, el, { ...OPTIONS, displayMode: true });
    } else {
      const parts = splitStatements(tex);
      if (parts.length === 1) katex.render(tex, el, { ...OPTIONS, displayMode: false });
      else {
        el.replaceChildren(
          ...parts.flatMap((part, i) => {
            const span = document.createElement('span');
            span.className = 'tex-statement';
            katex.render(part, span, { ...OPTIONS, displayMode: false });
            return i === 0 ? [span] : [document.createTextNode(' '), span];
          }),
        );
      }
    }
  }, [tex, display]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !display) return;
    const check = () => {
      // A fading edge only where a formula is really cut: a tall bracket's glyph sticks out of KaTeX's box
      // by a pixel or two, and the 3em fade then greyed the last column of a narrow matrix (Xᵀy, 186 px wide,
      // scrolled by 2 px). Up to 4 px lost is at most a glyph's edge.
      const over = el.scrollWidth > el.clientWidth + 4;
      el.toggleAttribute('data-overflow', over);
      el.toggleAttribute('data-start', el.scrollLeft <= 1);
      el.toggleAttribute('data-end', el.scrollLeft + el.clientWidth >= el.scrollWidth - 1);
      // A box that scrolls must be reachable by keyboard (arrow keys scroll it once focused): by even one
      // pixel, as assistive checkers count it (a rounded glyph edge in projector mode did), though so small
      // a scroll needs no fading edge.
      if (el.scrollWidth > el.clientWidth) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    };
    check();
    // A resize is answered in the next frame, not inside the observer's callback: the attributes set by
    // `check` may change the box's size, which inside the callback is a resize loop that browsers report
    // as an error ("ResizeObserver loop completed with undelivered notifications", seen in WebKit).
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(check);
    };
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(later) : null;
    observer?.observe(el);
    el.addEventListener('scroll', check, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      el.removeEventListener('scroll', check);
    };
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
