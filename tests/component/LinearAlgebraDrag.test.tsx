// @vitest-environment jsdom
// Dragging on the Norms and Vectors plots (one shared hook, planeDrag.ts): a press on the Norms plot puts
// the point there; on the Vectors plot a press near a tip picks it up without moving it, a drag moves it,
// a press far from both tips does nothing. The plots are 400 × 400 in the test (getBoundingClientRect).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LinearAlgebraPage from '../../src/pages/LinearAlgebra';
import { resetWebglCheck } from '../../src/ui/webgl/support';
import { useLinalgStore } from '../../src/stores/linalg/store';
import { NORM_EXTENT, VEC_EXTENT } from '../../src/stores/linalg/view';

const rect = { left: 0, top: 0, width: 400, height: 400, right: 400, bottom: 400, x: 0, y: 0 } as DOMRect;
/** Client coordinates of the world point (x, y) on a plot of half-width `world`. */
const at = (world: number, x: number, y: number) => ({
  clientX: ((x + world) / (2 * world)) * 400,
  clientY: ((world - y) / (2 * world)) * 400,
  pointerId: 1,
});

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(SVGElement.prototype, 'getBoundingClientRect').mockReturnValue(rect);
  resetWebglCheck();
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
  window.history.replaceState(null, '', '/#/linear-algebra');
});
afterEach(() => vi.restoreAllMocks());

describe('linear algebra: dragging points on the plane', () => {
  it('Norms: press and drag move the point x', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Norms' }));
    const plot = screen.getByRole('group', { name: /Unit balls of the 1-, 2- and ∞-norms/ });
    const world = NORM_EXTENT * 1.1;
    fireEvent.pointerDown(plot, at(world, 1, 0.5));
    expect(useLinalgStore.getState().view.pt).toEqual([1, 0.5]);
    fireEvent.pointerMove(plot, at(world, -0.25, 1.5));
    expect(useLinalgStore.getState().view.pt).toEqual([-0.25, 1.5]);
    fireEvent.pointerUp(plot, at(world, -0.25, 1.5));
    fireEvent.pointerMove(plot, at(world, 0.5, 0.5));
    expect(useLinalgStore.getState().view.pt).toEqual([-0.25, 1.5]);
  });

  it('Vectors: a press near u picks it up without moving it; a drag moves it; far from both tips nothing moves', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Vectors' }));
    const world = VEC_EXTENT * 1.1;
    const { vu, vv } = useLinalgStore.getState().view;
    const plot = screen.getByRole('group', { name: /^u = \(/ });
    fireEvent.pointerDown(plot, at(world, vu[0] + 0.2, vu[1]));
    expect(useLinalgStore.getState().view.vu).toEqual(vu);
    fireEvent.pointerMove(plot, at(world, 2, -1));
    expect(useLinalgStore.getState().view.vu).toEqual([2, -1]);
    expect(useLinalgStore.getState().view.vv).toEqual(vv);
    fireEvent.pointerUp(plot, at(world, 2, -1));
    // Far from both tips (u now at (2, −1)).
    const far: [number, number] = [-3, -3];
    fireEvent.pointerDown(plot, at(world, ...far));
    fireEvent.pointerMove(plot, at(world, -3.5, -3.5));
    expect(useLinalgStore.getState().view.vu).toEqual([2, -1]);
    expect(useLinalgStore.getState().view.vv).toEqual(vv);
  });
});
