import { create } from 'zustand';
import { DECK_VERSION, decodeDeckJson, encodeDeckJson, type Scene } from './deckCodec';
import { moveItem } from './deckOps';

/** A scene in the store; the id is a React key only and never leaves the page. */
export interface DeckScene extends Scene {
  id: string;
}

export interface Presentation {
  scenes: Scene[];
  index: number;
  /** Which step of the scene is shown: 0 is its own address, 1… its build steps. */
  build: number;
}

/**
 * One click forward or back through a deck: through the current scene's build steps first, then to the next
 * scene (at its first step) or the previous one (at its last step, as it was left). Clamped at both ends.
 */
export function stepPresentation(p: Presentation, delta: number): Presentation {
  let { index, build } = p;
  for (let n = Math.abs(delta), dir = Math.sign(delta); n > 0; n--) {
    const builds = p.scenes[index].builds?.length ?? 0;
    if (dir > 0) {
      if (build < builds) build++;
      else if (index < p.scenes.length - 1) {
        index++;
        build = 0;
      }
    } else if (build > 0) build--;
    else if (index > 0) {
      index--;
      build = p.scenes[index].builds?.length ?? 0;
    }
  }
  return index === p.index && build === p.build ? p : { ...p, index, build };
}

/** The address a presentation shows now. */
export function presentedHash(p: Presentation): string {
  const scene = p.scenes[p.index];
  return p.build === 0 ? scene.hash : (scene.builds?.[p.build - 1] ?? scene.hash);
}

export interface DeckState {
  scenes: DeckScene[];
  /** Why the deck kept in this browser could not be read (it is kept aside, not overwritten). */
  storageProblem: string | null;
  panelOpen: boolean;
  presentation: Presentation | null;
  add(scene: Scene): void;
  update(id: string, patch: Partial<Scene>): void;
  remove(id: string): void;
  move(from: number, to: number): void;
  /** Replaces the whole deck (an import); returns the scenes it replaced, for an undo. */
  replace(scenes: Scene[]): Scene[];
  setPanelOpen(open: boolean): void;
  present(scenes: Scene[], start?: number): void;
  step(delta: number): void;
  /** Jumps to a scene (its first step). */
  goTo(index: number): void;
  stop(): void;
}

export const DECK_KEY = 'mfml-deck';
/** Where an unreadable stored deck is moved before the first write, so nothing is silently lost. */
export const DECK_UNREADABLE_KEY = 'mfml-deck-unreadable';

let nextId = 0;
const withIds = (scenes: Scene[]): DeckScene[] => scenes.map((s) => ({ ...s, id: `s${++nextId}` }));

function loadStored(): { scenes: DeckScene[]; problem: string | null } {
  let text: string | null;
  try {
    text = typeof window === 'undefined' ? null : window.localStorage.getItem(DECK_KEY);
  } catch {
    return { scenes: [], problem: null };
  }
  if (text === null) return { scenes: [], problem: null };
  const result = decodeDeckJson(text);
  if (result.ok) return { scenes: withIds(result.deck.scenes), problem: null };
  try {
    window.localStorage.setItem(DECK_UNREADABLE_KEY, text);
  } catch {
    /* storage full: the unreadable copy stays under DECK_KEY until the next write */
  }
  return { scenes: [], problem: `${result.error} It was kept aside under “${DECK_UNREADABLE_KEY}”.` };
}

function persist(scenes: DeckScene[]): void {
  try {
    window.localStorage.setItem(DECK_KEY, encodeDeckJson({ version: DECK_VERSION, scenes }));
  } catch {
    /* storage disabled or full: the deck lives for this visit only */
  }
}

const initial = loadStored();

/** The scene deck: kept in localStorage (versioned), shared by the top bar, the side panel and the presenter. */
export const useDeckStore = create<DeckState>((set, get) => ({
  scenes: initial.scenes,
  storageProblem: initial.problem,
  panelOpen: false,
  presentation: null,
  add: (scene) => set({ scenes: [...get().scenes, ...withIds([scene])] }),
  update: (id, patch) => set({ scenes: get().scenes.map((s) => (s.id === id ? { ...s, ...patch } : s)) }),
  remove: (id) => set({ scenes: get().scenes.filter((s) => s.id !== id) }),
  move: (from, to) => set({ scenes: moveItem(get().scenes, from, to) }),
  replace: (scenes) => {
    const previous = get().scenes;
    set({ scenes: withIds(scenes), storageProblem: null });
    return previous;
  },
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  present: (scenes, start = 0) =>
    scenes.length > 0 &&
    set({
      presentation: { scenes, index: Math.max(0, Math.min(scenes.length - 1, start)), build: 0 },
      panelOpen: false,
    }),
  step: (delta) => {
    const p = get().presentation;
    if (!p) return;
    const next = stepPresentation(p, delta);
    if (next !== p) set({ presentation: next });
  },
  goTo: (i) => {
    const p = get().presentation;
    if (!p) return;
    const index = Math.max(0, Math.min(p.scenes.length - 1, Math.round(i)));
    if (index !== p.index || p.build !== 0) set({ presentation: { ...p, index, build: 0 } });
  },
  stop: () => set({ presentation: null }),
}));

useDeckStore.subscribe((s, prev) => {
  if (s.scenes !== prev.scenes) persist(s.scenes);
});

// Another tab edited the deck: follow it (the write that caused the event is that tab's, not ours to repeat).
if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    if (e.key !== DECK_KEY || e.newValue === null) return;
    const result = decodeDeckJson(e.newValue);
    if (result.ok) useDeckStore.setState({ scenes: withIds(result.deck.scenes) });
  });
