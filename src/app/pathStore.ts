/**
 * The learning path the student is following, if any, and the step they are on; remembered in
 * localStorage so that a path can be resumed. Opening a step navigates to its scene and opens the
 * page's Exercises panel at the step's exercise.
 */
import { create } from 'zustand';
import { useLearnUi } from '../ui/learn/learnUiStore';
import { findPath, type LearningPath } from './learningPaths';

const KEY = 'mfml-path-v1';

interface Active {
  path: LearningPath['id'];
  step: number;
}

function load(): Active | null {
  try {
    const v: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? 'null');
    if (!v || typeof v !== 'object') return null;
    const { path, step } = v as Partial<Active>;
    const found = findPath(path);
    if (!found || !Number.isInteger(step) || step! < 0 || step! >= found.steps.length) return null;
    return { path: found.id, step: step! };
  } catch {
    return null;
  }
}

function save(active: Active | null): void {
  try {
    if (active) window.localStorage.setItem(KEY, JSON.stringify(active));
    else window.localStorage.removeItem(KEY);
  } catch {
    /* storage blocked: the path lasts this visit */
  }
}

interface PathState {
  active: Active | null;
  /** Goes to step `step` of `path` (navigating to its scene). */
  open(path: LearningPath['id'], step: number, navigate?: boolean): void;
  leave(): void;
}

export const usePathStore = create<PathState>()((set) => ({
  active: typeof window === 'undefined' ? null : load(),
  open(path, step, navigate = true) {
    const found = findPath(path);
    if (!found || step < 0 || step >= found.steps.length) return;
    const active = { path, step };
    save(active);
    set({ active });
    const target = found.steps[step];
    useLearnUi.getState().focusExercise(target.exercise ?? null);
    if (navigate) window.location.hash = `#${target.route}`;
  },
  leave() {
    save(null);
    set({ active: null });
    useLearnUi.getState().focusExercise(null);
  },
}));
