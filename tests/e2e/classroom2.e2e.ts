import type { Page } from 'playwright-core';
import { encodeDeckParam, type Scene } from '../../src/app/deck/deckCodec';
import { assert, SCREENSHOTS, type E2ETest, type TestContext } from './harness';
import { presented } from './webglHelpers';

const W = 1280;
const H = 720;

/** What {@link stageMeasure} reads off the stage. */
export interface StageMeasure {
  /** The share of the screen covered by the bounding box of the staged pictures (clipped to the window). */
  share: number;
  /** The sum of the pictures' own areas over the screen's. */
  inked: number;
  /** The smallest axis text as drawn (px); Infinity where the figures have no axis text (a 3-D view). */
  minText: number;
  /** The lowest and rightmost edge of anything the staged figures draw, not clipped: beyond the window is cut. */
  bottom: number;
  right: number;
  /**
   * The share of the screen covered by the bounding box of everything the staged figures show (pictures, and
   * the readouts, legends and buttons staged with them), clipped to the window.
   */
  content: number;
}

/**
 * The main figure on stage: the share of the screen covered by the bounding box of its pictures (its svg
 * charts, canvases and images, and a picture a page draws with buttons and marks data-stage-picture, clipped
 * to the window), the sum of their own areas, the smallest axis text as drawn (px), how far down and right
 * the figures reach (their pictures, words and buttons, unclipped), and the share of all they show.
 */
export async function stageMeasure(page: Page): Promise<StageMeasure> {
  // The fit has settled when its transform is a scale and stays the same for 0.6 s (a chart that answers
  // the new width a frame later asks for another fit, which starts again from its natural size).
  let last = '';
  let sameSince = Date.now();
  for (const t0 = Date.now(); Date.now() - t0 < 10_000;) {
    const now = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.stage-figure')].map((f) => f.style.transform).join('|'),
    );
    if (now !== last || !now.includes('scale')) sameSince = Date.now();
    last = now;
    if (Date.now() - sameSince >= 600) break;
    await page.waitForTimeout(100);
  }
  return page.evaluate(() => {
    // The main figure and its companions beside it (the network's loss curves, the chain's trace plots).
    const figures = [...document.querySelectorAll<HTMLElement>('.stage-figure')];
    let l = Infinity;
    let t = Infinity;
    let r = -Infinity;
    let b = -Infinity;
    let inked = 0;
    let minText = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    const all = { l: Infinity, t: Infinity, r: -Infinity, b: -Infinity };
    for (const f of figures) {
      const scale = f.getBoundingClientRect().width / f.offsetWidth;
      // Anything the figure shows reaches the fold or the edge, not only its pictures.
      const shown = 'svg, canvas, img, button, output, label, li, p, h3, select, input';
      for (const el of [...(f.matches(shown) ? [f] : []), ...f.querySelectorAll(shown)]) {
        if (el.parentElement?.closest('svg') || el.closest('.visually-hidden')) continue;
        const q = el.getBoundingClientRect();
        if (q.width === 0 || q.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        bottom = Math.max(bottom, q.bottom);
        right = Math.max(right, q.right);
        all.l = Math.min(all.l, Math.max(0, q.left));
        all.t = Math.min(all.t, Math.max(0, q.top));
        all.r = Math.max(all.r, Math.min(innerWidth, q.right));
        all.b = Math.max(all.b, Math.min(innerHeight, q.bottom));
      }
      // A picture drawn with buttons (the dice grid) is marked data-stage-picture by its page.
      const pictures = 'svg, canvas, img, [data-stage-picture]';
      // The staged element may be a picture itself (a tab's first chart, when it marks no figure).
      for (const el of [...(f.matches(pictures) ? [f] : []), ...f.querySelectorAll(pictures)]) {
        if (el.parentElement?.closest('svg')) continue;
        const q = el.getBoundingClientRect();
        if (q.width < 40 || q.height < 40) continue; // legend swatches and icons
        const cl = Math.max(0, q.left);
        const ct = Math.max(0, q.top);
        const cr = Math.min(innerWidth, q.right);
        const cb = Math.min(innerHeight, q.bottom);
        inked += Math.max(0, cr - cl) * Math.max(0, cb - ct);
        l = Math.min(l, cl);
        t = Math.min(t, ct);
        r = Math.max(r, cr);
        b = Math.max(b, cb);
      }
      for (const el of f.querySelectorAll('.axis text, .axis-label'))
        if ((el as SVGGraphicsElement).getClientRects().length > 0)
          minText = Math.min(minText, parseFloat(getComputedStyle(el).fontSize) * scale);
    }
    const screen = innerWidth * innerHeight;
    return {
      // No picture on stage covers nothing.
      share: Number.isFinite(l) ? ((r - l) * (b - t)) / screen : 0,
      inked: inked / screen,
      minText,
      bottom,
      right,
      content: Number.isFinite(all.l) ? ((all.r - all.l) * (all.b - all.t)) / screen : 0,
    };
  });
}

