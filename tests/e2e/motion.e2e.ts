/**
 * prefers-reduced-motion turns the animations into steps: the I → A morph, the optimizer race and the
 * MCMC replay update their picture at most about every half second instead of every frame. Each
 * animation is watched twice, with and without the preference, so the check shows it can tell them apart.
 */
import type { Page } from 'playwright-core';
import { assert, type E2ETest, type TestContext } from './harness';

interface Animation {
  name: string;
  route: string;
  /** An element whose text the animation rewrites as it moves. */
  watch: string;
  start: (page: Page) => Promise<void>;
}

const ANIMATIONS: Animation[] = [
  {
    name: 'linear algebra I → A morph',
    route: '/linear-algebra?v=1&a=1.5,0.5,0.3,1',
    watch: 'output[aria-label="time value"]',
    start: (page) => page.getByRole('button', { name: 'Animate', exact: true }).click(),
  },
  {
    name: 'optimizer race',
    route: '/calculus?v=1&steps=500&opt=gd,adam',
    watch: 'output[aria-label="step position"]',
    start: (page) => page.getByRole('button', { name: 'Run', exact: true }).click(),
  },
  {
    name: 'MCMC replay',
    route: '/probability?v=1&tab=mcmc&mcmc.speed=100&mcmc.steps=2000',
    watch: '.step-counter',
    start: (page) => page.getByRole('button', { name: 'Run', exact: true }).click(),
  },
];

/** Times (ms) at which the watched text changed during `ms` after the animation started. */
async function changes(t: TestContext, a: Animation, reduce: boolean, ms: number): Promise<number[]> {
  await t.page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
  await t.open(a.route);
  await t.page.waitForSelector(a.watch, { state: 'attached' });
  await t.page.evaluate((sel) => {
    // The app routes by hash, so the page (and an observer left by the last run) stays: replace it.
    const w = window as unknown as { __changes: number[]; __observer?: MutationObserver };
    w.__observer?.disconnect();
    w.__changes = [];
    let last = document.querySelector(sel)?.textContent;
    w.__observer = new MutationObserver(() => {
      const now = document.querySelector(sel)?.textContent;
      if (now !== last) w.__changes.push(performance.now());
      last = now;
    });
    w.__observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  }, a.watch);
  await a.start(t.page);
  await t.page.waitForTimeout(ms);
  return t.page.evaluate(() => (window as unknown as { __changes: number[] }).__changes);
}

const gaps = (times: number[]) => times.slice(1).map((x, i) => x - times[i]);

export const motionTests: E2ETest[] = [
  {
    name: 'motion: prefers-reduced-motion turns the I → A morph, the optimizer race and the MCMC replay into steps',
    async run(t) {
      const report: string[] = [];
      for (const a of ANIMATIONS) {
        const smooth = gaps(await changes(t, a, false, 2000));
        const stepped = gaps(await changes(t, a, true, 2400));
        const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[xs.length >> 1] ?? NaN;
        report.push(
          `${a.name}: ${smooth.length + 1} updates (median gap ${median(smooth).toFixed(0)} ms) normally; ` +
            `${stepped.length + 1} (shortest gap ${Math.min(...stepped).toFixed(0)} ms) with reduced motion`,
        );
        assert(median(smooth) < 120, `${a.name}: without the preference it should glide (${report.at(-1)})`);
        // The first update may come early (the animation starts from a still picture); then half-second steps.
        assert(stepped.length >= 2, `${a.name}: with reduced motion it should still move (${report.at(-1)})`);
        assert(
          Math.min(...stepped.slice(1)) >= 400,
          `${a.name}: steps closer than 400 ms (${report.at(-1)})`,
        );
      }
      console.log(`    ${report.join('\n    ')}`);
    },
  },
];
