import type { Page } from 'playwright-core';
import { assert, SCREENSHOTS, slug, type E2ETest, type TestContext } from './harness';
import { stageMeasure } from './classroom2.e2e';
import { MODES } from '../../src/stores/linalg/view';

/**
 * The stage (top bar's Stage, key S) on every page, tab and view, at the two projector sizes of issue 20:
 * the staged figures cover at least 60% of the screen, their axis text is at least 20 px, and nothing they
 * show is below the fold, beyond the right edge, under the bar, overlapping another staged figure or NaN.
 */
interface StageCase {
  label: string;
  route: string;
  /**
   * Shows the controls strip (key C) as well. The lecturer has then given part of the screen to the controls
   * (a third of it in projector mode): the figures must fill {@link STRIP_SHARE} of the area beside the strip
   * and above the bar, the stage's free area (60% of the screen is for the stage with its controls hidden).
   */
  strip?: boolean;
  /** What the scene needs on stage besides its charts (selectors that must be shown inside the window). */
  needs?: string[];
  /**
   * The view's one picture is square and its companions are words (readouts), not pictures: on a 16:9 screen
   * the picture alone can cover at most (free height)² of the screen (about 48%), a geometric limit. Such a
   * view must fill the free height with its picture (share ≥ {@link SQUARE_SHARE}) and, with its readouts
   * beside it, cover at least 60% (the staged content).
   */
  square?: boolean;
}

const SIZES: [number, number][] = [
  [1280, 720],
  [1920, 1080],
];
const SHARE = 0.6;
/** A square picture as tall as the free area of a 16:9 screen covers about 48% of it (1280 × 720). */
const SQUARE_SHARE = 0.42;
const TEXT_PX = 20;
/** With the controls strip shown: the share of the free area beside it that the figures cover. */
const STRIP_SHARE = 0.8;

/**
 * Stages that do not meet every rule yet (issue 20 stays open for them). Their measures are printed with the
 * rest, marked "known", and not asserted; every other case is, so a stage that works today cannot regress.
 * A case leaves this list when it passes (the run names the ones that passed while listed).
 */
const KNOWN: Record<string, string> = {};

const PROBABILITY: StageCase[] = [
  { label: 'prob-distributions', route: '/probability?v=1&dist=gamma' },
  { label: 'prob-lln', route: '/probability?v=1&tab=lln' },
  { label: 'prob-clt', route: '/probability?v=1&tab=clt' },
  { label: 'prob-montecarlo-pi', route: '/probability?v=1&tab=montecarlo' },
  { label: 'prob-bayes', route: '/probability?v=1&tab=bayes' },
  {
    label: 'prob-mcmc',
    route: '/probability?v=1&tab=mcmc',
    needs: ['output[aria-label="acceptance rate"]', '.play-controls button', '.mcmc-legend'],
  },
  { label: 'prob-information', route: '/probability?v=1&tab=information' },
  { label: 'prob-conditional', route: '/probability?v=1&tab=conditional' },
  { label: 'prob-gaussians', route: '/probability?v=1&tab=gaussians', square: true },
  { label: 'prob-vi', route: '/probability?v=1&tab=vi' },
];

const MACHINE_LEARNING: StageCase[] = [
  { label: 'ml-nn', route: '/machine-learning?v=1&tab=nn' },
  { label: 'ml-regression', route: '/machine-learning?v=1&tab=regression' },
  { label: 'ml-pca', route: '/machine-learning?v=1&tab=pca' },
  { label: 'ml-deep', route: '/machine-learning?v=1&tab=deep' },
];

const CALCULUS: StageCase[] = [
  { label: 'calc-2d-3d', route: '/calculus?v=1' },
  { label: 'calc-strip', route: '/calculus?v=1', strip: true },
  { label: 'calc-1d', route: '/calculus?v=1&1d=1' },
];

const LINEAR_ALGEBRA: StageCase[] = MODES.map((view) => ({
  label: `la-${view}`,
  route: `/linear-algebra?v=1&view=${view}`,
  // One square plane with its readouts beside it.
  square: ['norms', 'vectors', 'cholesky', 'projection', 'gramschmidt', 'maps'].includes(view),
}));
LINEAR_ALGEBRA.push({ label: 'la-transform-3d', route: '/linear-algebra?v=1&dim=3' });

