import { useEffect, useRef } from 'react';

/**
 * What a page's animation offers the presenter: play (at a multiple of the page's normal speed), pause, and
 * whether it is playing now. A page registers one with {@link useScenePlayer}; the presenter (src/app/deck)
 * calls the one registered last, so a scene can start its animation on open and a clicker key can pause it.
 */
export interface ScenePlayer {
  play(speed: number): void;
  pause(): void;
  playing(): boolean;
}

interface Entry {
  player: ScenePlayer;
}

const entries: Entry[] = [];
const listeners = new Set<() => void>();

/** Registers a player until the returned function is called. The last one registered is the active one. */
export function registerPlayer(player: ScenePlayer): () => void {
  const entry: Entry = { player };
  entries.push(entry);
  listeners.forEach((l) => l());
  return () => {
    const i = entries.indexOf(entry);
    if (i >= 0) entries.splice(i, 1);
    listeners.forEach((l) => l());
  };
}

/** The player of the page on screen, if it has one. */
export function activePlayer(): ScenePlayer | null {
  return entries.length > 0 ? entries[entries.length - 1].player : null;
}

/** Calls `listener` whenever a player comes or goes. */
export function onPlayersChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Registers the page's animation with the presenter while the component is mounted: one line in a page,
 * `useScenePlayer({ play, pause, playing })`. The functions may change between renders.
 */
export function useScenePlayer(player: ScenePlayer): void {
  const latest = useRef(player);
  useEffect(() => {
    latest.current = player;
  });
  useEffect(
    () =>
      registerPlayer({
        play: (speed) => latest.current.play(speed),
        pause: () => latest.current.pause(),
        playing: () => latest.current.playing(),
      }),
    [],
  );
}
