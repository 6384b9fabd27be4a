// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { chartLayers, serializeChart } from '../../../src/ui/export/chartStack';

const NS = 'http://www.w3.org/2000/svg';

function layer(attrs: Record<string, string>, child: string, d: string): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg') as SVGSVGElement;
  svg.setAttribute('class', 'chart');
  svg.setAttribute('width', '640');
  svg.setAttribute('height', '422');
  for (const [k, v] of Object.entries(attrs)) svg.setAttribute(k, v);
  const el = document.createElementNS(NS, child);
  el.setAttribute('class', `layer-${d}`);
  if (child === 'path') el.setAttribute('d', d);
  else el.textContent = d;
  svg.appendChild(el);
  return svg;
}

/** The regression plot's stack: axes, fit, points (labelled, with instructions in a <title>), drag layer. */
function stack(): { back: SVGSVGElement; points: SVGSVGElement } {
  const box = document.createElement('div');
  box.setAttribute('data-chart-stack', '');
  const back = layer({ 'aria-hidden': 'true' }, 'text', 'axis-0.5');
  const fit = layer({ 'aria-hidden': 'true' }, 'path', 'M0,0L10,10');
  const points = layer({ role: 'group', 'aria-label': 'data and fit' }, 'path', 'M5,5L6,6');
  const title = document.createElementNS(NS, 'title');
  title.textContent = 'Click to add a point';
  points.insertBefore(title, points.firstChild);
  const drag = layer({ 'aria-hidden': 'true' }, 'path', 'M1,1');
  box.append(back, fit, points, drag);
  document.body.appendChild(box);
  return { back, points };
}

describe('a chart drawn in stacked svg layers is exported whole', () => {
  it('lists the layers of the stack in painting order, and a lone chart as itself', () => {
    const { back, points } = stack();
    expect(chartLayers(points).length).toBe(4);
    expect(chartLayers(points)[0]).toBe(back);
    const lone = layer({ 'aria-label': 'alone' }, 'path', 'M0,0');
    document.body.appendChild(lone);
    expect(chartLayers(lone)).toEqual([lone]);
  });

  it('one SVG holds the axes, the fit, the points and the drag layer, titled by the labelled layer', () => {
    const { points } = stack();
    const doc = new DOMParser().parseFromString(serializeChart(points), 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('640');
    expect(root.querySelector('title')?.textContent).toBe('data and fit');
    // The instructions for the live page are not part of the picture.
    expect(root.textContent).not.toContain('Click to add a point');
    expect(root.querySelector('.layer-axis-0\\.5')?.textContent).toBe('axis-0.5');
    const ds = [...root.querySelectorAll('path')].map((p) => p.getAttribute('d'));
    expect(ds).toEqual(['M0,0L10,10', 'M5,5L6,6', 'M1,1']);
    // One background, under everything.
    expect(root.querySelectorAll('rect').length).toBeLessThanOrEqual(1);
  });
});

describe('a chart that paints its data on a canvas beside its svg is exported with it', () => {
  it('the MCMC trace: the canvas line is an <image> at its place over the plot, above the axes', () => {
    const box = document.createElement('div');
    const svg = layer({ 'aria-label': 'Trace plot of x' }, 'text', 'axis');
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    const shown = document.createElement('canvas');
    box.append(svg, canvas, shown);
    document.body.appendChild(box);
    const rect = (left: number, top: number, width: number, height: number) =>
      ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;
    // On a stage scaled ×2: the svg (640 × 422) shows at 1280 × 844, the canvas at 40, 10 in the svg's units.
    svg.getBoundingClientRect = () => rect(100, 50, 1280, 844);
    canvas.getBoundingClientRect = () => rect(180, 70, 1000, 700);
    canvas.toDataURL = () => 'data:image/png;base64,iVBORw0KGgo=';
    shown.toDataURL = () => 'data:image/png;base64,AAAA';
    const doc = new DOMParser().parseFromString(serializeChart(svg), 'image/svg+xml');
    const images = doc.querySelectorAll('image');
    // Only the aria-hidden canvas is the chart's own drawing; a labelled canvas is a figure of its own.
    expect(images.length).toBe(1);
    const image = images[0];
    expect(image.getAttribute('href')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect([image.getAttribute('x'), image.getAttribute('y')]).toEqual(['40', '10']);
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['500', '350']);
    // After the svg in the page, so above the axes in the file.
    expect(doc.documentElement.lastElementChild).toBe(image);
    expect(doc.querySelector('title')?.textContent).toBe('Trace plot of x');
  });

  it('a canvas that cannot be read is left out and the rest of the chart is saved', () => {
    const box = document.createElement('div');
    const svg = layer({ 'aria-label': 'lost' }, 'path', 'M0,0');
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.toDataURL = () => {
      throw new Error('tainted');
    };
    box.append(svg, canvas);
    document.body.appendChild(box);
    const doc = new DOMParser().parseFromString(serializeChart(svg), 'image/svg+xml');
    expect(doc.querySelectorAll('image').length).toBe(0);
    expect(doc.querySelector('path')?.getAttribute('d')).toBe('M0,0');
  });
});