/** What else a stage shows wrong: staged figures over each other or under the bar, NaN, a missing need. */
async function stageProblems(page: Page, needs: string[]): Promise<string[]> {
  return page.evaluate((needs) => {
    const out: string[] = [];
    const figures = [...document.querySelectorAll<HTMLElement>('.stage-figure')];
    const boxes = figures.map((f) => f.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 2 && h > 2)
          out.push(`staged figures ${i} and ${j} overlap by ${w.toFixed(0)} × ${h.toFixed(0)}`);
      }
    const bar = document.querySelector('.presenter-bar')?.getBoundingClientRect();
    const barTop = bar && bar.height > 0 ? bar.top : innerHeight;
    for (const [i, f] of figures.entries()) {
      for (const el of f.querySelectorAll('svg, canvas, img, button, output')) {
        if (el.parentElement?.closest('svg') || el.closest('.visually-hidden')) continue;
        const q = el.getBoundingClientRect();
        if (q.width === 0 || q.height === 0) continue;
        if (q.bottom > barTop + 1) out.push(`figure ${i}: a ${el.tagName.toLowerCase()} under the bar`);
        if (q.left < -1 || q.right > innerWidth + 1)
          out.push(`figure ${i}: a ${el.tagName.toLowerCase()} beyond the side (${q.left}..${q.right})`);
      }
      // Text a chart draws past its own svg's box is cut there (svg clips its overflow): a y label longer than
      // the plot is tall, the last tick of an axis at the plot's right edge.
      for (const t of f.querySelectorAll<SVGTextElement>('svg text')) {
        const svg = t.ownerSVGElement;
        if (!svg || t.closest('.visually-hidden') || !(t.textContent ?? '').trim()) continue;
        if (getComputedStyle(svg).overflow === 'visible') continue;
        const q = t.getBoundingClientRect();
        const s = svg.getBoundingClientRect();
        if (q.width === 0 || q.height === 0 || s.width === 0) continue;
        const cut = Math.max(s.left - q.left, q.right - s.right, s.top - q.top, q.bottom - s.bottom);
        // Glyph boxes include the font's ascent and descent: only cuts into the letters count.
        if (cut > Math.max(3, q.height * 0.3))
          out.push(
            `figure ${i}: “${t.textContent}” is cut by its chart's edge (${cut.toFixed(0)} px outside)`,
          );
      }
      const shown =
        (f.innerText ?? '') + [...f.querySelectorAll('svg text')].map((t) => t.textContent).join(' ');
      if (/\bNaN\b|undefined|Infinity/.test(shown)) out.push(`figure ${i} shows NaN, undefined or Infinity`);
    }
    for (const sel of needs) {
      const el = figures
        .flatMap((f) => [...f.querySelectorAll<HTMLElement>(sel)])
        .find((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
      if (!el) {
        out.push(`${sel} is not on stage`);
        continue;
      }
      const q = el.getBoundingClientRect();
      if (q.bottom > barTop + 1 || q.right > innerWidth + 1 || q.top < -1 || q.left < -1)
        out.push(`${sel} is outside the stage (${q.left.toFixed(0)}, ${q.top.toFixed(0)})`);
    }
    return out;
  }, needs);
}

/** The smallest text of any kind the staged svg charts draw (px), besides the axis text stageMeasure reads. */
async function smallestSvgText(page: Page): Promise<number> {
  return page.evaluate(() => {
    let min = Infinity;
    for (const f of document.querySelectorAll<HTMLElement>('.stage-figure')) {
      const scale = f.getBoundingClientRect().width / Math.max(1, f.offsetWidth);
      for (const t of f.querySelectorAll('svg text'))
        if (
          t.getClientRects().length > 0 &&
          (t.textContent ?? '').trim() !== '' &&
          !t.closest('.visually-hidden')
        )
          min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale);
    }
    return min;
  });
}

