/**
 * `npm run test:e2e`: builds nothing itself (the npm script runs `vite build` first), serves `dist/` with
 * `vite preview` on a free loopback port, and runs every suite in real headless Chromium.
 * Without a browser it says so and exits 0, unless CI=true, where the browser suite is required.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { findChromium, launch, runTest, type E2ETest } from './harness';
import { appTests } from './app.e2e';
import { urlFuzzTests } from './urlFuzz.e2e';
import { probabilityTests } from './probability.e2e';
import { linalgTests } from './linalg.e2e';
import { calculusTests } from './calculus.e2e';
import { calc2Tests } from './calc2.e2e';
import { calc3Tests } from './calc3.e2e';
import { calculus5Tests } from './calculus5.e2e';
import { mcmcTests } from './mcmc.e2e';
import { probabilityTabsTests } from './probabilityTabs.e2e';
import { classroomTests } from './classroom.e2e';
import { classroom2Tests } from './classroom2.e2e';
import { classroom3Tests } from './classroom3.e2e';
import { a11yTests } from './a11y.e2e';
import { learnLinalgTests } from './learnLinalg.e2e';
import { pathTests } from './paths.e2e';
import { badInputTests } from './badInput.e2e';
import { soakTests } from './soak.e2e';
import { learnProbabilityTests } from './learnProbability.e2e';
import { learnCalculusTests } from './learnCalculus.e2e';
import { motionTests } from './motion.e2e';
import { mlTests } from './ml.e2e';
import { mlRegressionTests } from './mlRegression.e2e';
import { mlDeepTests } from './mlDeep.e2e';
import { addressTests } from './address.e2e';
import { mlPcaTests } from './mlPca.e2e';
import { prob3Tests } from './prob3.e2e';
import { prob4Tests } from './prob4.e2e';
import { prob5Tests } from './probability5.e2e';
import { prob6Tests } from './probability6.e2e';
import { la2Tests } from './la2.e2e';
import { la3Tests } from './la3.e2e';
import { linalg4Tests } from './linalg4.e2e';
import { linalg6Tests } from './linalg6.e2e';
import { exercisesTests } from './exercises.e2e';
import { exercisesSheetTests } from './exercisesSheet.e2e';
import { shareTests } from './share.e2e';

const suites: E2ETest[] = [
  ...appTests,
  ...probabilityTests,
  ...probabilityTabsTests,
  ...linalgTests,
  ...calculusTests,
  ...calc2Tests,
  ...calc3Tests,
  ...calculus5Tests,
  ...mcmcTests,
  ...classroomTests,
  ...classroom2Tests,
  ...classroom3Tests,
  ...motionTests,
  ...a11yTests,
  ...learnLinalgTests,
  ...pathTests,
  ...badInputTests,
  ...soakTests,
  ...learnProbabilityTests,
  ...mlTests,
  ...mlRegressionTests,
  ...mlPcaTests,
  ...prob3Tests,
  ...prob4Tests,
  ...prob5Tests,
  ...prob6Tests,
  ...mlDeepTests,
  ...addressTests,
  ...learnCalculusTests,
  ...urlFuzzTests,
  ...la2Tests,
  ...la3Tests,
  ...linalg4Tests,
  ...linalg6Tests,
  ...exercisesTests,
  ...exercisesSheetTests,
  ...shareTests,
];
/** Runs only the tests whose name holds one of these `|`-separated substrings (all tests when absent). */
const filters = process.argv[2]?.split('|').filter(Boolean) ?? [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

async function main(): Promise<number> {
  const executable = findChromium();
  if (!executable) {
    const how = 'Install one with `apt-get install chromium`, or point CHROMIUM_PATH at a Chromium binary.';
    if (process.env.CI === 'true') {
      console.error(`E2E: no Chromium found, and CI requires the browser suite. ${how}`);
      return 1;
    }
    console.log(`E2E: SKIPPED — the browser suite did not run because no Chromium was found. ${how}`);
    return 0;
  }
  const port = await freePort();
  const server = spawn(
    'node_modules/.bin/vite',
    // E2E_DIST serves another build directory, so that several builds can be tested side by side.
    [
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      process.env.E2E_DIST ?? 'dist',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  let failed = 0;
  let passed = 0;
  try {
    await waitFor(base + '/', 20_000);
    const browser = await launch(executable);
    try {
      for (const test of suites) {
        if (filters.length > 0 && !filters.some((f) => test.name.includes(f))) continue;
        const t0 = Date.now();
        const error = await runTest(browser, base, test);
        const secs = ((Date.now() - t0) / 1000).toFixed(1);
        if (error) {
          failed++;
          console.log(`  ✗ ${test.name} (${secs}s)\n    ${error.split('\n').join('\n    ')}`);
        } else {
          passed++;
          console.log(`  ✓ ${test.name} (${secs}s)`);
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
