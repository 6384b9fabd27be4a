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
