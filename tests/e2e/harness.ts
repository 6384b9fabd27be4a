/**
 * A small real-browser test harness: Debian's Chromium driven by playwright-core against the built app
 * served by `vite preview`. Each test gets a fresh context; console errors and uncaught exceptions fail it.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';

export const SCREENSHOTS = 'test-results/screenshots';

export interface TestContext {
  page: Page;
  context: BrowserContext;
  base: string;
  /** Opens a route (`/probability?...`) of the app and waits for the page to settle. */
  open(route: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  /**
   * Long tasks (ms) observed on the main thread since the last call. Each of 50 ms or more is printed
   * with the Long Animation Frame that holds it (the scripts that ran, layout and paint), unless `quiet`
   * (a call that only starts a measurement).
   */
  takeLongTasks(options?: { quiet?: boolean }): Promise<number[]>;
  /** Messages of console errors seen so far; expected ones can be removed by the test. */
  consoleErrors: string[];
}

export interface E2ETest {
  name: string;
  run(t: TestContext): Promise<void>;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/**
 * CHROMIUM_PATH, Debian's Chromium, then an installed Google Chrome, Chromium or Microsoft Edge where their
 * installers put them on Linux, macOS and Windows (the places playwright-core's `chrome`/`msedge` channels
 * look), so that a newcomer with Chrome needs no apt step.
 */
export function findChromium(): string | null {
  const env = process.env;
  const win = (root: string | undefined, rest: string) => (root ? `${root}\\${rest}` : undefined);
  const home = env.HOME ?? '';
  const candidates = [
    env.CHROMIUM_PATH,
    // Linux
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/microsoft/msedge/msedge',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    // macOS
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    `${home}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`,
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    // Windows
    win(env.LOCALAPPDATA, 'Google\\Chrome\\Application\\chrome.exe'),
    win(env.PROGRAMFILES, 'Google\\Chrome\\Application\\chrome.exe'),
    win(env['PROGRAMFILES(X86)'], 'Google\\Chrome\\Application\\chrome.exe'),
    win(env.LOCALAPPDATA, 'Chromium\\Application\\chrome.exe'),
    win(env['PROGRAMFILES(X86)'], 'Microsoft\\Edge\\Application\\msedge.exe'),
    win(env.PROGRAMFILES, 'Microsoft\\Edge\\Application\\msedge.exe'),
    win(env.LOCALAPPDATA, 'Microsoft\\Edge\\Application\\msedge.exe'),
  ];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export async function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}

// tsx compiles this suite with esbuild's keepNames, which wraps functions in a \`__name\` helper; functions
// passed to page.evaluate carry that call into the page, so the page gets a do-nothing \`__name\` too.
const LONGTASK_INIT = `
  window.__name = (f) => f;
  // Any Content Security Policy violation fails the test through the console-error check.
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline code'));
  });
  // An unhandled rejection fails the test like an uncaught exception does.
  window.addEventListener('unhandledrejection', (e) => {
    console.error('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
  });
  window.__longTasks = [];
  window.__longFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  // Long Animation Frames name the scripts behind a slow frame, and how long layout and paint took.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const scripts = (e.scripts || []).map((s) =>
          (s.invoker || '?') + ' ' + Math.round(s.duration) + ' ms' +
          (s.sourceFunctionName ? ' in ' + s.sourceFunctionName : '') +
          (s.sourceURL ? ' (' + s.sourceURL.split('/').pop() + ':' + s.sourceCharPosition + ')' : ''));
        window.__longFrames.push({
          start: e.startTime,
          end: e.startTime + e.duration,
          text: 'frame ' + Math.round(e.duration) + ' ms (blocking ' + Math.round(e.blockingDuration) +
            ', render ' + Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0) +
            ', style+layout ' + Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0) +
            ')' + (scripts.length ? ': ' + scripts.join('; ') : ''),
        });
      }
      if (window.__longFrames.length > 500) window.__longFrames.splice(0, window.__longFrames.length - 500);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) {}
`;

export async function runTest(browser: Browser, base: string, test: E2ETest): Promise<string | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(LONGTASK_INIT);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const t: TestContext = {
    page,
    context,
    base,
    consoleErrors,
    async open(route) {
      await page.goto(`${base}/#${route}`);
      // A locator wait, not waitForSelector: that returns an element handle which pins the old page's DOM
      // in the heap until the test ends (the soak's heap figure grew by every page it left).
      await page.locator('main h1').first().waitFor({ timeout: 15_000 });
    },
    async screenshot(name) {
      await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
    },
    async takeLongTasks({ quiet = false } = {}) {
      const { tasks, blame } = await page.evaluate(() => {
        type Frame = { start: number; end: number; text: string };
        const w = window as unknown as { __longTasks: [number, number][]; __longFrames: Frame[] };
        const taken = w.__longTasks.splice(0);
        const frames = w.__longFrames.splice(0);
        // Each long task of 50 ms or more is explained by the long animation frame that holds it.
        const blame = taken
          .filter(([, d]) => d >= 50)
          .map(([start, d]) => {
            const f = frames.find((fr) => fr.start <= start + 1 && start + d <= fr.end + 1);
            return `task ${d.toFixed(0)} ms at ${start.toFixed(0)}: ${f ? f.text : 'outside any animation frame'}`;
          });
        return { tasks: taken.map(([, d]) => d), blame };
      });
      if (!quiet) for (const line of blame) console.log(`    long task: ${line}`);
      return tasks;
    },
  };
  try {
    await test.run(t);
    if (consoleErrors.length > 0) return `console errors: ${consoleErrors.join(' | ')}`;
    return null;
  } catch (e) {
    await page.screenshot({ path: `${SCREENSHOTS}/FAILED-${slug(test.name)}.png` }).catch(() => undefined);
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    // The page's own errors usually explain a failed wait: report them with it.
    return consoleErrors.length > 0
      ? `${message}\n    console errors: ${consoleErrors.join(' | ')}`
      : message;
  } finally {
    await context.close();
  }
}

export function slug(s: string): string {
  return s.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}
