/**
 * Which exercises the student has solved, kept in localStorage so progress survives a reload. Ids are
 * `<page>/<exercise>` (for example `linear-algebra/det-zero`); a page's progress can be reset alone.
 * Storage that is missing, full or unreadable never breaks the page: progress then lasts the visit.
 */
import { create } from 'zustand';

const KEY = 'mfml-progress-v1';

function load(): string[] {
  try {
    const text = typeof window === 'undefined' ? null : window.localStorage.getItem(KEY);
    const parsed: unknown = text ? JSON.parse(text) : [];
    return Array.isArray(parsed)
      ? parsed.filter((x): x is string => typeof x === 'string').slice(0, 500)
      : [];
  } catch {
    return [];
  }
}

function save(solved: readonly string[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(solved));
  } catch {
    /* private mode or full storage: progress lasts this visit only */
  }
}

interface ProgressState {
  solved: readonly string[];
  markSolved(id: string): void;
  /** Forgets every exercise of one page (ids starting with `page/`). */
  resetPage(page: string): void;
}

export const useProgressStore = create<ProgressState>()((set, get) => ({
  solved: load(),
  markSolved(id) {
    if (get().solved.includes(id)) return;
    const solved = [...get().solved, id];
    save(solved);
    set({ solved });
  },
  resetPage(page) {
    const solved = get().solved.filter((id) => !id.startsWith(`${page}/`));
    save(solved);
    set({ solved });
  },
}));

/** Re-reads storage (another tab, or a test that seeded it). */
export function reloadProgress(): void {
  useProgressStore.setState({ solved: load() });
}
