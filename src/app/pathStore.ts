/**
 * The learning path the student is following, if any, the step they are on, whether they have reached its
 * end (the summary), and which steps of each path they have opened; remembered in localStorage so that a
 * path can be resumed. Opening a step navigates to its scene and opens the page's Exercises panel at the
 * step's exercise (typed answers are kept: they live in the learn UI store, not in the panel).
 */
import { create } from 'zustand';
import { useLearnUi } from '../ui/learn/learnUiStore';
import { findPath, LEARNING_PATHS, type LearningPath } from './learningPaths';

const KEY = 'mfml-path-v1';
const VISITED_KEY = 'mfml-path-visited-v1';

type PathId = LearningPath['id'];

interface Active {
  path: PathId;
  step: number;
  /** The student went past the last step: the bar shows the path's summary. */
  finished?: boolean;
}

type Visited = Partial<Record<PathId, readonly number[]>>;

function load(): Active | null {
  try {
    const v: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? 'null');
    if (!v || typeof v !== 'object') return null;
    const { path, step, finished } = v as Partial<Active>;
    const found = findPath(path);
    if (!found || !Number.isInteger(step) || step! < 0 || step! >= found.steps.length) return null;
    return { path: found.id, step: step!, finished: finished === true };
  } catch {
    return null;
  }
}

function loadVisited(): Visited {
  const out: Visited = {};
  try {
    const v: unknown = JSON.parse(window.localStorage.getItem(VISITED_KEY) ?? '{}');
    if (!v || typeof v !== 'object') return out;
    for (const path of LEARNING_PATHS) {
      const list: unknown = (v as Record<string, unknown>)[path.id];
      if (Array.isArray(list))
        out[path.id] = [...new Set(list)].filter(
          (i): i is number => Number.isInteger(i) && i >= 0 && i < path.steps.length,
        );
    }
  } catch {
    /* unreadable: nothing visited */
  }
  return out;
}

function save(key: string, value: unknown): void {
  try {
    if (value) window.localStorage.setItem(key, JSON.stringify(value));
    else window.localStorage.removeItem(key);
  } catch {
    /* storage blocked: the path lasts this visit */
  }
}

interface PathState {
  active: Active | null;
  visited: Visited;
  /** Goes to step `step` of `path` (navigating to its scene). */
  open(path: PathId, step: number, navigate?: boolean): void;
  /** Past the last step: shows the path's summary (the student stays on the page they are on). */
  finish(): void;
  leave(): void;
}

const hasWindow = typeof window !== 'undefined';

export const usePathStore = create<PathState>()((set, get) => ({
  active: hasWindow ? load() : null,
  visited: hasWindow ? loadVisited() : {},
  open(path, step, navigate = true) {
    const found = findPath(path);
    if (!found || step < 0 || step >= found.steps.length) return;
    const active = { path, step };
    const seen = get().visited[path] ?? [];
    const visited = seen.includes(step) ? get().visited : { ...get().visited, [path]: [...seen, step] };
    save(KEY, active);
    save(VISITED_KEY, visited);
    set({ active, visited });
    const target = found.steps[step];
    useLearnUi.getState().focusExercise(target.exercise ?? null);
    if (navigate) window.location.hash = `#${target.route}`;
  },
  finish() {
    const active = get().active;
    if (!active) return;
    const done = { ...active, finished: true };
    save(KEY, done);
    set({ active: done });
  },
  leave() {
    save(KEY, null);
    set({ active: null });
    useLearnUi.getState().focusExercise(null);
  },
}));