/** A 3-D canvas as 24 × 24 grey levels, once its last frame is on it (null while undrawn). */
async function surfacePrint(page: Page, SURFACE: string): Promise<number[] | null> {
  await presented(page, SURFACE);
  return page.evaluate((sel) => {
    const c = document.querySelector(sel) as HTMLCanvasElement | null;
    if (!c) return null;
    const off = document.createElement('canvas');
    off.width = off.height = 24;
    const ctx = off.getContext('2d')!;
    ctx.drawImage(c, 0, 0, 24, 24);
    const d = ctx.getImageData(0, 0, 24, 24).data;
    const out: number[] = [];
    for (let i = 0; i < d.length; i += 4) out.push(Math.round((d[i] + d[i + 1] + d[i + 2]) / 3));
    return out.some((v) => v !== out[0]) ? out : null;
  }, SURFACE);
}

/** The share of cells whose grey level differs by more than 24. */
const unlike = (a: number[], b: number[]) => a.filter((v, i) => Math.abs(v - b[i]) > 24).length / a.length;

async function settledSurface(page: Page, canvas = '.calc-canvas canvas'): Promise<number[]> {
  let last: number[] | null = null;
  for (let i = 0; i < 40; i++) {
    const now = await surfacePrint(page, canvas);
    if (now && last && unlike(now, last) === 0) return now;
    last = now;
    await page.waitForTimeout(250);
  }
  throw new Error('the surface never settled');
}

const where = (page: Page) => page.locator('.presenter-where').textContent();
async function waitScene(page: Page, n: number, total = 6): Promise<void> {
  await page.waitForFunction(
    (prefix) => document.querySelector('.presenter-where')?.textContent?.startsWith(prefix),
    `Scene ${n} of ${total}`,
  );
}

/** Opens a deck link and presents it (the deck's own page, then Present). */
async function present(t: TestContext, scenes: Scene[]): Promise<void> {
  await t.page.setViewportSize({ width: W, height: H });
  await t.page.addInitScript(() => window.localStorage.setItem('mfml-projector', '1'));
  await t.open(`/deck?d=${encodeDeckParam({ version: 3, scenes })}`);
  await t.page.getByRole('button', { name: 'Present', exact: true }).click();
  await waitScene(t.page, 1, scenes.length);
}

const CALC = '#/calculus?v=1&f=(x%5E2%20%2B%20y%20-%2011)%5E2%20%2B%20(x%20%2B%20y%5E2%20-%207)%5E2';
const DECK: Scene[] = [
  {
    hash: `${CALC}&opt=gd`,
    title: 'Gradient descent',
    note: 'Predict first.',
    stage: 'figure',
    autoplay: true,
    hidePreview: true,
    speaker: 'Ask where it ends before playing.',
  },
  {
    hash: `${CALC}&opt=momentum`,
    title: 'Then momentum, then Adam',
    note: '',
    stage: 'figure',
    autoplay: true,
    builds: [`${CALC}&opt=gd,momentum`, `${CALC}&opt=gd,momentum,adam`],
  },
  { hash: `${CALC}&opt=gd,adam`, title: 'Live edit', note: 'Change the learning rate.', stage: 'controls' },
  { hash: '#/probability?v=1&dist=gamma', title: 'Gamma density', note: '', stage: 'figure' },
  { hash: '#/probability?v=1&tab=clt', title: 'CLT', note: '', stage: 'figure' },
  { hash: '#/probability?v=1&tab=mcmc', title: 'MCMC', note: '', stage: 'figure', autoplay: true },
];

