import { useEffect, useState } from 'react';

/**
 * The value of a hex colour CSS variable on the root element as `#rrggbb`, or `fallback` when unset or
 * not a hex colour. `#rgb` is expanded: the CSS minifier writes #000000 as #000.
 */
export function cssHex(style: CSSStyleDeclaration | null, name: string, fallback: string): string {
  const v = style?.getPropertyValue(name).trim() ?? '';
  if (/^#[0-9a-f]{6}$/i.test(v)) return v;
  if (/^#[0-9a-f]{3}$/i.test(v)) return `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}`;
  return fallback;
}

/** The root element's computed style, or null where CSS is not available (tests). */
export const rootStyle = (): CSSStyleDeclaration | null =>
  typeof getComputedStyle === 'undefined' ? null : getComputedStyle(document.documentElement);

/**
 * Colours a 3D scene reads from CSS variables (`read`, a stable module-level function), re-read when
 * the theme or projector attribute or the system colour scheme changes, so the scene follows light/dark
 * themes and projector mode's palette.
 */
export function useThemeColors<T>(read: () => T): T {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const refresh = () => setColors(read());
    const observer = new MutationObserver(refresh);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'data-projector'],
    });
    const media =
      typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener('change', refresh);
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', refresh);
    };
  }, [read]);
  return colors;
}
