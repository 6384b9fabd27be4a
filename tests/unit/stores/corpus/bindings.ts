/**
 * Every address binding of the app, as the URL corpus test sees it: which route and tab a binding owns and how
 * it decodes an address. This is the one file to touch when codecs move; the corpus itself never changes.
 */
import * as bayes from '../../../../src/stores/bayesUrl';
import * as calculus from '../../../../src/stores/calculusUrl';
import * as clt from '../../../../src/stores/cltUrl';
import * as information from '../../../../src/stores/informationUrl';
import * as linalg from '../../../../src/stores/linalgUrl';
import * as lln from '../../../../src/stores/llnUrl';
import * as mcmc from '../../../../src/stores/mcmcUrl';
import * as mc from '../../../../src/stores/monteCarloUrl';
import * as probability from '../../../../src/stores/probabilityUrl';

export interface CorpusBinding {
  name: string;
  path: string;
  owns(query: URLSearchParams): boolean;
  decode(query: URLSearchParams): { view: unknown; ignored: string[] };
  encode?(view: never): string;
  defaults?: unknown;
}

const tab = (id: string) => (q: URLSearchParams) => q.get('tab') === id;

export const CORPUS_BINDINGS: CorpusBinding[] = [
  {
    name: 'probability:distributions',
    path: '/probability',
    owns: (q) => (q.get('tab') ?? 'distributions') === 'distributions',
    decode: probability.decodeProbabilityView,
    encode: probability.encodeProbabilityView,
    defaults: probability.DEFAULT_VIEW,
  },
  {
    name: 'probability:lln',
    path: '/probability',
    owns: tab('lln'),
    decode: lln.decodeLlnView,
    encode: lln.encodeLlnView,
    defaults: lln.DEFAULT_LLN_VIEW,
  },
  {
    name: 'probability:clt',
    path: '/probability',
    owns: tab('clt'),
    decode: clt.decodeCltView,
    encode: clt.encodeCltView,
    defaults: clt.DEFAULT_CLT_VIEW,
  },
  {
    name: 'probability:montecarlo',
    path: '/probability',
    owns: tab('montecarlo'),
    decode: mc.decodeMonteCarloView,
    encode: mc.encodeMonteCarloView,
    defaults: mc.DEFAULT_MC_VIEW,
  },
  {
    name: 'probability:bayes',
    path: '/probability',
    owns: tab('bayes'),
    decode: bayes.decodeBayesView,
    encode: bayes.encodeBayesView,
    defaults: bayes.DEFAULT_BAYES_VIEW,
  },
  {
    name: 'probability:mcmc',
    path: '/probability',
    owns: tab('mcmc'),
    decode: mcmc.decodeMcmcView,
    encode: mcmc.encodeMcmcView,
    defaults: mcmc.DEFAULT_MCMC_VIEW,
  },
  {
    name: 'probability:information',
    path: '/probability',
    owns: tab('information'),
    decode: information.decodeInformationView,
    encode: information.encodeInformationView,
    defaults: information.DEFAULT_INFORMATION_VIEW,
  },
  {
    name: 'calculus',
    path: '/calculus',
    owns: () => true,
    decode: calculus.decodeCalculusView,
    encode: calculus.encodeCalculusView,
    defaults: calculus.DEFAULT_VIEW,
  },
  {
    name: 'linear-algebra',
    path: '/linear-algebra',
    owns: () => true,
    decode: linalg.decodeLinalgView,
    encode: linalg.encodeLinalgView,
    defaults: linalg.DEFAULT_VIEW,
  },
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
