// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createElement as h } from 'react';
import { fireEvent, render, within } from '@testing-library/react';
import { createOrbit } from '../../../src/ui/webgl/orbit';
import { OrbitButtons, orbitKeyHandler, orbitShortcuts } from '../../../src/ui/webgl/OrbitButtons';

const home = { azimuth: 1, elevation: 0.5, zoom: 1 };
const limits = { elevation: [-1, 1], zoom: [0.5, 4] } as const;

describe('OrbitButtons', () => {
  it('names the group, and each button moves the orbit: rotate 0.25 rad, tilt 0.15 rad, zoom ×1.25, reset', () => {
    const o = createOrbit(home, limits);
    const { getByRole } = render(h(OrbitButtons, { orbit: o, label: '3D view controls', className: 'x' }));
    const group = within(getByRole('group', { name: '3D view controls' }));
    const names = group.getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual([
      'Rotate left',
      'Rotate right',
      'Tilt up',
      'Tilt down',
      'Zoom in',
      'Zoom out',
      'Reset view',
    ]);
    fireEvent.click(group.getByRole('button', { name: 'Rotate left' }));
    expect(o.orbit.azimuth).toBeCloseTo(1.25, 12);
    fireEvent.click(group.getByRole('button', { name: 'Tilt down' }));
    expect(o.orbit.elevation).toBeCloseTo(0.35, 12);
    fireEvent.click(group.getByRole('button', { name: 'Zoom in' }));
    expect(o.orbit.zoom).toBeCloseTo(1.25, 12);
    fireEvent.click(group.getByRole('button', { name: 'Reset view' }));
    expect(o.orbit).toMatchObject(home);
  });

  it('a flat scene (a 2-D plane) offers only zoom and reset', () => {
    const o = createOrbit(home, limits);
    const { getAllByRole } = render(
      h(OrbitButtons, { orbit: o, label: 'View controls', className: 'x', buttonClass: '', flat: true }),
    );
    expect(getAllByRole('button').map((b) => b.textContent)).toEqual(['Zoom in', 'Zoom out', 'Reset view']);
    expect(getAllByRole('button')[0].hasAttribute('class')).toBe(false);
  });
});

describe('orbitKeyHandler', () => {
  function scene(flat = false) {
    const o = createOrbit(home, limits);
    const { getByRole } = render(
      h('div', {
        role: 'img',
        'aria-label': 'scene',
        tabIndex: 0,
        'aria-keyshortcuts': orbitShortcuts(flat),
        onKeyDown: orbitKeyHandler(o, flat),
      }),
    );
    return { o, node: getByRole('img', { name: 'scene' }) };
  }

  it('← turns, ↓ tilts, + zooms, 0 resets; the keys it uses are taken from the page (no scroll)', () => {
    const { o, node } = scene();
    expect(fireEvent.keyDown(node, { key: 'ArrowLeft' })).toBe(false);
    expect(o.orbit.azimuth).toBeCloseTo(1.15, 12);
    fireEvent.keyDown(node, { key: 'ArrowDown' });
    expect(o.orbit.elevation).toBeCloseTo(0.4, 12);
    fireEvent.keyDown(node, { key: '+' });
    expect(o.orbit.zoom).toBeCloseTo(1.15, 12);
    fireEvent.keyDown(node, { key: '0' });
    expect(o.orbit).toMatchObject(home);
    // Keys it does not use, and any key with Ctrl (the browser's zoom), pass through.
    expect(fireEvent.keyDown(node, { key: 'Tab' })).toBe(true);
    expect(fireEvent.keyDown(node, { key: '+', ctrlKey: true })).toBe(true);
    expect(o.orbit.zoom).toBe(1);
  });

  it('a flat scene leaves the arrows to the page and declares only + − 0', () => {
    const { o, node } = scene(true);
    expect(node.getAttribute('aria-keyshortcuts')).toBe('+ - 0');
    expect(fireEvent.keyDown(node, { key: 'ArrowLeft' })).toBe(true);
    expect(o.orbit.azimuth).toBe(1);
    fireEvent.keyDown(node, { key: '-' });
    expect(o.orbit.zoom).toBeCloseTo(1 / 1.15, 12);
  });
});
