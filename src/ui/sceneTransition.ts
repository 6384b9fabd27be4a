/**
 * Scene transitions: while a deck is presented, a page that can animate a change of its state (the
 * linear-algebra scene morphs its matrix) does so when the presenter moves to the next scene. The
 * presenter (src/app/deck) writes here and pages read, so neither imports the other.
 */
export const sceneTransitions = {
  /** performance.now() when the presenter last moved to a scene, or -Infinity. */
  changedAt: -Infinity,
};

/** How long a scene transition lasts. */
export const SCENE_TRANSITION_MS = 900;

/** A state change arriving this soon after the presenter moved belongs to that move. */
const ARRIVAL_WINDOW_MS = 1500;

/** Called by the presenter as it goes to a scene. */
export function markSceneChange(now = performance.now()): void {
  sceneTransitions.changedAt = now;
}

/** Whether a change of page state seen at `now` came from the presenter moving to a scene. */
export function isSceneChange(now: number): boolean {
  return now - sceneTransitions.changedAt < ARRIVAL_WINDOW_MS;
}
