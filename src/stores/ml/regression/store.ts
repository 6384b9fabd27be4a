/**
 * The Regression tab's state: `view` is what the student asked for (and what the address holds). The fit
 * is computed from it by the memoised selector `useRegFit`, on the main thread, so a drag refits within
 * the frame.
 */
import { create } from 'zustand';
import { parseCsv } from '../nn/data';
import { MAX_URL_POINTS, type UserPoint } from '../nn/fields';
import { pointEdits } from '../pointEdits';
import { pointsOf } from './data';
import { classPointsOf } from './logistic';
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
  /** Loads rows x,y (or x1,x2,label for the Logistic method). */
  loadCsv(text: string): void;
  /** The Logistic method's two-class points: add one of class `label`, move, remove. */
  addClassPoint(x1: number, x2: number, label: number): void;
  moveClassPoint(index: number, x1: number, x2: number): void;
  removeClassPoint(index: number): void;
  loadView(view: RegView, ignored: string[]): void;
  dismissNotice(): void;
}

export const useRegStore = create<RegState>()((set, get) => {
  /** Editing a generated set starts from its points, so every point is kept (pointEdits writes a new list). */
  const own = (): UserPoint[] => pointsOf(get().view);
  // Editing a generated set keeps its generator as the test set's; loaded points have none.
  const setPoints = (points: UserPoint[], loaded = false) =>
    set((s) => ({
      view: {
        ...s.view,
        data: 'own',
        points,
        test: loaded ? 'none' : s.view.test === 'same' && s.view.data !== 'own' ? s.view.data : s.view.test,
      },
      csvProblems: [],
    }));
  const ownClasses = (): UserPoint[] => classPointsOf(get().view);
  const setClasses = (cpoints: UserPoint[]) =>
    set((s) => ({ view: { ...s.view, cls: 'own', cpoints }, csvProblems: [] }));
  const full = () => set({ csvProblems: [`at most ${MAX_REG_POINTS} points: remove one first`] });
  const points = pointEdits(own, setPoints, MAX_REG_POINTS, full);
  const classes = pointEdits(ownClasses, setClasses, MAX_REG_POINTS, full);
  return {
    view: regView.defaults,
    urlNotice: [],
    csvProblems: [],
    set(field, value) {
      if (Object.is(get().view[field], value)) return;
      // Choosing a generator makes the test set follow it again.
      if (field === 'data' && value !== 'own') set((s) => ({ view: { ...s.view, test: 'same' } }));
      set((s) => ({ view: { ...s.view, [field]: value } }));
    },
    addPoint: (x1, x2) => points.add({ x1, x2, label: 0 }),
    movePoint: (index, x1, x2) => points.move(index, { x1, x2, label: 0 }),
    removePoint: (index) => points.remove(index),
    addClassPoint: (x1, x2, label) => classes.add({ x1, x2, label: label === 1 ? 1 : 0 }),
    moveClassPoint: (index, x1, x2) => classes.move(index, { x1, x2 }),
    removeClassPoint: (index) => classes.remove(index),
    loadCsv(text) {
      const logistic = get().view.method === 'logistic';
      const read = parseCsv(text, !logistic);
      const problems = read.problems.slice();
      let points = read.points;
      if (logistic) {
        const kept = points.filter((p) => p.label === 0 || p.label === 1);
        if (kept.length < points.length)
          problems.push(
            `${points.length - kept.length} ${points.length - kept.length === 1 ? 'row' : 'rows'} with a label other than 0 or 1 not loaded (logistic regression has two classes)`,
          );
        points = kept;
      }
      if (points.length > MAX_REG_POINTS) {
        problems.push(`only the first ${MAX_REG_POINTS} of ${points.length} points were loaded`);
        points = points.slice(0, MAX_REG_POINTS);
      }
      if (points.length > 0) {
        if (logistic) setClasses(points);
        else setPoints(points, true);
      }
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
