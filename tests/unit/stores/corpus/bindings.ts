/**
 * Every address binding of the app, as the URL corpus test sees it: which route and tab a binding owns and how
 * it decodes an address. This is the one file to touch when codecs move; the corpus itself never changes.
 */
import { bayesView } from '../../../../src/stores/probability/bayes/view';
import { cltView } from '../../../../src/stores/probability/clt/view';
import { distributionsView } from '../../../../src/stores/probability/distributions/view';
import { informationView } from '../../../../src/stores/probability/information/view';
import { conditionalView } from '../../../../src/stores/probability/conditional/view';
import { gaussiansView } from '../../../../src/stores/probability/gaussians/view';
import { llnView } from '../../../../src/stores/probability/lln/view';
import { mcmcView } from '../../../../src/stores/probability/mcmc/view';
import { monteCarloView } from '../../../../src/stores/probability/montecarlo/view';
import { viView } from '../../../../src/stores/probability/vi/view';
import type { ViewDef } from '../../../../src/stores/view';
import { sheetView } from '../../../../src/pages/ExerciseSheet/view';
import { calculusView } from '../../../../src/stores/calculus/view';
import { defaultsFor, linalgView } from '../../../../src/stores/linalg/view';

export interface CorpusBinding {
  name: string;
  path: string;
  owns(query: URLSearchParams): boolean;
  decode(query: URLSearchParams): { view: unknown; ignored: string[] };
  encode?(view: never): string;
  defaults?: unknown;
  /** A view added after the corpus was captured: no captured address names it (its own URL tests cover it). */
  later?: boolean;
}

const view = (name: string, def: ViewDef<unknown>): CorpusBinding => ({
  name,
  path: def.path,
  owns: def.owns,
  decode: def.decode,
  encode: def.encode,
  defaults: def.defaults,
});

/**
 * A binding seen without the fields its declaration marks `later` (added after the corpus was captured, such as
 * issue 17's Norms and Vectors views: p, pt, vu, vv, ab). The corpus addresses never name them, so they decode
 * to their defaults; the check of that is kept here.
 */
function withoutLater(
  b: CorpusBinding,
  def: ViewDef<unknown>,
  /** Defaults that depend on the view (the linear-algebra page's per-dimension vectors). */
  defaultsOf: (view: Record<string, unknown>) => Record<string, unknown> = () =>
    b.defaults as Record<string, unknown>,
): CorpusBinding {
  const fields = def.fields as Record<string, { later?: boolean }>;
  const later = Object.keys(fields).filter((k) => fields[k].later);
  return {
    ...b,
    decode(query) {
      const { view, ignored } = b.decode(query);
      const rest = { ...(view as Record<string, unknown>) };
      const defaults = defaultsOf(rest);
      for (const k of later) {
        if (!query.has(k) && JSON.stringify(rest[k]) !== JSON.stringify(defaults[k]))
          throw new Error(`${b.name}: ${k} does not decode to its default`);
        delete rest[k];
      }
      return { view: rest, ignored };
    },
    encode:
      b.encode &&
      ((view: never) =>
        (b.encode as (v: unknown) => string)({
          ...defaultsOf(view as Record<string, unknown>),
          ...(view as object),
        })),
  };
}

const laterOf = (name: string, def: ViewDef<unknown>, defaultsOf?: Parameters<typeof withoutLater>[2]) =>
  withoutLater(view(name, def), def, defaultsOf);

export const CORPUS_BINDINGS: CorpusBinding[] = [
  laterOf('probability:distributions', distributionsView as ViewDef<unknown>),
  view('probability:lln', llnView as ViewDef<unknown>),
  view('probability:clt', cltView as ViewDef<unknown>),
  view('probability:montecarlo', monteCarloView as ViewDef<unknown>),
  view('probability:bayes', bayesView as ViewDef<unknown>),
  view('probability:mcmc', mcmcView as ViewDef<unknown>),
  laterOf('probability:information', informationView as ViewDef<unknown>),
  { ...view('probability:conditional', conditionalView as ViewDef<unknown>), later: true },
  { ...view('probability:gaussians', gaussiansView as ViewDef<unknown>), later: true },
  { ...view('probability:vi', viView as ViewDef<unknown>), later: true },
  view('exercise-sheet', sheetView as ViewDef<unknown>),
  laterOf('calculus', calculusView as ViewDef<unknown>),
  laterOf('linear-algebra', linalgView as ViewDef<unknown>, (v) => defaultsFor(v.dim === 3 ? 3 : 2)),
];

/** JSON cannot hold −0, NaN or ±Infinity; the corpus tags them so a decoded view compares exactly. */
export function toJson(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)) ? { $num: String(v) } : v,
    ),
  );
}

/** What every owning binding decodes from an address (`/path?query`). */
export function decodeAll(address: string): Record<string, { view: unknown; ignored: string[] }> {
  const at = address.indexOf('?');
  const path = at >= 0 ? address.slice(0, at) : address;
  const query = new URLSearchParams(at >= 0 ? address.slice(at + 1) : '');
  const out: Record<string, { view: unknown; ignored: string[] }> = {};
  for (const b of CORPUS_BINDINGS) {
    if (b.path !== path || !b.owns(query)) continue;
    const { view, ignored } = b.decode(query);
    out[b.name] = toJson({ view, ignored }) as { view: unknown; ignored: string[] };
  }
  return out;
}
