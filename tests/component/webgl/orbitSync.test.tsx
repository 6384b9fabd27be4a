// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculusView } from '../../../src/stores/calculus/view';
import { createOrbit, orbitVector, ORBIT_SETTLE_MS, type Orbit } from '../../../src/ui/webgl/orbit';
import { useOrbitSync } from '../../../src/ui/webgl/useOrbitSync';

const HOME = { azimuth: -2.05, elevation: 0.9, zoom: 1 };
const limits = { elevation: [-0.2, 1.55] as const, zoom: [0.4, 6] as const };

function Bound({ o, cam, commit }: { o: Orbit; cam: number[]; commit: (c: number[]) => void }) {
  useOrbitSync(o, cam, commit);
  return null;
}

describe('the 3-D camera in the view', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a settled turn is written once, after the orbit stops changing', () => {
    const o = createOrbit(HOME, limits);
    const commit = vi.fn();
    render(<Bound o={o} cam={orbitVector(o.orbit)} commit={commit} />);
    act(() => {
      o.rotateOrbit(0.25, 0);
      vi.advanceTimersByTime(ORBIT_SETTLE_MS / 2);
      o.rotateOrbit(0.25, 0.1);
      vi.advanceTimersByTime(ORBIT_SETTLE_MS / 2);
    });
    expect(commit).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(ORBIT_SETTLE_MS));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit.mock.calls[0][0]).toEqual([-1.55, 1, 1, 0, 0]);
  });

  it('a camera from the address moves the orbit and is not written back', () => {
    const o = createOrbit(HOME, limits);
    const commit = vi.fn();
    const listener = vi.fn();
    o.listenOrbit(listener);
    const { rerender } = render(<Bound o={o} cam={[-2.05, 0.9, 1, 0, 0]} commit={commit} />);
    rerender(<Bound o={o} cam={[0.5, 0.3, 2, 0.1, -0.1]} commit={commit} />);
    expect(orbitVector(o.orbit)).toEqual([0.5, 0.3, 2, 0.1, -0.1]);
    expect(listener).toHaveBeenCalled(); // the canvas is asked for a frame
    act(() => void vi.advanceTimersByTime(ORBIT_SETTLE_MS * 2));
    expect(commit).not.toHaveBeenCalled();
  });

  it('setOrbit clamps to the limits and falls back on numbers that are not finite', () => {
    const o = createOrbit(HOME, limits);
    o.setOrbit({ azimuth: NaN, elevation: 3, zoom: 100, panX: 2, panY: -2 });
    expect(orbitVector(o.orbit)).toEqual([-2.05, 1.55, 6, 0.45, -0.45]);
  });

  it('the calculus view reads cam, names a bad one, and leaves the default out of the link', () => {
    const read = calculusView.decode(new URLSearchParams('v=1&cam=0.5,0.3,2,0.1,-0.1'));
    expect(read.view.cam).toEqual([0.5, 0.3, 2, 0.1, -0.1]);
    expect(calculusView.encode(read.view)).toContain('cam=0.5%2C0.3%2C2%2C0.1%2C-0.1');
    const bad = calculusView.decode(new URLSearchParams('v=1&cam=0,9,1,0,0'));
    expect(bad.view.cam).toEqual([-2.05, 0.9, 1, 0, 0]);
    expect(bad.ignored.join()).toMatch(/cam=.*elevation/);
    expect(calculusView.encode(calculusView.defaults)).not.toContain('cam');
  });
});