export const classroom2Tests: E2ETest[] = [
  {
    name: 'classroom 2: a 6-scene deck on two pages with clicker keys only: stage ≥ 60%, autoplay, builds, a live edit then PageDown, presenter view',
    async run(t) {
      const { page } = t;
      await present(t, DECK);
      const shares: string[] = [];
      const measure = async (label: string, least = 0.6) => {
        const m = await stageMeasure(page);
        await page.screenshot({ path: `${SCREENSHOTS}/classroom2-${label}.png` });
        console.log(`    ${label}: ${JSON.stringify(m)}`);
        shares.push(`${label}: ${(m.share * 100).toFixed(0)}% (axis text ≥ ${m.minText.toFixed(1)} px)`);
        assert(m.share >= least, `${label}: main figure takes ${(m.share * 100).toFixed(1)}% of the screen`);
        assert(m.bottom <= H + 1, `${label}: figure below the fold (bottom ${m.bottom})`);
        if (least > 0 && Number.isFinite(m.minText))
          assert(m.minText >= 19.5, `${label}: axis text ${m.minText.toFixed(1)} px`);
      };

      // Scene 1: the race starts by itself, within a second of the race being there.
      const t0 = Date.now();
      await page.waitForFunction(
        () => {
          const o = document.querySelector('.calc-race output');
          const m = o?.textContent?.match(/^(\d+) \//);
          return !!m && Number(m[1]) > 0;
        },
        undefined,
        { timeout: 10_000 },
      );
      console.log(`    autoplay: the race was moving ${Date.now() - t0} ms after the scene opened`);
      assert(
        await page.evaluate(() => document.documentElement.hasAttribute('data-hide-preview')),
        'the preview path is not hidden',
      );
      await measure('scene1-calculus');

      // No "Loading…" from here on: the deck's pages were fetched when the show started.
      await page.evaluate(() => {
        const w = window as unknown as { __flash: number };
        w.__flash = 0;
        new MutationObserver(() => {
          for (const el of document.querySelectorAll('.loading'))
            if (el.textContent === 'Loading…') w.__flash++;
        }).observe(document.body, { childList: true, subtree: true });
      });

      // Scene 2 (autoplay too) and its builds: each PageDown reveals the next optimizer.
      await page.keyboard.press('PageDown');
      const frames: string[] = await page.evaluate(
        () =>
          new Promise<string[]>((done) => {
            const seen: string[] = [];
            const end = performance.now() + 1000;
            const look = () => {
              const text = document.querySelector('.calc-race output')?.textContent ?? '';
              if (seen[seen.length - 1] !== text) seen.push(text);
              if (performance.now() < end) requestAnimationFrame(look);
              else done(seen);
            };
            look();
          }),
      );
      console.log(`    autoplay on scene 2, race step readouts within 1 s: ${frames.join(' | ')}`);
      const moving = frames.map((f) => Number(f.split(' /')[0])).filter((k) => k > 0);
      assert(
        moving.length >= 2 && Math.min(...moving) < 60,
        `scene 2 did not start its race within 1 s: ${frames.join(' | ')}`,
      );
      await waitScene(page, 2);
      await page.keyboard.press('PageDown');
      await page.waitForFunction(() => decodeURIComponent(window.location.hash).includes('opt=gd,momentum'));
      assert((await page.locator('.presenter-build').textContent())?.includes('step 2 of 3'), 'build 2');
      assert((await where(page))?.startsWith('Scene 2 of 6'), 'a build step moved to the next scene');
      await page.keyboard.press('PageDown');
      await page.waitForFunction(() =>
        decodeURIComponent(window.location.hash).includes('opt=gd,momentum,adam'),
      );
      await measure('scene2-build3');

      // Scene 3: a live edit in a number field, then PageDown still advances.
      await page.keyboard.press('Space');
      await waitScene(page, 3);
      const lr = page
        .locator('.stage-controls .calc-opt-params')
        .first()
        .getByRole('spinbutton', { name: 'learning rate' });
      await lr.click();
      await lr.fill('0.002');
      await page.waitForFunction(
        () => /lr=0\.002/.test(decodeURIComponent(window.location.hash)),
        undefined,
        { timeout: 5000 },
      );
      // With the controls strip beside it the figure has less room: at least a third of the screen.
      await measure('scene3-controls-strip', 0.33);
      await page.keyboard.press('PageDown');
      await waitScene(page, 4);
      // Enter in a field commits and gives the keys back: Right then advances.
      await page.keyboard.press('PageUp');
      await waitScene(page, 3);
      await lr.click();
      await lr.fill('0.003');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(100);
      await page.keyboard.press('ArrowRight');
      await waitScene(page, 4);
      await measure('scene4-density');

      await page.keyboard.press('ArrowRight');
      await waitScene(page, 5);
      await page.locator('.stage-figure svg').first().waitFor();
      await measure('scene5-clt');

      // Blank screen on B, back on the next key without moving.
      await page.keyboard.press('b');
      assert(await page.getByTestId('blank-stage').isVisible(), 'B did not blank the stage');
      await page.keyboard.press('PageDown');
      assert(!(await page.getByTestId('blank-stage').isVisible()), 'the blank stayed');
      assert((await where(page))?.startsWith('Scene 5 of 6'), 'unblanking moved the scene');

      // The presenter view: a second window that drives the stage.
      const [view] = await Promise.all([
        t.context.waitForEvent('page'),
        page.getByRole('button', { name: 'Presenter view' }).click(),
      ]);
      await view.getByTestId('pv-current').waitFor();
      assert((await view.getByTestId('pv-current').textContent()) === 'CLT', 'presenter view current');
      assert((await view.getByTestId('pv-next').textContent()) === 'MCMC', 'presenter view next');
      await view.getByRole('button', { name: 'Next', exact: true }).click();
      await waitScene(page, 6);
      await view.waitForFunction(
        () => document.querySelector('[data-testid="pv-current"]')?.textContent === 'MCMC',
      );
      // The MCMC sampler (square) with the trace plots beside it.
      await measure('scene6-mcmc');
      await view.screenshot({ path: `${SCREENSHOTS}/classroom2-presenter-view.png` });
      await view.getByRole('button', { name: 'Previous' }).click();
      await waitScene(page, 5);
      await view.close();

      const flashes = await page.evaluate(() => (window as unknown as { __flash: number }).__flash);
      console.log(`    stage shares: ${shares.join('; ')}; Loading… flashes: ${flashes}`);
      assert(flashes === 0, `"Loading…" showed ${flashes} times after the show started`);

      // The bar hides by H and by its button, and shows again.
      await page.keyboard.press('h');
      assert(!(await page.locator('.presenter-bar').isVisible()), 'H did not hide the bar');
      await page.getByRole('button', { name: 'Show presenter bar' }).click();
      await page.locator('.presenter-bar').waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.presenter').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'classroom 2: stage screenshots of the linear-algebra, machine-learning and 360 px stages',
    async run(t) {
      const { page } = t;
      await present(t, [
        {
          hash: '#/linear-algebra?v=1&a=0,-1.5,1.5,0.5',
          title: 'Rotate and stretch',
          note: '',
          stage: 'figure',
          autoplay: true,
        },
        { hash: '#/machine-learning?v=1&tab=nn', title: 'Network', note: '', stage: 'figure' },
        // The scene's choice of figures and arrangement: the boundary alone; the sampler above its traces.
        {
          hash: '#/machine-learning?v=1&tab=nn',
          title: 'Boundary alone',
          note: '',
          stage: 'figure',
          panels: 'main',
        },
        { hash: '#/probability?v=1&tab=mcmc', title: 'MCMC', note: '', stage: 'figure', layout: 'stacked' },
        { hash: '#/probability?v=1&tab=clt', title: 'CLT', note: 'k = 30', stage: 'controls' },
      ]);
      const labels = ['linalg', 'nn', 'nn-main', 'mcmc-stacked', 'clt-strip'];
      for (const [i, label] of labels.entries()) {
        if (i > 0) {
          await page.keyboard.press('PageDown');
          await waitScene(page, i + 1, labels.length);
        }
        for (const [w, h] of [
          [W, H],
          [1920, 1080],
        ]) {
          await page.setViewportSize({ width: w, height: h });
          const m = await stageMeasure(page);
          console.log(
            `    ${label} at ${w} × ${h}: ${(m.share * 100).toFixed(0)}% of the screen (figures' own area ${(m.inked * 100).toFixed(0)}%), axis text ≥ ${m.minText.toFixed(1)} px`,
          );
          await page.waitForTimeout(600);
          await page.screenshot({ path: `${SCREENSHOTS}/classroom2-${label}${w === W ? '' : `-${w}`}.png` });
          if (label === 'nn') {
            // The square boundary with the loss curves beside it.
            assert(m.share >= 0.6, `${label} at ${w} × ${h}: ${(m.share * 100).toFixed(1)}%`);
            assert(m.minText >= 19.5, `${label} at ${w} × ${h}: axis text ${m.minText.toFixed(1)} px`);
            assert(m.bottom <= h + 1, `${label} at ${w} × ${h}: below the fold`);
          }
          const boxes = await page.evaluate(() =>
            [...document.querySelectorAll('.stage-figure')].map((f) => {
              const r = f.getBoundingClientRect();
              return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
            }),
          );
          if (label === 'nn-main') assert(boxes.length === 1, `${boxes.length} figures on a main-only scene`);
          // The sampler on top; its companions (readouts, trace plots) in a row below it.
          if (label === 'mcmc-stacked')
            assert(
              boxes.length >= 2 && boxes.slice(1).every((b) => b.top >= boxes[0].bottom - 1),
              `not stacked: ${JSON.stringify(boxes)}`,
            );
        }
        await page.setViewportSize({ width: W, height: H });
      }
      await page.setViewportSize({ width: 360, height: 740 });
      await page.waitForTimeout(700);
      const barH = await page.locator('.presenter-bar').evaluate((el) => el.getBoundingClientRect().height);
      console.log(`    360 px: presenter bar ${barH.toFixed(0)} px high`);
      assert(barH <= 48, `at 360 px the presenter bar is ${barH} px high`);
      // The controls strip (this scene shows it) spans the width above the figure: nothing in it is cut.
      await page.waitForTimeout(500);
      const strip = await page.locator('.stage-controls').evaluate((el) => {
        const r = el.getBoundingClientRect();
        const fig = document.querySelector('.stage-figure')!.getBoundingClientRect();
        return { width: r.width, over: el.scrollWidth - el.clientWidth, bottom: r.bottom, figTop: fig.top };
      });
      console.log(`    360 px strip: ${JSON.stringify(strip)}`);
      assert(strip.width >= 340 && strip.over <= 1, `the strip at 360 px clips: ${JSON.stringify(strip)}`);
      assert(strip.figTop >= strip.bottom - 1, 'the figure is under the strip');
      await page.screenshot({ path: `${SCREENSHOTS}/classroom2-360.png` });
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'classroom 2: the Stage button (S) outside a presentation: the figure fills the screen, C the controls, Esc leaves',
    async run(t) {
      const { page } = t;
      await page.setViewportSize({ width: W, height: H });
      await t.open('/probability?v=1&tab=clt');
      await page.locator('main [data-stage="main"] svg').first().waitFor();
      await page.getByRole('button', { name: 'Stage', exact: true }).click();
      const m = await stageMeasure(page);
      console.log(
        `    CLT stage: ${(m.share * 100).toFixed(0)}% of the screen, axis text ≥ ${m.minText.toFixed(1)} px`,
      );
      assert(m.share >= 0.6, `the staged figure covers ${(m.share * 100).toFixed(0)}%`);
      assert(m.minText >= 20, `axis text ${m.minText} px`);
      assert(!(await page.locator('.topbar').isVisible()), 'the top bar is still shown on stage');
      await page.screenshot({ path: `${SCREENSHOTS}/classroom2-stage-toggle.png` });
      await page.keyboard.press('c');
      const strip = page.locator('.stage-controls');
      await strip.waitFor();
      assert(await strip.isVisible(), 'C did not show the controls strip');
      const draws = strip.getByRole('spinbutton', { name: /draws/ }).first();
      assert((await draws.count()) === 1, 'no draws field in the strip');
      await page.screenshot({ path: `${SCREENSHOTS}/classroom2-stage-toggle-strip.png` });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-stage-layout'));
      assert(await page.locator('.topbar').isVisible(), 'the top bar did not come back');
      await page.keyboard.press('s');
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-stage-layout'));
      await page.keyboard.press('s');
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-stage-layout'));

      // The network's square boundary on stage, with its loss curves beside it, in the dark theme.
      await page.emulateMedia({ colorScheme: 'dark' });
      await t.open('/machine-learning?v=1&tab=nn');
      await page.locator('main [data-stage="main"] svg').first().waitFor();
      await page.keyboard.press('s');
      const nn = await stageMeasure(page);
      console.log(
        `    NN stage (S, dark): ${(nn.share * 100).toFixed(0)}% of the screen, axis text ≥ ${nn.minText.toFixed(1)} px`,
      );
      await page.screenshot({ path: `${SCREENSHOTS}/classroom2-stage-toggle-nn-dark.png` });
      assert(nn.share >= 0.6, `the staged network covers ${(nn.share * 100).toFixed(0)}%`);
      assert(nn.minText >= 19.5, `network axis text ${nn.minText} px`);
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'classroom 2: the 3-D camera is in the view (calculus, linear algebra, PCA scores, network output): turned by buttons, written to the link, restored from it',
    async run(t) {
      const { page } = t;
      await page.setViewportSize({ width: W, height: 900 });
      const pages = [
        { route: '/calculus?v=1', canvas: '.calc-canvas canvas', cam: '-1.55,1.05,1.25,0,0' },
        { route: '/linear-algebra?v=1&dim=3', canvas: '.la-canvas canvas', cam: '-0.6,0.65,1.25,0,0' },
        {
          route: '/machine-learning?v=1&tab=pca&pca.3d=1',
          canvas: '.nn-canvas canvas',
          cam: '-1.8,0.7,1.25,0,0',
          key: 'pca.cam',
          // Points on a plain background: a turn moves few of the 24 × 24 cells.
          turn: 0.03,
          group: '3-D scores controls',
        },
        {
          route: '/machine-learning?v=1&tab=nn&nn.3d=1',
          canvas: '.nn-canvas canvas',
          cam: '-1.7,0.9,1.25,0,0',
          key: 'nn.cam',
          group: '3-D view controls',
        },
      ];
      for (const { route, canvas, cam: want, key = 'cam', group, turn = 0.1 } of pages) {
        await t.open(route);
        const home = await settledSurface(page, canvas);
        const buttons = group ? page.getByRole('group', { name: group }) : page;
        for (const name of ['Rotate left', 'Rotate left', 'Tilt up', 'Zoom in'])
          await buttons.getByRole('button', { name, exact: true }).click();
        await page.waitForFunction((k) => window.location.hash.includes(`${k}=`), key, { timeout: 5000 });
        const turned = await settledSurface(page, canvas);
        const link = await page.evaluate(() => window.location.href);
        const cam = new URL(link.replace('#/', '')).searchParams.get(key);
        console.log(
          `    ${route}: cam=${cam}; the turn changed ${(unlike(home, turned) * 100).toFixed(0)}% of the picture`,
        );
        assert(cam === want, `cam=${cam}`);
        assert(unlike(home, turned) > turn, 'the buttons did not turn the view');
        await page.goto('about:blank');
        await page.goto(link);
        const restored = await settledSurface(page, canvas);
        console.log(
          `    restored from the link: ${(unlike(turned, restored) * 100).toFixed(1)}% differs from the turned view`,
        );
        assert(unlike(turned, restored) < 0.03, 'the link did not restore the camera');
        await buttons.getByRole('button', { name: 'Reset view', exact: true }).click();
        await page.waitForFunction((k) => !window.location.hash.includes(`${k}=`), key, {
          timeout: 5000,
        });
      }
    },
  },
];
