// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { serializeSvg } from '../../../src/ui/export/svgExport';

const NS = 'http://www.w3.org/2000/svg';

function chart(): SVGSVGElement {
  const style = document.createElement('style');
  style.textContent =
    '.line { stroke: rgb(0, 114, 178); stroke-width: 3px; fill: none; stroke-dasharray: 5 3; } text { font-size: 12px; }';
  document.head.appendChild(style);
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'chart');
  svg.setAttribute('width', '300');
  svg.setAttribute('height', '200');
  svg.setAttribute('aria-label', 'Density of Normal(0, 1)');
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('class', 'line');
  path.setAttribute('d', 'M0,0L10,10');
  const text = document.createElementNS(NS, 'text');
  text.textContent = 'x & y < 1';
  const tooltip = document.createElementNS(NS, 'g');
  tooltip.setAttribute('class', 'tooltip');
  svg.append(path, text, tooltip);
  document.body.appendChild(svg);
  return svg;
}

describe('serializeSvg', () => {
  const svg = chart();
  const text = serializeSvg(svg, { background: '#ffffff' });
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;

  it('serializeSvg(chart) is a parseable SVG document with namespace, size and viewBox', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(root.namespaceURI).toBe(NS);
    expect(root.getAttribute('width')).toBe('300');
    expect(root.getAttribute('height')).toBe('200');
    expect(root.getAttribute('viewBox')).toBe('0 0 300 200');
  });
  it('serializeSvg(chart) inlines the stylesheet rules of each element as a style attribute', () => {
    const style = root.querySelector('path')!.getAttribute('style') ?? '';
    expect(style).toContain('stroke:rgb(0, 114, 178)');
    expect(style).toContain('stroke-width:3px');
    expect(style).toMatch(/fill:(none|rgba\(0, 0, 0, 0\));/); // jsdom computes none as transparent
    expect(style).toContain('stroke-dasharray:5 3');
    expect(root.querySelector('text')!.getAttribute('style')).toContain('font-size:12px');
  });
  it('serializeSvg(chart) adds a background rect and a title, escapes text, drops pointer helpers', () => {
    const rect = root.querySelector('rect')!;
    expect(rect.getAttribute('fill')).toBe('#ffffff');
    expect(root.querySelector('title')!.textContent).toBe('Density of Normal(0, 1)');
    expect(root.querySelector('text')!.textContent).toBe('x & y < 1');
    expect(root.querySelector('.tooltip')).toBeNull();
  });
  it('serializeSvg leaves the live chart untouched', () => {
    expect(svg.querySelector('.tooltip')).not.toBeNull();
    expect(svg.querySelector('path')!.hasAttribute('style')).toBe(false);
    expect(svg.getAttribute('class')).toBe('chart');
  });
});
