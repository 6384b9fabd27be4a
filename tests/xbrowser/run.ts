/**
 * `npm run test:xbrowser`: the cross-browser smoke suite (smoke.ts) in Firefox and WebKit, against the built
 * app (`dist/`, or E2E_DIST) served by `vite preview`. Chromium runs the full e2e suite (tests/e2e/run.ts).
 *
 * Engines found are run; the missing ones are named as skipped. With CI=true every engine is required.
 * XBROWSER_ENGINES=firefox (or webkit, or chromium: the smoke suite in Chromium too, for comparison) picks
 * engines; a first argument runs only tests whose name contains it.
 * Both engines run on a virtual display (our own Xvfb) so that WebGL works.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import type { ChildProcess } from 'node:child_process';
import { FirefoxDriver, findFirefox, launchFirefox } from './firefox';
import { findWebKit, startWebKitWebDriver, WebKitDriver } from './webkit';
import { ChromiumDriver } from './chromium';
import { findChromium, launch as launchChromium } from '../e2e/harness';
import { smokeTests, slug, type SmokeEnv, type SmokeTest } from './smoke';
import { freePort, hasXvfb, kill, startApp, startDisplay, waitForHttp, type AppServer } from './server';
import type { BaseDriver } from './base';

const TEST_TIMEOUT = 180_000;
const filter = process.argv[2];
const wanted = (process.env.XBROWSER_ENGINES ?? 'firefox,webkit').split(',').map((s) => s.trim());

interface Engine {
  name: 'firefox' | 'webkit' | 'chromium';
  missing: string | null;
  /** Starts the engine; returns a driver factory and a stop function. */
  start(
    display: string | undefined,
    base: string,
  ): Promise<{
    driver(): Promise<BaseDriver & { close(): Promise<void> }>;
    stop(): Promise<void>;
  }>;
}

const firefoxPath = findFirefox();
const webkit = findWebKit();
const display = hasXvfb() || !!process.env.DISPLAY;

const ENGINES: Engine[] = [
  {
    name: 'firefox',
    missing: firefoxPath ? null : 'no Firefox (apt-get install firefox-esr, or set FIREFOX_PATH)',
    async start(disp, base) {
      const browser: Browser = await launchFirefox(firefoxPath!, disp);
      const pid = browser.process()?.pid;
      return {
        driver: () => FirefoxDriver.create(browser, base),
        async stop() {
          await browser.close().catch(() => undefined);
          if (pid) {
            try {
              process.kill(pid, 'SIGKILL');
            } catch {
              /* already gone */
            }
          }
        },
      };
    },
  },
  {
    name: 'webkit',
    missing: !webkit
      ? 'no WebKitWebDriver/MiniBrowser (apt-get install webkit2gtk-driver)'
      : !display
        ? 'no display for the GTK MiniBrowser (apt-get install xvfb)'
        : null,
    async start(disp, base) {
      const port = await freePort();
      const child: ChildProcess = startWebKitWebDriver(webkit!.driver, port, disp);
      try {
        await waitForHttp(`http://127.0.0.1:${port}/status`, 15_000);
      } catch (e) {
        await kill(child);
        throw e;
      }
      return {
        driver: () => WebKitDriver.create(port, webkit!.browser, base),
        stop: () => kill(child),
      };
    },
  },
  {
    name: 'chromium',
    missing: findChromium() ? null : 'no Chromium (see tests/e2e/harness.ts findChromium)',
    async start(_disp, base) {
      const browser = await launchChromium(findChromium()!);
      return {
        driver: () => ChromiumDriver.create(browser, base),
        stop: () => browser.close(),
      };
    },
  },
];

const withTimeout = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    p,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms),
    ),
  ]);

