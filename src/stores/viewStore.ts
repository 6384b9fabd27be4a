/**
 * What every view store shares, written once: the view (kept as typed, even when invalid: the control shows
 * the field's problem), the notice of a link's ignored values, and the actions every control and the address
 * binding call: the one field setter `set(field, value)`, `loadView` and `dismissNotice`. The setter's
 * field names and value types are the view declaration's (`ViewOf` of `defineView`'s fields).
 *
 * A store passes `change` where a new value means more than itself (a stale result cleared, a race stopped),
 * and `load` for what else a loaded view resets.
 */
import type { StoreApi } from 'zustand';

export interface ViewSlice<V> {
  view: V;
  /** Values from a hand-edited link that were ignored, for the notice. */
  urlNotice: string[];
  /** The one setter of a view field: the control passes the field's name and the value typed. */
  set<K extends keyof V>(field: K, value: V[K]): void;
  /** Several fields at once (a control that edits a group of them). */
  patch(patch: Partial<V>): void;
  loadView(view: V, ignored: string[]): void;
  dismissNotice(): void;
}

export interface ViewSliceOptions<V, S> {
  /** Applies a change of fields (default: merged into the view); never called with the value a field holds. */
  change?(patch: Partial<V>): void;
  /** The rest of the state a loaded view sets (a stopped job, a cleared result). */
  load?(view: V, ignored: string[]): Partial<S>;
}

/** `view`, `urlNotice`, `set`, `loadView` and `dismissNotice` of a zustand store over the view type V. */
export function viewSlice<V, S extends ViewSlice<V>>(
  defaults: V,
  set: StoreApi<S>['setState'],
  get: StoreApi<S>['getState'],
  { change, load }: ViewSliceOptions<V, S> = {},
): ViewSlice<V> {
  const merge = change ?? ((patch: Partial<V>) => set({ view: { ...get().view, ...patch } } as Partial<S>));
  const patch = (p: Partial<V>) => {
    // Re-committing the value a field holds (a blur, the same number typed) changes nothing.
    const view = get().view;
    if ((Object.keys(p) as (keyof V)[]).every((k) => Object.is(view[k], p[k]))) return;
    merge(p);
  };
  return {
    view: defaults,
    urlNotice: [],
    set: (field, value) => patch({ [field]: value } as unknown as Partial<V>),
    patch,
    loadView(view, ignored) {
      set({ view, urlNotice: ignored, ...load?.(view, ignored) } as Partial<S>);
    },
    dismissNotice() {
      set({ urlNotice: [] as string[] } as Partial<S>);
    },
  };
}
