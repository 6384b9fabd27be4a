import { backgroundOf } from './download';

/** The presentation properties a vector editor needs; their computed values replace the page's CSS classes. */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Pointer helpers that only mean something on the live page. Pages can mark more with `data-export-skip`. */
const SKIP = '[data-export-skip], .hover-catcher, .hover-line, .tooltip';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/**
 * A self-contained SVG document of a chart as it looks now: every element carries its computed styles
 * inline (so CSS variables, themes and projector mode are resolved and no stylesheet is needed), the root has
 * its namespaces, width, height and viewBox, a background rectangle, and a <title> from its aria-label.
 * Fonts are named as the page resolves them (system font stacks); no font file is embedded.
 */
export function serializeSvg(svg: SVGSVGElement, options: { background?: string | null } = {}): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  // Same tree, same document order: styles are read from the live element and written on its copy.
  originals.forEach((el, i) => {
    const copy = copies[i];
    const cs = getComputedStyle(el);
    if (cs.display === 'none') {
      copy.setAttribute('display', 'none');
      return;
    }
    const style = INLINED_PROPERTIES.map((p) => [p, cs.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    if (style) copy.setAttribute('style', style);
  });
  clone.querySelectorAll(SKIP).forEach((el) => el.remove());

  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || Math.round(box.width) || 600;
  const height = Number(svg.getAttribute('height')) || Math.round(box.height) || 400;
  // Namespace declarations as such (a plain `xmlns` attribute would be written twice by the serializer).
  clone.setAttributeNS(XMLNS, 'xmlns', SVG_NS);
  clone.setAttributeNS(XMLNS, 'xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('version', '1.1');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('class');

  const label = svg.getAttribute('aria-label');
  const background = options.background === undefined ? backgroundOf(svg) : options.background;
  const first = clone.firstChild;
  if (background) {
    const rect = clone.ownerDocument.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    clone.insertBefore(rect, first);
  }
  if (label) {
    const title = clone.ownerDocument.createElementNS(SVG_NS, 'title');
    title.textContent = label;
    clone.insertBefore(title, clone.firstChild);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}
