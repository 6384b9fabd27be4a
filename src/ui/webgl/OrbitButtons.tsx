/**
 * The keyboard's way round a 3-D scene: a group of buttons beside the canvas, and the keys on the focused
 * canvas itself. Both move the same module-level orbit that the pointer moves inside the canvas, so a
 * student may mix them. No three.js here: this lives in the page's chunk, the canvas in its own.
 */
import type { KeyboardEvent } from 'react';
import type { Orbit } from './orbit';

/** One step of a button (a key moves a little less, since it repeats when held). */
const BUTTON_TURN = 0.25;
const BUTTON_TILT = 0.15;
const BUTTON_ZOOM = 1.25;
const KEY_TURN = 0.15;
const KEY_TILT = 0.1;
const KEY_ZOOM = 1.15;

/**
 * The buttons: rotate and tilt (unless the scene is flat: a 2-D plane only zooms), zoom in and out, reset.
 * `label` names the group for screen readers; `buttonClass` styles each button; `turn` is a rotate button's
 * step in radians.
 */
export function OrbitButtons({
  orbit,
  label,
  className,
  buttonClass = 'chip',
  flat = false,
  turn = BUTTON_TURN,
}: {
  orbit: Orbit;
  label: string;
  className: string;
  buttonClass?: string;
  flat?: boolean;
  turn?: number;
}) {
  const buttons: [string, () => void][] = [
    ...(flat
      ? []
      : ([
          ['Rotate left', () => orbit.rotateOrbit(turn, 0)],
          ['Rotate right', () => orbit.rotateOrbit(-turn, 0)],
          ['Tilt up', () => orbit.rotateOrbit(0, BUTTON_TILT)],
          ['Tilt down', () => orbit.rotateOrbit(0, -BUTTON_TILT)],
        ] as [string, () => void][])),
    ['Zoom in', () => orbit.zoomOrbit(BUTTON_ZOOM)],
    ['Zoom out', () => orbit.zoomOrbit(1 / BUTTON_ZOOM)],
    ['Reset view', () => orbit.resetOrbit()],
  ];
  return (
    <div className={className} role="group" aria-label={label}>
      {buttons.map(([name, act]) => (
        <button key={name} type="button" className={buttonClass || undefined} onClick={act}>
          {name}
        </button>
      ))}
    </div>
  );
}

/** What the keys do, for the scene's description and the shortcuts dialog. */
export const ORBIT_KEYS_HINT = 'arrow keys turn and tilt, + and − zoom, 0 resets';

/** The keys for `aria-keyshortcuts` (a focused scene owns them: see ui/keyboard's ownsKey). */
export const orbitShortcuts = (flat = false) =>
  flat ? '+ - 0' : 'ArrowLeft ArrowRight ArrowUp ArrowDown + - 0';

/**
 * A key handler for the focused canvas: ← → turn, ↑ ↓ tilt (not on a flat scene), + − zoom, 0 resets.
 * Keys it uses do not scroll the page; the rest pass through (Tab leaves the canvas as usual).
 */
export function orbitKeyHandler(orbit: Orbit, flat = false) {
  const keys: Record<string, () => void> = {
    '+': () => orbit.zoomOrbit(KEY_ZOOM),
    '=': () => orbit.zoomOrbit(KEY_ZOOM),
    '-': () => orbit.zoomOrbit(1 / KEY_ZOOM),
    '0': () => orbit.resetOrbit(),
    ...(flat
      ? {}
      : {
          ArrowLeft: () => orbit.rotateOrbit(KEY_TURN, 0),
          ArrowRight: () => orbit.rotateOrbit(-KEY_TURN, 0),
          ArrowUp: () => orbit.rotateOrbit(0, KEY_TILT),
          ArrowDown: () => orbit.rotateOrbit(0, -KEY_TILT),
        }),
  };
  return (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };
}
