/** The Conditional probability tab's state: two events on the two-dice space and the Simpson table's group. */
import { create } from 'zustand';
import { conditionalView, EVENT_PRESETS, type ConditionalView, type EventPreset } from './view';

export interface ConditionalState {
  view: ConditionalView;
  urlNotice: string[];
  set<K extends keyof ConditionalView>(key: K, value: ConditionalView[K]): void;
  /** Adds outcome k to the event being edited, or takes it out. */
  toggle(k: number): void;
  preset(name: EventPreset): void;
  loadView(view: ConditionalView, ignored: string[]): void;
  dismissNotice(): void;
}

export function toggled(mask: string, k: number): string {
  return mask.slice(0, k) + (mask[k] === '1' ? '0' : '1') + mask.slice(k + 1);
}

export const useConditionalStore = create<ConditionalState>()((set, get) => ({
  view: conditionalView.defaults,
  urlNotice: [],
  set(key, value) {
    set({ view: { ...get().view, [key]: value } });
  },
  toggle(k) {
    const view = get().view;
    const key = view.edit === 'A' ? 'a' : 'b';
    set({ view: { ...view, [key]: toggled(view[key], k) } });
  },
  preset(name) {
    const p = EVENT_PRESETS[name];
    set({ view: { ...get().view, a: p.a[1], b: p.b[1] } });
  },
  loadView(view, ignored) {
    set({ view, urlNotice: ignored });
  },
  dismissNotice() {
    set({ urlNotice: [] });
  },
}));
