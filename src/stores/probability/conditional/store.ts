/** The Conditional probability tab's state: two events on the two-dice space and the Simpson table's group. */
import { create } from 'zustand';
import { viewSlice, type ViewSlice } from '../../viewStore';
import { conditionalView, EVENT_PRESETS, type ConditionalView, type EventPreset } from './view';

export interface ConditionalState extends ViewSlice<ConditionalView> {
  /** Adds outcome k to the event being edited, or takes it out. */
  toggle(k: number): void;
  preset(name: EventPreset): void;
}

export function toggled(mask: string, k: number): string {
  return mask.slice(0, k) + (mask[k] === '1' ? '0' : '1') + mask.slice(k + 1);
}

export const useConditionalStore = create<ConditionalState>()((set, get) => ({
  ...viewSlice(conditionalView.defaults, set, get),
  toggle(k) {
    const view = get().view;
    const key = view.edit === 'A' ? 'a' : 'b';
    set({ view: { ...view, [key]: toggled(view[key], k) } });
  },
  preset(name) {
    const p = EVENT_PRESETS[name];
    set({ view: { ...get().view, a: p.a[1], b: p.b[1] } });
  },
}));