async function runEngine(engine: Engine, app: AppServer, disp: string | undefined): Promise<number> {
  const t0 = Date.now();
  const records: Record<string, string> = {};
  let passed = 0;
  let failed = 0;
  console.log(`xbrowser: ${engine.name}${disp ? ` (display ${disp})` : ''}`);
  const started = await engine.start(disp, app.base);
  try {
    for (const test of smokeTests) {
      if (filter && !test.name.includes(filter)) continue;
      const t1 = Date.now();
      const lines: string[] = [];
      const env: SmokeEnv = {
        setOffline: (on) => app.setOffline(on),
        log: (m) => lines.push(m),
        record: (k, v) => (records[k] = v),
      };
      const error = await runOne(test, started.driver, env);
      const secs = ((Date.now() - t1) / 1000).toFixed(1);
      if (error) failed++;
      else passed++;
      console.log(`  ${error ? '✗' : '✓'} [${engine.name}] ${test.name} (${secs}s)`);
      for (const l of lines) console.log(`    ${l}`);
      if (error) console.log(`    ${error.split('\n').join('\n    ')}`);
    }
  } finally {
    await started.stop();
  }
  const secs = (Date.now() - t0) / 1000;
  records['suite time'] = `${secs.toFixed(0)} s`;
  console.log(`xbrowser ${engine.name}: ${passed} passed, ${failed} failed in ${secs.toFixed(0)} s`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    `test-results/xbrowser-${engine.name}.json`,
    JSON.stringify({ engine: engine.name, passed, failed, seconds: Math.round(secs), records }, null, 2) +
      '\n',
  );
  return failed > 0 || passed === 0 ? 1 : 0;
}

async function runOne(
  test: SmokeTest,
  makeDriver: () => Promise<BaseDriver & { close(): Promise<void> }>,
  env: SmokeEnv,
): Promise<string | null> {
  let d: (BaseDriver & { close(): Promise<void> }) | null = null;
  try {
    const t0 = Date.now();
    // One retry: under load a new MiniBrowser once failed to open the display ("cannot open display").
    d = await withTimeout(makeDriver(), 30_000, 'starting the browser session').catch((e: unknown) => {
      env.log(`first session attempt failed (${e instanceof Error ? e.message : String(e)}); retrying`);
      return withTimeout(makeDriver(), 30_000, 'starting the browser session (retry)');
    });
    env.log(`session ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await withTimeout(test.run(d, env), TEST_TIMEOUT, test.name);
    const errors = await d.errors();
    return errors.length > 0 ? `page errors: ${errors.join(' | ')}` : null;
  } catch (e) {
    if (d) await d.screenshot(`FAILED-${slug(test.name)}`).catch(() => undefined);
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    const errors = d ? await d.errors().catch(() => []) : [];
    return errors.length > 0 ? `${message}\n    page errors: ${errors.join(' | ')}` : message;
  } finally {
    env.setOffline(false);
    if (d) await d.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const ci = process.env.CI === 'true';
  const chosen = ENGINES.filter((e) => wanted.includes(e.name));
  const missing = chosen.filter((e) => e.missing);
  for (const e of missing) {
    console.log(`xbrowser: ${ci ? 'MISSING' : 'SKIPPED'} ${e.name}: ${e.missing}`);
  }
  if (ci && missing.length > 0) {
    console.error('xbrowser: CI requires every engine (Chromium, Firefox, WebKit).');
    return 1;
  }
  const runnable = chosen.filter((e) => !e.missing);
  if (runnable.length === 0) return 0;
  const app = await startApp(process.env.E2E_DIST ?? 'dist');
  let code = 0;
  try {
    const disp = await startDisplay();
    try {
      for (const engine of runnable) code |= await runEngine(engine, app, disp.display);
    } finally {
      await disp.stop();
    }
  } finally {
    await app.stop();
  }
  const ran = runnable.map((e) => e.name).join(', ');
  const skipped = missing.map((e) => e.name).join(', ');
  console.log(`xbrowser: ran ${ran}${skipped ? `; skipped ${skipped}` : ''}`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
