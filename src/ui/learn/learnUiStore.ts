/**
 * Which learning panels are open on the page in view, and which exercise a learning path points at.
 * Kept apart from page stores: a learning path (src/app) opens panels without knowing the page.
 */
import { create } from 'zustand';

export type LearnPanel = 'theory' | 'exercises' | 'code';

interface LearnUiState {
  open: Record<LearnPanel, boolean>;
  /** The exercise to scroll to and highlight (`<page>/<id>`), set by a learning path step. */
  focus: string | null;
  toggle(panel: LearnPanel): void;
  /** Opens the Exercises panel at one exercise. */
  focusExercise(id: string | null): void;
}

export const useLearnUi = create<LearnUiState>()((set) => ({
  open: { theory: false, exercises: false, code: false },
  focus: null,
  toggle: (panel) => set((s) => ({ open: { ...s.open, [panel]: !s.open[panel] } })),
  focusExercise: (id) => set((s) => ({ focus: id, open: id ? { ...s.open, exercises: true } : s.open })),
}));
