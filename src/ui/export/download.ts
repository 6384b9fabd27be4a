/**
 * Saves a blob as a file through a temporary <a download> and an object URL. The URL is revoked a little
 * later, not at once: some browsers start reading it only after the click handler has returned.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name stem from a chart's label: "Density of Normal(0, 1)" → "density-of-normal-0-1". */
export function fileStem(label: string, fallback = 'chart'): string {
  const stem = label
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || fallback;
}

/** A target given as a ref or as a getter (the element may mount after the button). */
export type ElementSource<T extends Element> = { current: T | null } | (() => T | null);

export function resolve<T extends Element>(source: ElementSource<T>): T | null {
  return typeof source === 'function' ? source() : source.current;
}

/** The first opaque background colour at or above `el` (charts are often transparent over a panel). */
export function backgroundOf(el: Element, fallback = '#ffffff'): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return fallback;
}
