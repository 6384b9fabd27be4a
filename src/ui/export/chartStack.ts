import { serializeSvg } from './svgExport';

/**
 * A chart drawn as a stack of svg layers of one size (a page marks their common box `data-chart-stack`): the
 * regression plot paints its axes, its fit, its points and the dragged point in four svgs, so that a drag
 * repaints only what moved. Saved one by one, the lecturer got four partial files (the axes alone, the curve
 * alone, the points alone, an empty one). Saved as one, the chart is what the screen shows.
 */
export const CHART_STACK = '[data-chart-stack]';

/** The layers of `svg`'s chart in painting order (document order): the svg.chart siblings of its stack, or itself. */
export function chartLayers(svg: SVGSVGElement): SVGSVGElement[] {
  const stack = svg.parentElement?.matches(CHART_STACK) ? svg.parentElement : null;
  if (!stack) return [svg];
  return [...stack.children].filter(
    (el): el is SVGSVGElement => el instanceof SVGSVGElement && el.classList.contains('chart'),
  );
}

/**
 * One self-contained SVG of the chart `svg` belongs to: each layer serialized with its computed styles
 * (serializeSvg), the first with the background, the others' content appended above it in order, each in a
 * group of its own. The document takes its title from the layer that has a label.
 */
export function serializeChart(svg: SVGSVGElement): string {
  const layers = chartLayers(svg);
  const overlays = canvasOverlays(svg);
  if (layers.length === 1 && overlays.length === 0) return serializeSvg(svg);
  const parser = new DOMParser();
  const docs = layers.map(
    (layer, i) =>
      parser.parseFromString(serializeSvg(layer, i === 0 ? {} : { background: null }), 'image/svg+xml')
        .documentElement,
  );
  const [root, ...rest] = docs;
  // The ids of clip paths are unique within the page, so the layers' definitions do not collide.
  for (const doc of rest)
    for (const child of [...doc.childNodes]) {
      if (child.nodeName === 'title') continue;
      root.appendChild(root.ownerDocument.importNode(child, true));
    }
  for (const canvas of overlays) embedCanvas(root, canvas, layers[0]);
  const label = layers.map((l) => l.getAttribute('aria-label')).find((l) => !!l);
  if (label && !root.querySelector(':scope > title')) {
    const title = root.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = label;
    root.insertBefore(title, root.firstChild);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The canvases a chart paints its data on, beside its svg (the MCMC trace's line: thousands of steps drawn as
 * pixels, under the svg's axes): the aria-hidden canvas siblings of the chart's svg or its stack.
 */
export function canvasOverlays(svg: SVGSVGElement): HTMLCanvasElement[] {
  const box = svg.parentElement;
  if (!box) return [];
  const parent = box.matches(CHART_STACK) ? (box.parentElement ?? box) : box;
  return [...box.children, ...(parent === box ? [] : [...parent.children])].filter(
    (el): el is HTMLCanvasElement =>
      el instanceof HTMLCanvasElement && el.getAttribute('aria-hidden') === 'true',
  );
}

/**
 * A canvas as an <image> in the exported svg, where it sits over the chart (in the svg's own units, also on a
 * scaled stage), under the axes when it comes before the svg in the page and over them when after. A canvas
 * that cannot be read (a lost context) is left out rather than failing the export.
 */
function embedCanvas(root: Element, canvas: HTMLCanvasElement, svg: SVGSVGElement): void {
  let href: string;
  try {
    href = canvas.toDataURL('image/png');
  } catch {
    return;
  }
  if (!href.startsWith('data:image/png')) return;
  const s = svg.getBoundingClientRect();
  const c = canvas.getBoundingClientRect();
  const sx = s.width > 0 ? s.width / (Number(root.getAttribute('width')) || s.width) : 1;
  const sy = s.height > 0 ? s.height / (Number(root.getAttribute('height')) || s.height) : 1;
  const image = root.ownerDocument.createElementNS(SVG_NS, 'image');
  image.setAttribute('x', String((c.left - s.left) / sx));
  image.setAttribute('y', String((c.top - s.top) / sy));
  image.setAttribute('width', String(c.width / sx));
  image.setAttribute('height', String(c.height / sy));
  image.setAttribute('preserveAspectRatio', 'none');
  image.setAttribute('href', href);
  // Painting order: a canvas before the svg in the page is under the chart, just above its background.
  if (canvas.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING) {
    const background = root.querySelector(':scope > rect[width="100%"]');
    root.insertBefore(image, background ? background.nextSibling : root.firstChild);
  } else root.appendChild(image);
}
