import { describe, expect, it } from 'vitest';
import { twoFingerStep } from '../../../src/ui/webgl/gesture';
import { createOrbit, viewOffset } from '../../../src/ui/webgl/orbit';

const limits = { elevation: [-1.5, 1.5] as const, zoom: [0.1, 20] as const };

describe('two-finger gestures', () => {
  it('fingers moving apart zoom in by the ratio of their distances; the midpoint does not move', () => {
    const s = twoFingerStep(
      { x: 100, y: 100 },
      { x: 200, y: 100 },
      { x: 50, y: 100 },
      { x: 250, y: 100 },
      400,
      300,
    );
    expect(s.zoom).toBeCloseTo(2, 12);
    expect(s.panX).toBe(0);
    expect(s.panY).toBe(0);
  });

  it('fingers moving together pan by the midpoint move as a fraction of the view, without zoom', () => {
    const s = twoFingerStep(
      { x: 100, y: 100 },
      { x: 200, y: 100 },
      { x: 140, y: 130 },
      { x: 240, y: 130 },
      400,
      300,
    );
    expect(s.zoom).toBeCloseTo(1, 12);
    expect(s.panX).toBeCloseTo(40 / 400, 12);
    expect(s.panY).toBeCloseTo(30 / 300, 12);
  });

  it('one finger moving halves the pan (the midpoint moves half as far) and a degenerate span never zooms', () => {
    const s = twoFingerStep(
      { x: 100, y: 100 },
      { x: 200, y: 100 },
      { x: 100, y: 100 },
      { x: 200, y: 160 },
      400,
      300,
    );
    expect(s.panY).toBeCloseTo(30 / 300, 12);
    const same = twoFingerStep(
      { x: 10, y: 10 },
      { x: 11, y: 10 },
      { x: 10, y: 10 },
      { x: 90, y: 10 },
      400,
      300,
    );
    expect(same.zoom).toBe(1);
    expect(
      Number.isFinite(
        twoFingerStep({ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 0, y: 0 }, { x: 60, y: 0 }, 0, 0).panX,
      ),
    ).toBe(true);
  });
});

describe('orbit pan', () => {
  it('pans within ±0.45 of the view, asks for a frame, and Reset view clears it', () => {
    const o = createOrbit({ azimuth: 0, elevation: 0.5, zoom: 1 }, limits);
    let frames = 0;
    o.listenOrbit(() => frames++);
    expect(viewOffset(o.orbit, 400, 300)).toBeNull();
    o.panOrbit(0.1, -0.05);
    expect(frames).toBe(1);
    expect(viewOffset(o.orbit, 400, 300)).toEqual([400, 300, -40, 15, 400, 300]);
    o.panOrbit(5, 5);
    expect(o.orbit.panX).toBe(0.45);
    expect(o.orbit.panY).toBe(0.45);
    o.resetOrbit();
    expect(viewOffset(o.orbit, 400, 300)).toBeNull();
    expect(o.orbit.zoom).toBe(1);
  });
});
