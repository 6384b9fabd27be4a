/**
 * The monkey soak: seeded random clicks, drags, typing, keys and navigation across every page for
 * SOAK_SECONDS (60 in the default run; `npm run soak` runs 600). Passes with zero console errors and
 * zero uncaught exceptions or unhandled rejections (the harness fails on either), and a JS heap, after a
 * forced garbage collection, within 20% of its value after the first minute (the long soak; the one-minute
 * run measures from its first third and fails only on a gross leak).
 */
import { writeFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { assert, type E2ETest } from './harness';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);

const SCENES = [
  '/',
  '/linear-algebra?v=1',
  '/linear-algebra?v=1&dim=3',
  '/linear-algebra?v=1&view=svd',
  '/linear-algebra?v=1&view=pca',
  '/calculus?v=1&steps=500',
  '/calculus?v=1&f=(1+-+x)%5E2+%2B+100*(y+-+x%5E2)%5E2&domain=-2,2,-1,3&start=-1.5,2&steps=2000&opt=gd,adam,newton',
  '/probability?v=1&dist=gamma&shape=2.5&rate=1.5&samples=100000',
  '/probability?v=1&tab=lln',
  '/probability?v=1&tab=clt',
  '/probability?v=1&tab=montecarlo',
  '/probability?v=1&tab=bayes',
  '/probability?v=1&tab=mcmc&mcmc.steps=5000',
  '/probability?v=1&tab=information',
  '/machine-learning?v=1&tab=nn',
  '/machine-learning?v=1&tab=nn&nn.data=sine&nn.layers=1&nn.units=8',
];
const TEXT = ['1', '0.5', '-2', '3e2', '', 'abc', '1e309', 'sin(x) * y', 'x^2 + y^2', '(x', '0', '10000'];
const KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', ' ', 'Escape', 'Tab', '?'];
/** Buttons whose effect leaves the page's sandbox (full screen, clipboard, downloads, print). */
const SKIP = /projector|present|full ?screen|export|copy|download|print|save/i;

/** mulberry32: a small seeded generator, so that a failing soak can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function pick(page: Page, selector: string, r: () => number): Promise<Locator | null> {
  const all = page.locator(selector);
  const n = await all.count();
  for (let tries = 0; tries < 4 && n > 0; tries++) {
    const el = all.nth(Math.floor(r() * n));
    if ((await el.isVisible()) && (await el.isEnabled().catch(() => false))) return el;
  }
  return null;
}

/**
 * The JS heap in MB after a forced GC. With SOAK_SNAPSHOTS=prefix it also writes a heap snapshot to
 * `<prefix>-<label>.heapsnapshot` (open two in DevTools' Memory panel, Comparison view, to see what grew).
 */
async function heapMb(page: Page, label: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const prefix = process.env.SOAK_SNAPSHOTS;
    if (prefix) {
      const chunks: string[] = [];
      cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      writeFileSync(`${prefix}-${label}.heapsnapshot`, chunks.join(''));
    }
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

/** The heap on the home page after a forced GC: the same calm state at both measurements. */
async function calmHeap(page: Page, base: string, label: string): Promise<number> {
  await page.goto(`${base}/#/`);
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(500);
  return heapMb(page, label);
}

export const soakTests: E2ETest[] = [
  {
    name: `soak: ${SECONDS} s of seeded random clicks, drags, typing, keys and navigation on every page`,
    async run(t) {
      const { page } = t;
      const seed = Number(process.env.SOAK_SEED ?? 20261121);
      const r = rng(seed);
      const counts = { navigate: 0, click: 0, type: 0, drag: 0, key: 0 };
      // Every page's code is loaded and every run button pressed once first, so that each store already
      // holds a result and the heap figures compare like with like.
      for (const scene of SCENES) {
        await t.open(scene);
        const run = page.locator('main button.primary:not([disabled])').first();
        if (await run.isVisible().catch(() => false)) await run.click();
        await page.waitForTimeout(1200);
      }
      const start = Date.now();
      let baseline: number | null = null;
      while (Date.now() - start < SECONDS * 1000) {
        if (baseline === null && Date.now() - start > (SECONDS * 1000) / 3)
          baseline = await calmHeap(page, t.base, 'first');
        const roll = r();
        try {
          if (roll < 0.08) {
            await page.goto(`${t.base}/#${SCENES[Math.floor(r() * SCENES.length)]}`);
            // A locator wait holds no element handle (a handle would pin the left page's DOM in the heap).
            await page.locator('main h1').first().waitFor({ timeout: 15_000 });
            counts.navigate++;
          } else if (roll < 0.5) {
            const el = await pick(
              page,
              'main button, nav a, main [role="tab"], main input[type="checkbox"], main input[type="radio"]',
              r,
            );
            const name = el
              ? ((await el.textContent()) ?? '') + ((await el.getAttribute('aria-label')) ?? '')
              : '';
            if (el && !SKIP.test(name)) {
              await el.click({ timeout: 2000 });
              counts.click++;
            }
          } else if (roll < 0.72) {
            const el = await pick(page, 'main input[type="text"], main textarea', r);
            if (el) {
              await el.fill(TEXT[Math.floor(r() * TEXT.length)], { timeout: 2000 });
              await el.press(r() < 0.5 ? 'Enter' : 'Tab');
              counts.type++;
            }
          } else if (roll < 0.9) {
            const el = await pick(page, 'main input[type="range"], main canvas, main svg.chart', r);
            const box = el ? await el.boundingBox() : null;
            if (box) {
              const x = box.x + box.width * r();
              const y = box.y + box.height * r();
              await page.mouse.move(x, y);
              await page.mouse.down();
              await page.mouse.move(box.x + box.width * r(), box.y + box.height * r(), { steps: 5 });
              await page.mouse.up();
              counts.drag++;
            }
          } else {
            await page.keyboard.press(KEYS[Math.floor(r() * KEYS.length)]);
            counts.key++;
          }
        } catch (e) {
          // An element that moved or went away between picking and acting is the monkey's problem, not the
          // page's: only page errors (the harness's console and pageerror checks) fail the soak.
          if (
            !(e instanceof Error) ||
            !/Timeout|detached|not visible|not attached|outside of the viewport|intercepts pointer/i.test(
              e.message,
            )
          )
            throw e;
        }
      }
      const final = await calmHeap(page, t.base, 'end');
      const base = baseline ?? final;
      const actions = Object.values(counts).reduce((a, b) => a + b, 0);
      console.log(
        `    seed ${seed}: ${actions} actions in ${SECONDS} s (${JSON.stringify(counts)}); console errors ${t.consoleErrors.length}; heap after GC ${base.toFixed(1)} MB at ${Math.round(Math.min(60, SECONDS / 3))} s, ${final.toFixed(1)} MB at the end (${(((final - base) / base) * 100).toFixed(1)}%)`,
      );
      assert(actions > SECONDS, `only ${actions} actions`);
      // The long soak holds the heap to +20% of its value after the first minute. In the one-minute run the
      // stores are still filling with their first results (measured: +15% from 40 s to 120 s, +25% from
      // 20 s to 60 s), so only a gross leak (+50%) fails it.
      const limit = SECONDS >= 300 ? 1.2 : 1.5;
      assert(final <= base * limit, `heap grew from ${base.toFixed(1)} MB to ${final.toFixed(1)} MB`);
    },
  },
];
