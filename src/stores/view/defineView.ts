/**
 * One declaration per view. `defineView({ path, tab, prefix, fields })` gives the view's type (`ViewOf`), its
 * defaults, the inline problem of each field, the address codec (format `v=1`) and what the URL binding
 * needs (path, tab, the tab's key, which addresses it owns). Pages and controls read limits and labels
 * from `fields` instead of from a hand-written codec.
 */
import type { Field, FieldValue, ReadContext, WriteOptions } from './field';
import { checkVersion, URL_VERSION } from './readers';

export type Fields = Record<string, Field<unknown>>;
export type ViewOf<F extends Fields> = { -readonly [K in keyof F]: FieldValue<F[K]> };
export type Problems<V> = Partial<Record<keyof V, string>>;

export interface ViewDeclaration<F extends Fields> {
  /** Route path, e.g. '/probability'. */
  path: string;
  /** The tab id (`tab=` in the address); the page's first tab sets `defaultTab` and writes no `tab=`. */
  tab?: string;
  defaultTab?: boolean;
  /** Write `tab=` even for the first tab (default: only for the others). */
  writeTab?: boolean;
  /** Prefix of every key but `v` and `tab` (`lln.`), so that no two tabs share a key. */
  prefix?: string;
  /** Refused numbers are named with their reason (`steps=0 (steps must be…)`). */
  explain?: boolean;
  /** Commas are written as they are (`a=1,0,0,1`), not escaped: a query value needs no escaping of them. */
  plainCommas?: boolean;
  fields: F;
  /** Fields whose values others depend on when reading (read first, written in declaration order). */
  readFirst?: (keyof F & string)[];
  /** Checks across fields after all are read: may replace values and name them in `ctx.ignored`. */
  refine?(view: ViewOf<F>, ctx: ReadContext): void;
}

export interface ViewDef<V> {
  readonly path: string;
  readonly tab: string | undefined;
  /** Under this name the last address of a tab is kept, so that returning to the tab restores it. */
  readonly key: string;
  readonly fields: { readonly [K in keyof V]: Field<V[K]> };
  readonly defaults: V;
  /** The query (`v=1&…`); `complete` also writes what the address bar leaves out (see {@link WriteOptions}). */
  encode(view: V, options?: WriteOptions): string;
  /** Never throws: invalid values fall back to defaults and are listed in `ignored`. */
  decode(query: URLSearchParams): { view: V; ignored: string[] };
  /** Whether an address of the route belongs to this view (its tab). */
  owns(query: URLSearchParams): boolean;
  /** The inline problem of one field given the rest of the view (the defaults when not given), or null. */
  problem<K extends keyof V>(field: K, value: V[K], view?: V): string | null;
  /** Every field's problem; a view with none can run. */
  problems(view: V): Problems<V>;
  /** The `#/path?query` of a view. */
  address(view: V, options?: WriteOptions): string;
}

export function defineView<F extends Fields>(decl: ViewDeclaration<F>): ViewDef<ViewOf<F>> {
  type V = ViewOf<F>;
  const prefix = decl.prefix ?? '';
  const names = Object.keys(decl.fields) as (keyof F & string)[];
  const first = decl.readFirst ?? [];
  const readOrder = [...first, ...names.filter((n) => !first.includes(n))];
  const keyOf = (name: string) => prefix + (decl.fields[name].key ?? name);
  const defaults = Object.fromEntries(names.map((n) => [n, decl.fields[n].default])) as V;
  const page = decl.path.replace(/^\//, '');

  const encode = (view: V, options: WriteOptions = { complete: false }): string => {
    const q = new URLSearchParams();
    q.set('v', String(URL_VERSION));
    if (decl.tab && (decl.writeTab ?? !decl.defaultTab)) q.set('tab', decl.tab);
    for (const n of names) decl.fields[n].write(q, keyOf(n), view[n], view, options);
    return decl.plainCommas ? q.toString().replace(/%2C/g, ',') : q.toString();
  };

  const problem = <K extends keyof V>(field: K, value: V[K], view: V = defaults) =>
    (decl.fields[field as string] as Field<V[K]>).problem(value, view);

  return {
    path: decl.path,
    tab: decl.tab,
    key: decl.tab ? `${page}:${decl.tab}` : page,
    fields: decl.fields as unknown as ViewDef<V>['fields'],
    defaults,
    encode,
    decode(query) {
      const ignored: string[] = [];
      checkVersion(query, ignored);
      const partial: Record<string, unknown> = {};
      const ctx: ReadContext = { query, ignored, explain: !!decl.explain, prefix, partial };
      for (const n of readOrder) partial[n] = decl.fields[n].read(keyOf(n), ctx);
      const view = Object.fromEntries(names.map((n) => [n, partial[n]])) as V;
      decl.refine?.(view, ctx);
      return { view, ignored };
    },
    owns(query) {
      if (!decl.tab) return true;
      const tab = query.get('tab');
      return tab === decl.tab || (!!decl.defaultTab && tab === null);
    },
    problem,
    problems(view) {
      const out: Problems<V> = {};
      for (const n of names) {
        const p = problem(n, view[n], view);
        if (p) out[n] = p;
      }
      return out;
    },
    address: (view, options) => `#${decl.path}?${encode(view, options)}`,
  };
}