/** Opens each case, puts it on stage with S (and C), and measures it at both sizes. */
async function stageEvery(t: TestContext, cases: StageCase[], projector: boolean): Promise<void> {
  const { page } = t;
  if (projector) await page.addInitScript(() => window.localStorage.setItem('mfml-projector', '1'));
  const failures: string[] = [];
  const passedWhileKnown: string[] = [];
  for (const c of cases) {
    const before = failures.length;
    await page.setViewportSize({ width: SIZES[0][0], height: SIZES[0][1] });
    await t.open(c.route);
    // The page has drawn something before it goes on stage (a chart, a canvas; a hidden tab's do not count).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('main svg, main canvas')].some((el) => {
          const r = el.getBoundingClientRect();
          return r.width >= 100 && r.height >= 100 && getComputedStyle(el).visibility !== 'hidden';
        }),
      undefined,
      { timeout: 20_000 },
    );
    await page.waitForTimeout(400);
    await page.keyboard.press('s');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-stage-layout'));
    if (c.strip) {
      await page.keyboard.press('c');
      await page.locator('.stage-controls').waitFor();
    }
    for (const [w, h] of SIZES) {
      if (w !== SIZES[0][0]) {
        await page.setViewportSize({ width: w, height: h });
        await page.waitForTimeout(300);
      }
      await page
        .locator('.stage-figure')
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
      const m = await stageMeasure(page);
      const problems = await stageProblems(page, c.needs ?? []);
      const anyText = await smallestSvgText(page);
      const count = await page.locator('.stage-figure').count();
      const name = `${c.label}${projector ? '-projector' : ''}-${w}`;
      await page.screenshot({ path: `${SCREENSHOTS}/classroom3-${slug(name)}.png` });
      const text = Number.isFinite(m.minText) ? `${m.minText.toFixed(1)} px` : 'none';
      console.log(
        `    ${c.label}${projector ? ' (projector)' : ''} at ${w} × ${h}: share ${(m.share * 100).toFixed(0)}% (inked ${(m.inked * 100).toFixed(0)}%, all content ${(m.content * 100).toFixed(0)}%)${c.square ? ' [square picture]' : ''}, axis text ${text}, any svg text ${Number.isFinite(anyText) ? anyText.toFixed(1) : 'none'} px, bottom ${m.bottom.toFixed(0)}, right ${m.right.toFixed(0)}, ${count} figure(s)${problems.length ? `; ${problems.join('; ')}` : ''}`,
      );
      const at = `${c.label}${projector ? ' (projector)' : ''} at ${w} × ${h}`;
      if (count === 0) failures.push(`${at}: nothing on stage`);
      if (c.square) {
        if (!(m.share >= SQUARE_SHARE)) failures.push(`${at}: square picture ${(m.share * 100).toFixed(1)}%`);
        if (!(m.content >= SHARE)) failures.push(`${at}: staged content ${(m.content * 100).toFixed(1)}%`);
      } else if (c.strip) {
        // The free area: right of the strip, above the bar.
        const free = await page.evaluate(() => {
          const strip = document.querySelector('.stage-controls')!.getBoundingClientRect();
          const bar = document.querySelector('.presenter-bar');
          const top =
            bar && bar.getBoundingClientRect().height > 0 ? bar.getBoundingClientRect().top : innerHeight;
          return ((innerWidth - strip.right) * top) / (innerWidth * innerHeight);
        });
        console.log(
          `      (strip: the free area is ${(free * 100).toFixed(0)}% of the screen; the figures cover ${((m.share / free) * 100).toFixed(0)}% of it)`,
        );
        if (!(m.share / free >= STRIP_SHARE))
          failures.push(`${at}: ${((m.share / free) * 100).toFixed(1)}% of the area beside the strip`);
      } else if (!(m.share >= SHARE)) failures.push(`${at}: share ${(m.share * 100).toFixed(1)}%`);
      if (Number.isFinite(m.minText) && m.minText < TEXT_PX)
        failures.push(`${at}: axis text ${m.minText.toFixed(1)} px`);
      if (m.bottom > h + 1) failures.push(`${at}: below the fold (bottom ${m.bottom.toFixed(0)})`);
      if (m.right > w + 1) failures.push(`${at}: beyond the right edge (${m.right.toFixed(0)})`);
      for (const p of problems) failures.push(`${at}: ${p}`);
    }
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-stage-layout'));
    const known = KNOWN[c.label];
    if (known) {
      const own = failures.splice(before);
      if (own.length > 0) console.log(`    known (${c.label}: ${known}):\n      ${own.join('\n      ')}`);
      else passedWhileKnown.push(c.label);
    }
  }
  if (passedWhileKnown.length > 0)
    console.log(`    listed as known but passed here: ${passedWhileKnown.join(', ')}`);
  assert(failures.length === 0, `stage checks failed:\n      ${failures.join('\n      ')}`);
}

const groups: [string, StageCase[]][] = [
  ['probability tab', PROBABILITY],
  ['machine-learning tab', MACHINE_LEARNING],
  ['calculus view (2-D and 3-D, the controls strip, 1-D)', CALCULUS],
  ['linear-algebra view', LINEAR_ALGEBRA],
];

export const classroom3Tests: E2ETest[] = groups.flatMap(([what, cases]) =>
  [false, true].map((projector) => ({
    name: `classroom 3: stage (S) on every ${what} at 1280 × 720 and 1920 × 1080${projector ? ', projector mode' : ''}: ≥ 60% of the screen, axis text ≥ 20 px, nothing below the fold`,
    run: (t: TestContext) => stageEvery(t, cases, projector),
  })),
);
