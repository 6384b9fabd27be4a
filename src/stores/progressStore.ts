/**
 * What the student did on each exercise — solved, attempts, hints used, solution shown — kept in
 * localStorage so progress survives a reload. Ids are `<page>/<exercise>` (for example
 * `linear-algebra/det-zero`); a page's progress can be reset alone. The first version kept only the solved
 * ids; they are read into the new records. Storage that is missing, full or unreadable never breaks the
 * page: progress then lasts the visit.
 */
import { create } from 'zustand';

/** What the student did on one exercise (the learn panels' `ExerciseRecord`, by shape: stores do not import ui). */
export interface ExerciseRecord {
  attempts: number;
  wrong: number;
  hints: number;
  revealed: boolean;
  solved: boolean;
}

const EMPTY_RECORD: ExerciseRecord = { attempts: 0, wrong: 0, hints: 0, revealed: false, solved: false };

const KEY_V1 = 'mfml-progress-v1';
const KEY = 'mfml-progress-v2';
const MAX_RECORDS = 500;

type Records = Record<string, ExerciseRecord>;

const count = (v: unknown): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? Math.min(v, 1e6) : 0;

function readRecord(v: unknown): ExerciseRecord {
  const r = (v && typeof v === 'object' ? v : {}) as Partial<Record<keyof ExerciseRecord, unknown>>;
  return {
    attempts: count(r.attempts),
    wrong: count(r.wrong),
    hints: count(r.hints),
    revealed: r.revealed === true,
    solved: r.solved === true,
  };
}

function load(): Records {
  const out: Records = {};
  try {
    if (typeof window === 'undefined') return out;
    const text = window.localStorage.getItem(KEY);
    if (text) {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        for (const [id, v] of Object.entries(parsed).slice(0, MAX_RECORDS)) out[id] = readRecord(v);
      return out;
    }
    const old: unknown = JSON.parse(window.localStorage.getItem(KEY_V1) ?? '[]');
    if (Array.isArray(old))
      for (const id of old.slice(0, MAX_RECORDS))
        if (typeof id === 'string') out[id] = { ...EMPTY_RECORD, solved: true };
  } catch {
    /* unreadable: start afresh */
  }
  return out;
}

function save(records: Records): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(records));
    // The solved list stays readable by the first version's key too (older tabs, tests that seed it).
    window.localStorage.setItem(KEY_V1, JSON.stringify(solvedOf(records)));
  } catch {
    /* private mode or full storage: progress lasts this visit only */
  }
}

const solvedOf = (records: Records): string[] =>
  Object.entries(records)
    .filter(([, r]) => r.solved)
    .map(([id]) => id);

interface ProgressState {
  records: Readonly<Records>;
  /** The solved ids, derived from the records. */
  solved: readonly string[];
  markSolved(id: string): void;
  recordAttempt(id: string, ok: boolean): void;
  recordHints(id: string, shown: number): void;
  recordReveal(id: string): void;
  /** New numbers: the tries before the answer and the shown solution start over (attempts and hints stay). */
  recordNewNumbers(id: string): void;
  /** Forgets every exercise of one page (ids starting with `page/`). */
  resetPage(page: string): void;
}

const initial = load();

export const useProgressStore = create<ProgressState>()((set, get) => {
  const update = (id: string, change: (r: ExerciseRecord) => ExerciseRecord) => {
    const before = get().records[id] ?? EMPTY_RECORD;
    const after = change(before);
    if (JSON.stringify(after) === JSON.stringify(before) && id in get().records) return;
    const records = { ...get().records, [id]: after };
    save(records);
    set({ records, solved: solvedOf(records) });
  };
  return {
    records: initial,
    solved: solvedOf(initial),
    markSolved: (id) => update(id, (r) => ({ ...r, solved: true })),
    recordAttempt: (id, ok) =>
      update(id, (r) => ({
        ...r,
        attempts: r.attempts + 1,
        wrong: r.wrong + (ok ? 0 : 1),
        solved: r.solved || ok,
      })),
    recordHints: (id, shown) => update(id, (r) => ({ ...r, hints: Math.max(r.hints, shown) })),
    recordReveal: (id) => update(id, (r) => ({ ...r, revealed: true })),
    recordNewNumbers: (id) => update(id, (r) => ({ ...r, wrong: 0, revealed: false })),
    resetPage(page) {
      const records = Object.fromEntries(
        Object.entries(get().records).filter(([id]) => !id.startsWith(`${page}/`)),
      );
      save(records);
      set({ records, solved: solvedOf(records) });
    },
  };
});

/** Re-reads storage (another tab, or a test that seeded it). */
export function reloadProgress(): void {
  const records = load();
  useProgressStore.setState({ records, solved: solvedOf(records) });
}
