/**
 * Which learning panels are open, on which page, whether they are pinned, which exercise a learning path
 * points at, and the answers typed so far. Kept apart from page stores: a learning path (src/app) opens
 * panels without knowing the page. Panels belong to the page they were opened on: leaving the page closes
 * them unless they are pinned. Typed answers live here, not in the cards, so that closing a panel or
 * opening a path step never clears them.
 */
import { create } from 'zustand';

export type LearnPanel = 'theory' | 'exercises' | 'code';

/** What the student has typed or picked on one exercise (`<page>/<id>`). */
export interface Draft {
  texts: readonly string[];
  choice: number | null;
}

interface LearnUiState {
  open: Record<LearnPanel, boolean>;
  /** The page the panels were opened on; on another page they show closed unless pinned. */
  page: string | null;
  pinned: boolean;
  /** The exercise to scroll to and highlight (`<page>/<id>`), set by a learning path step. */
  focus: string | null;
  drafts: Readonly<Record<string, Draft>>;
  /** The seed of each exercise's numbers (`<page>/<id>` → seed ≥ 1; absent: the numbers as written). */
  seeds: Readonly<Record<string, number>>;
  /** Opens or closes a panel on `page` (panels left open on another page close first unless pinned). */
  toggle(panel: LearnPanel, page?: string): void;
  close(): void;
  setPinned(pinned: boolean): void;
  /** Opens the Exercises panel at one exercise. */
  focusExercise(id: string | null): void;
  setDraft(id: string, draft: Draft): void;
  /** Gives an exercise the numbers of `seed` (null: as written); its typed answer is cleared. */
  setSeed(id: string, seed: number | null): void;
}

const CLOSED: Record<LearnPanel, boolean> = { theory: false, exercises: false, code: false };

/** The panels as `page` should show them. */
export function openOn(s: Pick<LearnUiState, 'open' | 'page' | 'pinned'>, page: string) {
  return s.pinned || s.page === null || s.page === page ? s.open : CLOSED;
}

export const useLearnUi = create<LearnUiState>()((set) => ({
  open: CLOSED,
  page: null,
  pinned: false,
  focus: null,
  drafts: {},
  seeds: {},
  toggle: (panel, page) =>
    set((s) => {
      const open = page === undefined ? s.open : openOn(s, page);
      return { open: { ...open, [panel]: !open[panel] }, page: page ?? s.page };
    }),
  close: () => set({ open: CLOSED }),
  setPinned: (pinned) => set({ pinned }),
  focusExercise: (id) =>
    set((s) => {
      if (!id) return { focus: null };
      const page = id.slice(0, id.indexOf('/'));
      return { focus: id, page, open: { ...openOn(s, page), exercises: true } };
    }),
  setDraft: (id, draft) => set((s) => ({ drafts: { ...s.drafts, [id]: draft } })),
  setSeed: (id, seed) =>
    set((s) => {
      const seeds = { ...s.seeds };
      if (seed === null) delete seeds[id];
      else seeds[id] = seed;
      const drafts = { ...s.drafts };
      delete drafts[id];
      return { seeds, drafts };
    }),
}));
