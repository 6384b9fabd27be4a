import { createRng } from '../../src/core';
import { assert, type E2ETest } from './harness';

/** Seeded random query strings: keys of every page and tab mixed with junk values. */
function fuzzQueries(seed: number, count: number): string[] {
  const rng = createRng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)];
  const keys = [
    'v',
    'tab',
    'dist',
    'mean',
    'sd',
    'shape',
    'rate',
    'n',
    'p',
    'lambda',
    'samples',
    'seed',
    'f',
    'x0',
    'y0',
    'steps',
    'dim',
    'a',
    'lln.draws',
    'clt.draws',
    'mc.mode',
    'bayes.h',
    'mcmc.target',
    'kl.p',
    '__proto__',
    'constructor',
  ];
  const values = [
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-0',
    '1e-320',
    '9'.repeat(400),
    '%F0%9F%92%A5',
    'x%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '%24%7Balert(1)%7D',
    'toString',
    '%E2%80%9310',
    'sin(x',
    '1,2,3',
    '[]',
    '{}',
    'true',
    '-5',
    '0.5',
    '3',
  ];
  return Array.from({ length: count }, () => {
    const parts = Array.from(
      { length: 1 + Math.floor(rng.next() * 8) },
      () => `${pick(keys)}=${pick(values)}`,
    );
    const q = parts.join('&');
    return rng.next() < 0.3 ? q.slice(0, Math.floor(rng.next() * q.length)) : q; // truncated links
  });
}

const PAGES = ['/probability', '/calculus', '/linear-algebra', '/machine-learning', '/'];
const TABS = ['lln', 'clt', 'montecarlo', 'bayes', 'mcmc', 'information'];

export const urlFuzzTests: E2ETest[] = [
  {
    name: 'URL fuzzing: random, truncated, repeated-key, unicode and huge query strings never break a page',
    async run(t) {
      const { page } = t;
      const cases: string[] = [];
      for (const path of PAGES)
        for (const q of fuzzQueries(PAGES.indexOf(path) + 1, 6)) cases.push(`${path}?${q}`);
      for (const tab of TABS) cases.push(`/probability?v=1&tab=${tab}&${fuzzQueries(tab.length, 1)[0]}`);
      cases.push('/probability?v=1&dist=gamma&dist=normal&shape=2&shape=-1');
      cases.push(`/calculus?v=1&f=${'x%2B'.repeat(2000)}1`);
      cases.push(`/probability?v=1&dist=normal&mean=${'%CC%81'.repeat(300)}`);
      cases.push(`/linear-algebra?${'a=1&'.repeat(5000)}`); // a 20 kB query
      cases.push(`/probability?pad=${'x'.repeat(100_000)}`); // a 100 kB hash
      let passed = 0;
      for (const route of cases) {
        await page.goto(`${t.base}/#${route}`);
        await page.waitForSelector('main h1', { timeout: 15_000 });
        await page.waitForTimeout(150);
        const text = (await page.locator('main').textContent()) ?? '';
        assert(!/\bNaN\b/.test(text), `NaN shown for ${route.slice(0, 120)}`);
        assert(
          t.consoleErrors.length === 0,
          `console errors for ${route.slice(0, 120)}: ${t.consoleErrors.join(' | ')}`,
        );
        passed++;
      }
      console.log(`    URL fuzzing: ${passed} of ${cases.length} addresses rendered without errors`);
    },
  },
];
