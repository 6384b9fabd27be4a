import { parseHash } from '../router';
import { ROUTES } from '../routes';
import type { Scene } from './deckCodec';

/** A copy of `list` with the item at `from` moved to index `to` (clamped); the same array if nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || from >= list.length || from === target) return list as T[];
  const out = list.slice();
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item);
  return out;
}

/** The name of the page a scene shows ("Probability"), or its path when the page is unknown. */
export function scenePage(hash: string): string {
  const { path } = parseHash(hash);
  return ROUTES.find((r) => r.path === path)?.label ?? path;
}

/** What a scene is called in lists and in the presenter: its title, else its page's name. */
export function sceneLabel(scene: Scene): string {
  return scene.title.trim() || scenePage(scene.hash);
}
