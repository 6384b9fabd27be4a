/**
 * The cross-browser smoke suite, defined once and run by every engine adapter (tests/xbrowser/run.ts).
 * Selectors are the accessible names the Chromium e2e suites use (tests/e2e/*.e2e.ts). A new page adds its
 * route to src/app/routes.ts (visited below with all its tabs) and, if it has a core flow, one test here.
 */
import { ROUTES } from '../../src/app/routes';
import { findCall, type Driver, type Name, type Role } from './driver';

export interface SmokeEnv {
  /** Makes the app's server refuse every connection (true) or serve again (false). */
  setOffline(offline: boolean): void;
  log(message: string): void;
  /** Per-engine numbers for the closing table (rAF rate, long tasks, …). */
  record(key: string, value: string): void;
}

export interface SmokeTest {
  name: string;
  run(d: Driver, env: SmokeEnv): Promise<void>;
}

export function check(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

const frames = (d: Driver, n: number) =>
  d.evaluate(
    `new Promise((done) => { let k = 0; const step = () => (++k >= ${n} ? done(true) : requestAnimationFrame(step)); requestAnimationFrame(step); })`,
  );

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Before a screenshot: up to 8 s for work in progress ("Evaluating f on the grid…", "Loading…") to end. */
const quiet = (d: Driver) =>
  d
    .waitFor(
      `!/Evaluating|Loading/.test(document.querySelector('main').innerText)`,
      'the page to settle',
      8000,
    )
    .catch(() => undefined);

/** The current value of a form control found by role and name. */
async function valueOf(d: Driver, role: Role, name: Name): Promise<string> {
  return d.evaluate<string>(
    `(() => { const s = ${findCall(role, name)}; return s ? document.querySelector(s).value : null; })()`,
  );
}

const num = async (d: Driver, label: string): Promise<number> => {
  const v = await d.output(label);
  return v === null || v === '' ? NaN : Number(v);
};

/**
 * What every visited view must satisfy: no NaN in the page's text or readouts, no page-crash screen, and
 * well-formed MathML (KaTeX's <msub>/<msup> with two children: Firefox reports anything else as an error,
 * and this check finds it in every engine).
 */
async function healthy(d: Driver, what: string): Promise<void> {
  const problem = await d.evaluate<string | null>(`(() => {
    const main = document.querySelector('main');
    if (!main) return 'no <main>';
    if (main.querySelector('section.page[role=alert]')) return 'the page crashed: ' + main.querySelector('section.page[role=alert]').textContent.slice(0, 200);
    const text = main.innerText;
    const m = /\\bNaN\\b/.exec(text);
    if (m) return 'the page shows NaN: …' + text.slice(Math.max(0, m.index - 80), m.index + 20) + '…';
    const bad = [...main.querySelectorAll('output[data-value]')].find((o) => /NaN/.test(o.getAttribute('data-value')));
    if (bad) return 'output ' + bad.getAttribute('aria-label') + ' holds NaN';
    const wrong = [...document.querySelectorAll('math msub, math msup, math msubsup')].find(
      (e) => e.children.length !== (e.localName === 'msubsup' ? 3 : 2));
    if (wrong) {
      const tex = wrong.closest('math')?.querySelector('annotation')?.textContent ?? '';
      return '<' + wrong.localName + '> with ' + wrong.children.length + ' children in ' + tex;
    }
    return null;
  })()`);
  check(!problem, `${what}: ${problem}`);
}

/** Visits the tabs of every tab list in <main> (they load lazily), checking and shooting each. */
async function visitTabs(d: Driver, page: string, env: SmokeEnv): Promise<number> {
  const lists = await d.evaluate<{ label: string; tabs: string[] }[]>(
    `[...document.querySelectorAll('main [role=tablist]')].map((l) => ({ label: l.getAttribute('aria-label'), tabs: [...l.querySelectorAll('[role=tab]')].map((t) => t.textContent.trim()) }))`,
  );
  let n = 0;
  for (const list of lists) {
    for (const tab of list.tabs) {
      const within = `main [role=tablist][aria-label="${list.label}"]`;
      await d.click('tab', tab, { within });
      await d.waitFor(
        `[...document.querySelectorAll('${within} [role=tab]')].some((t) => t.textContent.trim() === ${JSON.stringify(tab)} && t.getAttribute('aria-selected') === 'true')`,
        `tab ${tab} selected`,
      );
      // The panel is a lazy chunk: wait until it has replaced the loading line, then two frames.
      await d.waitFor(`!document.querySelector('main [aria-busy=true]')`, `tab ${tab} loaded`, 15_000);
      await frames(d, 2);
      await sleep(400);
      await quiet(d);
      await healthy(d, `${page} › ${tab}`);
      await d.screenshot(`${slug(page)}-${slug(tab)}`);
      n++;
    }
  }
  env.log(`${page}: ${n} tab${n === 1 ? '' : 's'} opened`);
  return n;
}

/** Opens the Theory, Exercises and Code panels together (KaTeX, code, exercise cards), checks and shoots them. */
async function learnPanels(d: Driver, page: string): Promise<void> {
  const within = 'main [role=group][aria-label="Learn"]';
  if (!(await d.evaluate<boolean>(`!!document.querySelector('${within}')`))) return;
  for (const panel of ['Theory', 'Exercises', 'Code']) await d.click('button', panel, { within });
  await d.waitFor(
    `document.querySelectorAll('${within} [aria-pressed=true]').length === 3`,
    'the learn panels',
  );
  await frames(d, 2);
  await sleep(400);
  await quiet(d);
  await healthy(d, `${page} › Theory, Exercises, Code`);
  await d.screenshot(`${slug(page)}-learn`);
  await d.click('button', 'Close panels');
}

export const slug = (s: string): string =>
  s
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'home';

/** Draws the share of a WebGL canvas's pixels that differ from its corner pixel, or null without a canvas. */
const drawnShare = (d: Driver, selector: string) =>
  d.evaluate<number | null>(`(() => {
    const c = document.querySelector(${JSON.stringify(selector)});
    if (!c || !c.width) return null;
    const off = document.createElement('canvas');
    off.width = c.width; off.height = c.height;
    const ctx = off.getContext('2d');
    ctx.drawImage(c, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let drawn = 0;
    for (let p = 0; p < data.length; p += 4)
      if (data[p] !== data[0] || data[p + 1] !== data[1] || data[p + 2] !== data[2]) drawn++;
    return drawn / (data.length / 4);
  })()`);

/** A WebGL page draws its scene (pixels on the canvas), or says it needs WebGL; returns which. */
async function webglOrMessage(d: Driver, canvas: string, page: string, env: SmokeEnv): Promise<void> {
  await d.waitFor(
    `document.querySelector(${JSON.stringify(canvas)}) || [...document.querySelectorAll('[role=status]')].some((s) => /needs WebGL/.test(s.textContent))`,
    `${page}: a WebGL canvas or the no-WebGL message`,
    20_000,
  );
  const gl = await d.evaluate<boolean>(`!!document.querySelector(${JSON.stringify(canvas)})`);
  if (!gl) {
    env.log(`${page}: no WebGL here; the page says it needs WebGL`);
    env.record(`${page} 3D`, 'no-WebGL message');
    return;
  }
  let share = 0;
  const end = Date.now() + 20_000;
  while (Date.now() < end && share <= 0.05) {
    await frames(d, 3);
    share = (await drawnShare(d, canvas)) ?? 0;
  }
  env.log(`${page}: WebGL scene drawn on ${(share * 100).toFixed(1)}% of the canvas`);
  env.record(`${page} 3D`, `WebGL, ${(share * 100).toFixed(0)}% drawn`);
  check(share > 0.05, `${page}: the WebGL canvas is nearly blank (${(share * 100).toFixed(1)}% drawn)`);
}

const PAGES: { route: string; label: string }[] = ROUTES.map((r) => ({ route: r.path, label: r.label }));

export const smokeTests: SmokeTest[] = [
  {
    name: 'the harness sees a console error, an uncaught error and an unhandled rejection in the page',
    async run(d) {
      await d.open('/');
      await d.evaluate(`(() => {
        console.error('xb-selftest console');
        setTimeout(() => { throw new Error('xb-selftest uncaught'); });
        Promise.reject(new Error('xb-selftest rejection'));
      })()`);
      await sleep(300);
      const seen = (await d.errors()).join(' | ');
      for (const what of ['console', 'uncaught', 'rejection'])
        check(seen.includes(`xb-selftest ${what}`), `the ${what} error was not seen: ${seen || 'nothing'}`);
      d.forget(/xb-selftest/);
    },
  },
  ...PAGES.map(({ route, label }): SmokeTest => ({
    name: `page ${label} and its tabs open with no console error`,
    async run(d, env) {
      await d.open(route);
      const h1 = await d.evaluate<string>(`document.querySelector('main h1').textContent`);
      check(h1.trim().length > 0, `${route}: empty heading`);
      await sleep(500);
      await quiet(d);
      await healthy(d, label);
      await d.screenshot(slug(label));
      await visitTabs(d, label, env);
      await learnPanels(d, label);
      if (route === '/linear-algebra') {
        // Its views are the "View" radio group.
        const views = await d.evaluate<string[]>(
          `[...document.querySelectorAll('[role=radiogroup][aria-label="View"] label')].map((l) => l.textContent.trim())`,
        );
        check(views.length >= 3, `linear algebra: only ${views.length} views`);
        for (const view of views) {
          await d.click('radio', view, { within: '[role=radiogroup][aria-label="View"]' });
          await frames(d, 2);
          await sleep(300);
          await healthy(d, `linear algebra › ${view}`);
          await d.screenshot(`linear-algebra-${slug(view)}`);
        }
        env.log(`linear algebra: ${views.length} views opened`);
      }
    },
  })),
  {
    name: 'probability: 10^6 Gamma(2.5, 1.5) draws have the right mean, and the link reproduces the view',
    async run(d) {
      await d.open('/probability');
      await d.select('Distribution', 'Gamma');
      await d.fill('spinbutton', 'shape', '2.5');
      await d.fill('spinbutton', 'rate', '1.5');
      await d.fill('spinbutton', 'seed', '7');
      await d.fill('spinbutton', 'sample size', '1000000');
      await d.click('button', 'Sample');
      await d.waitFor(
        `document.querySelector('output[aria-label="samples drawn"]')?.getAttribute('data-value') === '1000000' && !document.querySelector('progress')`,
        '10^6 samples drawn',
        60_000,
      );
      const mean = await num(d, 'sample mean');
      const se = Math.sqrt(2.5) / 1.5 / Math.sqrt(1e6);
      check(Math.abs(mean - 2.5 / 1.5) < 4 * se, `sample mean ${mean} is more than 4 SE from ${2.5 / 1.5}`);
      await healthy(d, 'probability after sampling');
      await d.screenshot('probability-gamma-1e6');
      // The link: the address holds the view; a fresh load of it shows the same settings.
      await d.waitFor(
        `/dist=gamma&shape=2.5&rate=1.5&samples=1000000&seed=7/.test(location.hash)`,
        'the address to hold the view',
      );
      const link = await d.url();
      await d.openUrl(link);
      await d.waitFor(`document.querySelector('svg.chart')`, 'the chart after the link');
      const dist = await valueOf(d, 'combobox', 'Distribution');
      check(dist === 'gamma', `the link ${link} opened ${dist}, not Gamma`);
      for (const [name, want] of [
        ['shape', '2.5'],
        ['rate', '1.5'],
        ['sample size', '1000000'],
        ['seed', '7'],
      ]) {
        const got = await valueOf(d, 'spinbutton', name);
        check(got === want, `after the link round-trip ${name} = ${got}, want ${want}`);
      }
    },
  },
  {
    name: 'probability: Cancel stops a 10^9 run at once (the worker is told) and the next run works',
    async run(d, env) {
      await d.open('/probability?v=1&dist=exponential&rate=2&samples=1000000000&seed=1');
      await d.click('button', 'Sample');
      await d.waitFor(
        `Number(document.querySelector('output[aria-label="samples drawn"]')?.getAttribute('data-value')) > 0`,
        'the first samples',
        20_000,
      );
      // Timed in the page, from the click to the progress bar leaving (driver round trips left out).
      await d.evaluate(`(() => {
        const c = (window.__xbCancel = {});
        document.addEventListener('click', (e) => { if (e.target.closest('button')?.textContent === 'Cancel') c.t0 = performance.now(); }, true);
        new MutationObserver(() => { if (c.t0 && !c.t1 && !document.querySelector('progress')) c.t1 = performance.now(); })
          .observe(document.body, { childList: true, subtree: true });
      })()`);
      await d.click('button', 'Cancel');
      await d.waitFor(`!document.querySelector('progress')`, 'the progress bar to go after Cancel', 5000);
      const ms = Math.round(await d.evaluate<number>(`window.__xbCancel.t1 - window.__xbCancel.t0`));
      check(ms < 1000, `Cancel took ${ms} ms to stop the run`);
      const drawn = await num(d, 'samples drawn');
      await sleep(500);
      check((await num(d, 'samples drawn')) === drawn, 'samples kept arriving after Cancel');
      env.log(`cancel took effect in ${ms} ms, after ${drawn.toLocaleString('en')} samples`);
      env.record('cancel', `${ms} ms`);
      await d.fill('spinbutton', 'sample size', '10000');
      await d.click('button', 'Sample');
      await d.waitFor(
        `document.querySelector('output[aria-label="samples drawn"]')?.getAttribute('data-value') === '10000'`,
        'a run after Cancel',
        20_000,
      );
    },
  },
  {
    name: 'probability: rAF rate and long tasks (or frame gaps ≥ 50 ms) while 10^7 samples stream',
    async run(d, env) {
      await d.open('/probability?v=1&dist=normal&mean=0&sd=1&samples=10000000&seed=3');
      await d.waitFor(`document.querySelector('svg.chart')`, 'the chart');
      await sleep(500);
      // Frames are counted by requestAnimationFrame; long tasks where the engine has the Long Tasks API.
      await d.evaluate(`(() => {
        const w = window; w.__xbFrames = []; w.__xbLong = []; w.__xbHasLong = false;
        try { new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__xbLong.push(e.duration); })
          .observe({ type: 'longtask' }); w.__xbHasLong = PerformanceObserver.supportedEntryTypes.includes('longtask'); } catch (e) {}
        const tick = (t) => { w.__xbFrames.push(t); if (!w.__xbStop) requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
      })()`);
      // The engine's own frame rate on this machine with the page idle, for comparison.
      await sleep(1500);
      const idle = await d.evaluate<number>(`(() => { const f = window.__xbFrames.splice(0);
        return (f.length - 1) / ((f[f.length - 1] - f[0]) / 1000); })()`);
      await d.evaluate(`window.__xbLong.splice(0)`);
      await d.click('button', 'Sample');
      const t0 = Date.now();
      await d.waitFor(
        `document.querySelector('output[aria-label="samples drawn"]')?.getAttribute('data-value') === '10000000'`,
        '10^7 samples',
        120_000,
      );
      const secs = (Date.now() - t0) / 1000;
      const m = await d.evaluate<{ frames: number[]; long: number[]; hasLong: boolean }>(
        `(() => { window.__xbStop = true; return { frames: window.__xbFrames, long: window.__xbLong, hasLong: window.__xbHasLong }; })()`,
      );
      const f = m.frames;
      const gaps = f.slice(1).map((t, i) => t - f[i]);
      const span = (f[f.length - 1] - f[0]) / 1000;
      const rate = (f.length - 1) / span;
      const big = gaps.filter((g) => g >= 50);
      const longest = Math.max(0, ...gaps);
      const longTasks = m.hasLong
        ? `${m.long.filter((x) => x >= 50).length} long tasks`
        : 'no Long Tasks API';
      env.log(
        `10^7 in ${secs.toFixed(1)} s: ${rate.toFixed(1)} frames/s (idle ${idle.toFixed(1)}), ${big.length} frame gaps ≥ 50 ms (longest ${longest.toFixed(0)} ms), ${longTasks}`,
      );
      env.record('10^7 stream', `${secs.toFixed(1)} s`);
      env.record('rAF rate', `${rate.toFixed(1)}/s (idle ${idle.toFixed(1)}/s)`);
      env.record('frame gaps ≥ 50 ms', `${big.length} (longest ${longest.toFixed(0)} ms)`);
      env.record(
        'long tasks ≥ 50 ms',
        m.hasLong ? String(m.long.filter((x) => x >= 50).length) : 'n/a (no API)',
      );
      check(f.length > 10, `only ${f.length} animation frames while sampling`);
      await healthy(d, 'probability after 10^7');
      await d.screenshot('probability-normal-1e7');
    },
  },
  {
    name: 'calculus: typing f and racing gives finite results; the 3D surface renders or says it needs WebGL',
    async run(d, env) {
      await d.open('/calculus');
      await d.fill('textbox', 'f(x, y)', 'x^2 + 3*y^2');
      await d.click('button', 'Run');
      await d.waitFor(
        `document.querySelector('output[aria-label="Adam final x"]')`,
        'the race results',
        30_000,
      );
      const x = await num(d, 'Adam final x');
      const y = await num(d, 'Adam final y');
      const loss = await num(d, 'Adam final loss');
      check(Number.isFinite(x) && Number.isFinite(y), `Adam ended at (${x}, ${y})`);
      check(
        Math.abs(loss - (x * x + 3 * y * y)) <= 1e-9 * Math.max(1, loss),
        `final loss ${loss} is not f(${x}, ${y})`,
      );
      await webglOrMessage(d, '.calc-canvas canvas', 'calculus', env);
      await healthy(d, 'calculus after the race');
      await d.screenshot('calculus-race');
    },
  },
  {
    name: 'linear algebra: changing a11 changes det; the 3D scene renders or says it needs WebGL',
    async run(d, env) {
      await d.open('/linear-algebra');
      await d.fill('spinbutton', 'a11 value', '2');
      await d.press('Enter');
      await d.fill('spinbutton', 'a12 value', '1');
      await d.press('Enter');
      await d.fill('spinbutton', 'a21 value', '0.5');
      await d.press('Enter');
      await d.fill('spinbutton', 'a22 value', '3');
      await d.press('Enter');
      await d.waitFor(
        `Math.abs(Number(document.querySelector('output[aria-label="determinant"]')?.getAttribute('data-value')) - 5.5) < 1e-12`,
        'det = 2·3 − 1·0.5 = 5.5',
      );
      await webglOrMessage(d, '.la-canvas canvas', 'linear algebra', env);
      await healthy(d, 'linear algebra');
      await d.screenshot('linear-algebra-det');
    },
  },
  {
    name: 'machine learning: the network trains a few epochs and its loss falls',
    async run(d, env) {
      await d.open('/machine-learning?v=1&tab=nn&nn.data=xor&nn.seed=7');
      await d.waitFor(
        `document.querySelector('output[aria-label="training loss"]')?.getAttribute('data-value')`,
        'the initial loss',
        20_000,
      );
      const initial = await num(d, 'training loss');
      await d.click('button', 'Train');
      await d.waitFor(
        `Number(document.querySelector('output[aria-label="epoch"]')?.getAttribute('data-value')) >= 5`,
        'five epochs',
        60_000,
      );
      await d.click('button', 'Pause');
      await d.waitFor(
        `[...document.querySelectorAll('button')].some((b) => b.textContent === 'Pause' && b.disabled)`,
        'training to stop',
      );
      const epoch = await num(d, 'epoch');
      const loss = await num(d, 'training loss');
      env.log(`xor: loss ${initial.toFixed(4)} → ${loss.toFixed(4)} after ${epoch} epochs`);
      check(Number.isFinite(loss) && loss < initial, `loss ${initial} → ${loss} after ${epoch} epochs`);
      await healthy(d, 'machine learning after training');
      await d.screenshot('ml-nn-trained');
    },
  },
  {
    name: 'projector mode: the button turns it on (larger type), and off again',
    async run(d) {
      await d.open('/probability');
      await d.waitFor(`document.querySelector('svg.chart path')`, 'the density chart');
      const font = () => d.evaluate<string>(`getComputedStyle(document.documentElement).fontSize`);
      const on = () => d.evaluate<boolean>(`document.documentElement.hasAttribute('data-projector')`);
      const normal = await font();
      await d.click('button', 'Projector mode');
      await d.waitFor(`document.documentElement.hasAttribute('data-projector')`, 'projector mode');
      const big = await font();
      check(parseFloat(big) > parseFloat(normal), `projector font ${big} is not larger than ${normal}`);
      await sleep(300);
      await healthy(d, 'projector mode');
      await d.screenshot('projector');
      await d.click('button', 'Projector mode');
      check(!(await on()), 'the button did not leave projector mode');
    },
  },
  {
    name: 'record video: records the 3D scene (WebM or MP4), or the button says recording is not supported',
    async run(d, env) {
      await d.open('/linear-algebra');
      await d.waitFor(
        `document.querySelector('main canvas') || [...document.querySelectorAll('[role=status]')].some((s) => /needs WebGL/.test(s.textContent))`,
        'the scene or the no-WebGL message',
        20_000,
      );
      if (!(await d.evaluate<boolean>(`!!document.querySelector('main canvas')`))) {
        env.record('record video', 'no canvas (no WebGL)');
        return;
      }
      // Downloads are caught in the page (no file dialog in any engine): the file the app links is kept.
      await d.evaluate(`(() => {
        window.__xbDownloads = [];
        const blobs = new Map();
        const create = URL.createObjectURL;
        URL.createObjectURL = (b) => { const u = create.call(URL, b); blobs.set(u, b); return u; };
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {
          if (this.download) { window.__xbDownloads.push({ name: this.download, blob: blobs.get(this.href) }); return; }
          return click.call(this);
        };
      })()`);
      await d.click('button', 'Export');
      const state = await d.evaluate<{ disabled: boolean; text: string } | null>(`(() => {
        const b = [...document.querySelectorAll('#export-panel button')].find((x) => /Record video/.test(x.getAttribute('aria-label') || x.textContent));
        return b ? { disabled: b.disabled, text: b.textContent } : null;
      })()`);
      check(state, 'no Record video button in the Export panel');
      if (state.disabled) {
        check(
          /not supported in this browser/.test(state.text),
          `Record video is disabled without a reason: ${state.text}`,
        );
        env.log(`record video: "${state.text}"`);
        env.record('record video', 'says not supported');
        return;
      }
      await d.click('button', /^Record video: /, { within: '#export-panel' });
      // Something to record; clicked in the page so that focus and scrolling stay with the Export panel.
      await d.evaluate(
        `[...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === 'Animate')?.click()`,
      );
      await d.waitFor(
        `/Recording [2-9] s/.test(document.querySelector('#export-panel .rec-status')?.textContent ?? '')`,
        'two seconds of recording',
        20_000,
      );
      await d.click('button', /^Stop recording: /, { within: '#export-panel' });
      // Either a file, or the page's own message saying why there is none (the engine could not record).
      await d.waitFor(
        `window.__xbDownloads.length > 0 || document.querySelector('#export-panel .record-video [role=alert]')`,
        'the recorded file or a message',
        20_000,
      );
      const why = await d.evaluate<string | null>(
        `window.__xbDownloads.length ? null : document.querySelector('#export-panel .record-video [role=alert]').textContent`,
      );
      if (why) {
        env.log(`record video: the page says "${why}"`);
        env.record('record video', `message: ${why}`);
        return;
      }
      const file = await d.evaluate<{ name: string; size: number; head: number[] }>(`(async () => {
        const f = window.__xbDownloads[0];
        const b = new Uint8Array(await f.blob.arrayBuffer());
        return { name: f.name, size: b.length, head: [...b.subarray(0, 12)] };
      })()`);
      const webm = file.head.slice(0, 4).join() === '26,69,223,163';
      const mp4 = String.fromCharCode(...file.head.slice(4, 8)) === 'ftyp';
      env.log(
        `record video: ${file.name}, ${file.size} bytes, ${webm ? 'WebM' : mp4 ? 'MP4' : 'unknown format'}`,
      );
      env.record('record video', `${webm ? 'WebM' : mp4 ? 'MP4' : '?'} ${Math.round(file.size / 1024)} kB`);
      check(file.size > 10_000, `the page saved a recording of only ${file.size} bytes (and said nothing)`);
      check(webm || mp4, `the recording is neither WebM nor MP4: ${file.head.join(',')}`);
    },
  },
  {
    name: 'offline: after the first visit the app reloads and samples with the server gone (service worker)',
    async run(d, env) {
      await d.open('/probability');
      await d.waitFor(`'serviceWorker' in navigator`, 'service worker support');
      await d.evaluate(`navigator.serviceWorker.ready.then(() => true)`);
      await d.waitFor(`navigator.serviceWorker.controller`, 'the service worker to control the page', 20_000);
      env.setOffline(true);
      try {
        await d.reload();
        await d.fill('spinbutton', 'sample size', '10000');
        await d.click('button', 'Sample');
        await d.waitFor(
          `document.querySelector('output[aria-label="samples drawn"]')?.getAttribute('data-value') === '10000'`,
          'samples drawn offline',
          20_000,
        );
        // Another page's chunk comes from the cache too.
        await d.click('link', 'Calculus');
        await d.waitFor(
          `/calculus/i.test(document.querySelector('main h1')?.textContent ?? '')`,
          'the calculus page offline',
          20_000,
        );
        await healthy(d, 'calculus offline');
        await d.screenshot('offline-calculus');
        env.record('offline reload', 'works');
      } finally {
        env.setOffline(false);
      }
    },
  },
];
