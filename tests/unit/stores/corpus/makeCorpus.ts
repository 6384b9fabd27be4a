/**
 * Writes tests/fixtures/url-corpus.json: addresses and what each binding decoded from them, captured from the
 * hand-written codecs before the view-schema change (commit noted in the file). Run once with
 * `npx tsx tests/unit/stores/corpus/makeCorpus.ts`; the corpus test then holds every later codec to it.
 * Sources: learning-path steps, preset scenes, every literal address in src/ and tests/, seeded random
 * valid views of every binding, and seeded corruptions of all of those.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEARNING_PATHS } from '../../../../src/app/learningPaths';
import { PRESETS as CALC_PRESETS } from '../../../../src/pages/Calculus/presets';
import { PRESETS as LINALG_PRESETS, presetMatrix } from '../../../../src/pages/LinearAlgebra/presets';
import { DEFAULT_VIEW as CALC_DEFAULT, calculusView } from '../../../../src/stores/calculus/view';
import { DEFAULT_VIEW as LINALG_DEFAULT, linalgView } from '../../../../src/stores/linalg/view';
import { DISTRIBUTION_NAMES, DISTRIBUTIONS, createRng } from '../../../../src/core';
import { CORPUS_BINDINGS, decodeAll } from './bindings';

const rng = createRng(20261206);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)];
const addresses = new Set<string>();
const add = (a: string) => addresses.add(a.replace(/^#/, ''));

// Learning paths.
for (const p of LEARNING_PATHS) for (const s of p.steps) add(s.route);

// Presets.
for (const p of CALC_PRESETS)
  add('/calculus?' + calculusView.encode({ ...CALC_DEFAULT, fn: p.fn, domain: p.domain, start: p.start }));
for (const dim of [2, 3] as const)
  for (const p of LINALG_PRESETS)
    add(
      '/linear-algebra?' +
        linalgView.encode({ ...LINALG_DEFAULT, dim, a: presetMatrix(p.name, dim, Math.PI / 6, 1) }),
    );

// Literal addresses written in the code and the tests.
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
const literal = /#?\/(probability|calculus|linear-algebra)\?[^'"`\s${}]+/g;
for (const f of [...files('src'), ...files('tests')])
  for (const m of readFileSync(f, 'utf8').matchAll(literal)) add(m[0]);

// Seeded random valid views: every number of a binding's defaults moved to a plausible value.
const NUMBERS = [0, 1, 2, 3, 0.5, 0.25, 0.1, 0.01, 7, 10, 42, 100, 1000, 12345, 1e-3, -1, -2.5, 0.9, 0.99];
function jiggle(v: unknown, depth = 0): unknown {
  if (typeof v === 'number') return rng.next() < 0.4 ? pick(NUMBERS) : v;
  if (typeof v === 'boolean') return rng.next() < 0.3 ? !v : v;
  if (Array.isArray(v)) return v.map((x) => jiggle(x, depth + 1));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jiggle(x, depth + 1)]));
  return v;
}
for (const b of CORPUS_BINDINGS) {
  const encode = b.encode as (view: unknown) => string;
  for (let i = 0; i < 24; i++) {
    let view = jiggle(b.defaults) as Record<string, unknown>;
    if ('dist' in view && 'params' in view && rng.next() < 0.7) {
      const dist = pick(DISTRIBUTION_NAMES);
      view = {
        ...view,
        dist,
        params: Object.fromEntries(DISTRIBUTIONS[dist].params.map((p) => [p.name, p.default])),
      };
    }
    try {
      add(`${b.path}?${encode(view)}`);
    } catch {
      // A jiggled view the old encoder cannot write is simply not part of the corpus.
    }
  }
}

// Seeded corruptions: junk values, unknown keys, other versions, truncated lists, duplicated keys.
const JUNK = [
  '',
  'abc',
  'NaN',
  'Infinity',
  '1e999',
  '-5',
  '0',
  '0.5',
  '1,2',
  '0x10',
  ' 3 ',
  'x'.repeat(40),
  '2.5e-3',
];
const valid = [...addresses];
for (let i = 0; i < 260; i++) {
  const address = pick(valid);
  const at = address.indexOf('?');
  const q = new URLSearchParams(address.slice(at + 1));
  const keys = [...q.keys()];
  const r = rng.next();
  if (r < 0.6 && keys.length > 0) q.set(pick(keys), pick(JUNK));
  else if (r < 0.7) q.set('v', pick(['2', '0', 'abc']));
  else if (r < 0.8) q.set(pick(['zzz', 'gd.momentum', 'adam.eps', 'lln.foo', 'tab']), pick(JUNK));
  else if (r < 0.9 && keys.length > 0) q.delete(pick(keys));
  else if (keys.length > 0) q.append(pick(keys), pick(JUNK));
  add(`${address.slice(0, at)}?${q.toString()}`);
}

const cases = [...addresses].map((address) => ({ address, decoded: decodeAll(address) }));
const commit = execSync('git rev-parse --short HEAD').toString().trim();
writeFileSync(
  'tests/fixtures/url-corpus.json',
  JSON.stringify({ capturedAt: commit, count: cases.length, cases }, null, 1) + '\n',
);
console.log(`${cases.length} addresses`);
