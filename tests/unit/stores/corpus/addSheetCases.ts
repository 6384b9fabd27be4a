/**
 * Adds the exercise sheet's addresses to tests/fixtures/url-corpus.json (once, when the sheet became a
 * `defineView` view). Each view is what the sheet's hand-written reader (src/pages/ExerciseSheet/index.tsx
 * at 66b09ac, copied below) made of the address: the picks through the registry, the seed through readSeed, the
 * student number cut and held to 0 … 9999, the print mode one of three words. The ignored list is the
 * view's own (the hand-written reader kept none). Run with a loader that stubs the CSS the pages import:
 * `node --import tsx --import <a register() of a load hook answering .css with an empty module> tests/unit/stores/corpus/addSheetCases.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRng } from '../../../../src/core';
import { LEARNING_PATHS } from '../../../../src/app/learningPaths';
import { readPick, SHEET_PAGES } from '../../../../src/pages/ExerciseSheet/registry';
import { sheetView } from '../../../../src/pages/ExerciseSheet/view';
import { readSeed } from '../../../../src/ui/learn/variants';
import { toJson } from './bindings';

/** The sheet's reader as it was: `pick`, `seed`, `student`, `print` from the query. */
function legacy(q: URLSearchParams) {
  const seed = readSeed(q.get('seed'));
  const printText = q.get('print');
  return {
    pick: readPick(q.get('pick')),
    seed: seed ?? 0, // none: the page wrote a fresh one (0 in the view)
    student: Math.min(9999, Math.max(0, Math.trunc(Number(q.get('student')) || 0))),
    print: (['both', 'questions', 'answers'] as const).find((p) => p === printText) ?? 'both',
  };
}

const FILE = 'tests/fixtures/url-corpus.json';
const corpus = JSON.parse(readFileSync(FILE, 'utf8')) as {
  count: number;
  cases: { address: string; decoded: Record<string, unknown> }[];
};
corpus.cases = corpus.cases.filter((c) => !c.address.startsWith('/exercise-sheet'));

const ids = SHEET_PAGES.flatMap((p) => p.exercises.map((e) => `${p.page}/${e.id}`));
const rng = createRng(20261207);
const any = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)];
const addresses = new Set<string>();
// The home page's path links, the e2e's link, and the forms the sheet writes.
for (const p of LEARNING_PATHS)
  addresses.add(
    `/exercise-sheet?v=1&pick=${p.steps.flatMap((s) => (s.exercise ? [s.exercise] : [])).join(',')}`,
  );
addresses.add(
  '/exercise-sheet?v=1&pick=linear-algebra/compose-det,probability/conditional-ten-double,calculus/gd-20-steps,linear-algebra/pca-axis&seed=42',
);
addresses.add('/exercise-sheet');
addresses.add('/exercise-sheet?v=1');
addresses.add('/exercise-sheet?v=1&seed=1');
for (let i = 0; i < 20; i++) {
  const n = 1 + Math.floor(rng.next() * 6);
  const pick = Array.from({ length: n }, () => any(ids)).join(',');
  const seed = 1 + Math.floor(rng.next() * 999_999);
  const student = any([0, 0, 1, 7, 30, 9999]);
  const print = any(['both', 'both', 'questions', 'answers']);
  addresses.add(
    `/exercise-sheet?v=1&pick=${pick}&seed=${seed}${student ? `&student=${student}` : ''}${print !== 'both' ? `&print=${print}` : ''}`,
  );
}
// Corruptions: unknown and malformed ids, repeats, bad seeds, student numbers and print words.
const BAD: string[] = [
  'pick=calculus/nope,calculus/gd-20-steps',
  'pick=calculus/gd-20-steps,calculus/gd-20-steps',
  'pick=%3Cscript%3E',
  'pick=',
  'pick=,,,',
  'seed=0',
  'seed=-4',
  'seed=1.5',
  'seed=1e3',
  'seed=2147483648',
  'seed=99999999999',
  'seed=abc',
  'seed=',
  'student=-3',
  'student=12.7',
  'student=10000',
  'student=abc',
  'student=',
  'student=0x1f',
  'print=Questions',
  'print=all',
  'print=',
  'v=2',
];
for (const bad of BAD)
  addresses.add(
    `/exercise-sheet?v=1&pick=${any(ids)},${any(ids)}&seed=${1 + Math.floor(rng.next() * 99)}&${bad}`,
  );

for (const address of addresses) {
  const query = new URLSearchParams(address.includes('?') ? address.slice(address.indexOf('?') + 1) : '');
  const { ignored } = sheetView.decode(query);
  corpus.cases.push({
    address,
    decoded: { 'exercise-sheet': toJson({ view: legacy(query), ignored }) },
  });
}
corpus.count = corpus.cases.length;
writeFileSync(FILE, JSON.stringify(corpus, null, 1) + '\n');
console.log(`${addresses.size} sheet addresses; ${corpus.count} in all`);
