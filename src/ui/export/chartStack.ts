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
  if (layers.length === 1) return serializeSvg(svg);
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
  const label = layers.map((l) => l.getAttribute('aria-label')).find((l) => !!l);
  if (label && !root.querySelector(':scope > title')) {
    const title = root.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = label;
    root.insertBefore(title, root.firstChild);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root);
}
