/**
 * The Regression tab's state: `view` is what the student asked for (and what the address holds). The fit
 * is computed from it by the memoised selector `useRegFit`, on the main thread, so a drag refits within
 * the frame.
 */
import { create } from 'zustand';
import { parseCsv } from '../nn/data';
import { MAX_URL_POINTS, type UserPoint } from '../nn/fields';
import { pointsOf } from './data';
import { regView, type RegView } from './view';

/** Points the tab holds at most (every one stays editable and in the address). */
export const MAX_REG_POINTS = MAX_URL_POINTS;

export interface RegState {
  view: RegView;
  urlNotice: string[];
  /** Lines of the last CSV load that were not used, or why a point was not added. */
  csvProblems: string[];
  set<K extends keyof RegView>(field: K, value: RegView[K]): void;
  addPoint(x: number, y: number): void;
  movePoint(index: number, x: number, y: number): void;
  removePoint(index: number): void;
  loadCsv(text: string): void;
  loadView(view: RegView, ignored: string[]): void;
  dismissNotice(): void;
}

export const useRegStore = create<RegState>()((set, get) => {
  /** Editing a generated set first copies its points, so every point is kept. */
  const own = (): UserPoint[] => pointsOf(get().view).slice();
  const setPoints = (points: UserPoint[]) =>
    set((s) => ({ view: { ...s.view, data: 'own', points }, csvProblems: [] }));
  return {
    view: regView.defaults,
    urlNotice: [],
    csvProblems: [],
    set(field, value) {
      if (Object.is(get().view[field], value)) return;
      set((s) => ({ view: { ...s.view, [field]: value } }));
    },
    addPoint(x, y) {
      const pts = own();
      if (pts.length >= MAX_REG_POINTS) {
        set({ csvProblems: [`at most ${MAX_REG_POINTS} points: remove one first`] });
        return;
      }
      setPoints([...pts, { x1: x, x2: y, label: 0 }]);
    },
    movePoint(index, x, y) {
      const pts = own();
      if (index < 0 || index >= pts.length) return;
      pts[index] = { x1: x, x2: y, label: 0 };
      setPoints(pts);
    },
    removePoint(index) {
      const pts = own();
      if (index < 0 || index >= pts.length) return;
      setPoints(pts.filter((_, i) => i !== index));
    },
    loadCsv(text) {
      const read = parseCsv(text, true);
      const problems = read.problems.slice();
      let points = read.points;
      if (points.length > MAX_REG_POINTS) {
        problems.push(`only the first ${MAX_REG_POINTS} of ${points.length} points were loaded`);
        points = points.slice(0, MAX_REG_POINTS);
      }
      if (points.length > 0) setPoints(points);
      set({ csvProblems: problems });
    },
    loadView(view, ignored) {
      set({ view, urlNotice: ignored, csvProblems: [] });
    },
    dismissNotice() {
      set({ urlNotice: [] });
    },
  };
});
