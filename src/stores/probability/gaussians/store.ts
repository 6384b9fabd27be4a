/** The Gaussians tab's state: the view the student sets. Everything it shows is computed on the main thread. */
import { create } from 'zustand';
import { gaussiansView, type GaussiansView } from './view';

export interface GaussiansState {
  view: GaussiansView;
  urlNotice: string[];
  set<K extends keyof GaussiansView>(key: K, value: GaussiansView[K]): void;
  loadView(view: GaussiansView, ignored: string[]): void;
  dismissNotice(): void;
}

export const useGaussiansStore = create<GaussiansState>()((set, get) => ({
  view: gaussiansView.defaults,
  urlNotice: [],
  set(key, value) {
    set({ view: { ...get().view, [key]: value } });
  },
  loadView(view, ignored) {
    set({ view, urlNotice: ignored });
  },
  dismissNotice() {
    set({ urlNotice: [] });
  },
}));
