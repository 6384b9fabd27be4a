/**
 * Issue 21, exercises that teach: attempts before answers, paths with an ending, and side panels that keep
 * the page's figure in view.
 */
import type { Page } from 'playwright-core';
import { LEARNING_PATHS } from '../../src/app/learningPaths';
import { assert, type E2ETest } from './harness';
import { card, noNaN } from './pageHelpers';
import { frames } from './webglHelpers';

const SHEAR = 'Predict: the area after a shear';

/** Every page (and Machine learning tab) with an Exercises panel, and what shows its figure is drawn. */
const PAGES = [
  { route: '/linear-algebra', ready: 'main canvas' },
  { route: '/calculus', ready: 'main svg' },
  { route: '/probability', ready: 'svg.chart' },
  { route: '/probability?v=1&tab=lln', ready: 'svg.chart' },
  { route: '/probability?v=1&tab=bayes', ready: 'svg.chart' },
  { route: '/probability?v=1&tab=vi', ready: '.vi-plot svg' },
  { route: '/machine-learning?v=1&tab=nn', ready: '.data-plot svg' },
  { route: '/machine-learning?v=1&tab=regression', ready: '.reg-plot svg' },
  { route: '/machine-learning?v=1&tab=pca', ready: '.pca-plot svg' },
  { route: '/machine-learning?v=1&tab=deep', ready: '.deep-tab .deep-grid' },
];

/**
 * Pages whose figure is less than half in view at 1366 × 768 even with every panel closed, where no side
 * panel can help (none today: the network tab shows its boundary first, the PCA tab its scores plot).
 */
const BELOW_THE_FOLD = new Set<string>([]);

/**
 * Marks the page's main figure — the chart (svg or canvas, at least 200 × 120 px) in main with the most area
 * in view when the page opens — and returns the fraction of its area inside the viewport and not under the learning drawer.
 */
async function figureVisible(page: Page): Promise<{ fraction: number; box: string }> {
  return page.evaluate(() => {
    let el = document.querySelector<HTMLElement | SVGElement>('[data-e2e-figure]');
    if (!el) {
      let best = 0;
      for (const c of document.querySelectorAll<HTMLElement | SVGElement>('main svg, main canvas')) {
        const r = c.getBoundingClientRect();
        if (r.width < 200 || r.height < 120) continue;
        const a =
          Math.max(0, Math.min(innerWidth, r.right) - Math.max(0, r.left)) *
          Math.max(0, Math.min(innerHeight, r.bottom) - Math.max(0, r.top));
        if (a > best) {
          best = a;
          el = c;
        }
      }
      el?.setAttribute('data-e2e-figure', '');
    }
    if (!el) return { fraction: 0, box: 'no figure' };
    const r = el.getBoundingClientRect();
    const W = window.innerWidth;
    const H = window.innerHeight;
    const clip = (x0: number, x1: number, y0: number, y1: number) =>
      Math.max(0, Math.min(x1, r.right) - Math.max(x0, r.left)) *
      Math.max(0, Math.min(y1, r.bottom) - Math.max(y0, r.top));
    let inView = clip(0, W, 0, H);
    const drawer = document.querySelector('.learn-drawer')?.getBoundingClientRect();
    if (drawer) {
      const under =
        Math.max(0, Math.min(W, r.right, drawer.right) - Math.max(0, r.left, drawer.left)) *
        Math.max(0, Math.min(H, r.bottom, drawer.bottom) - Math.max(0, r.top, drawer.top));
      inView -= under;
    }
    return {
      fraction: inView / (r.width * r.height),
      box: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`,
    };
  });
}

export const exercisesTests: E2ETest[] = [
  {
    name: 'exercises: a wrong answer twice shows hints and not the value; the third shows it; attempts are recorded',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('button', { name: 'Exercises', exact: true }).click();
      const shear = card(page, SHEAR);
      const box = shear.getByRole('textbox', { name: `${SHEAR}: det S` });
      const status = shear.getByRole('status');
      const tryValue = async (v: string, expect: string) => {
        await box.fill(v);
        await shear.getByRole('button', { name: 'Check', exact: true }).click();
        await status.getByText(expect, { exact: false }).waitFor();
        return (await status.textContent()) ?? '';
      };
      const first = await tryValue('1.5', 'too high');
      assert(first.startsWith('Not yet: too high.'), `first: ${first}`);
      assert(!/det S = 1\b/.test(first), `first gives the value away: ${first}`);
      await shear.getByText('Hint:', { exact: false }).waitFor();
      const solutionShown = async () => (await shear.locator('.learn-solution').count()) > 0;
      assert(!(await solutionShown()), 'no solution after one wrong answer');

      const second = await tryValue('0.5', 'too low');
      assert(second.startsWith('Not yet: too low.'), `second: ${second}`);
      assert(second.includes('1 more try'), `second: ${second}`);
      const cardText = (await shear.textContent()) ?? '';
      assert(!/det S = 1\b|= 1\. The first column/.test(cardText), `card gives the value away: ${cardText}`);
      assert(!(await solutionShown()), 'no solution after two wrong answers');
      await t.screenshot('exercises-two-wrong');
      await shear.screenshot({ path: 'test-results/screenshots/exercises-two-wrong-card.png' });

      const third = await tryValue('2', 'det S = 1');
      assert(third.startsWith('Not yet: det S = 1'), `third: ${third}`);
      assert(await solutionShown(), 'the solution shows after the third wrong answer');
      const record = (await shear.getByLabel(`${SHEAR}: attempts`).textContent()) ?? '';
      assert(record.startsWith('3 attempts, 1 hint used'), `record: ${record}`);
      const progress = (await page.getByLabel('exercise progress').textContent()) ?? '';
      assert(/^0 of \d+ solved · 3 attempts · 1 hint/.test(progress), `progress: ${progress}`);
      await shear.screenshot({ path: 'test-results/screenshots/exercises-third-card.png' });

      // Right at last: Correct, solved, and the count survives a reload; Reset forgets it.
      const right = await tryValue('1', 'Correct');
      assert(right.startsWith('Correct'), `right: ${right}`);
      await page.reload();
      await page.getByRole('button', { name: 'Exercises', exact: true }).click();
      const after = (await page.getByLabel('exercise progress').textContent()) ?? '';
      assert(/^1 of \d+ solved · 4 attempts/.test(after), `after reload: ${after}`);
      await page.getByRole('button', { name: 'Reset progress' }).click();
      const reset = (await page.getByLabel('exercise progress').textContent()) ?? '';
      assert(/^0 of \d+ solved · 0 attempts · 0 hints/.test(reset), `after reset: ${reset}`);
      await noNaN(page);
    },
  },
  {
    name: 'exercises: the beginner path walked to its end shows its summary and a link to the next path',
    async run(t) {
      const { page } = t;
      await t.open('/');
      await page.getByRole('button', { name: 'Start the beginner path' }).click();
      const bar = page.getByRole('navigation', { name: 'Learning path' });
      const beginner = LEARNING_PATHS[0];
      for (let i = 0; i < beginner.steps.length; i++) {
        const step = beginner.steps[i];
        await bar
          .getByText(`step ${i + 1} of ${beginner.steps.length}: ${step.title}`, { exact: false })
          .waitFor();
        const path = step.route.split('?')[0];
        await page.waitForFunction((p) => location.hash.startsWith(`#${p}`), path);
        await page.locator('main h1').first().waitFor();
        if (step.exercise) await page.locator('.learn-exercise.learn-focused').waitFor();
        await noNaN(page, { pattern: /NaN/ });
        if (i === 2) {
          // A typed answer survives going on and coming back.
          const gd = card(page, 'Predict 20 steps of GD');
          await gd.getByRole('textbox', { name: 'Predict 20 steps of GD: x after 20 steps' }).fill('0.5');
          await bar.getByRole('button', { name: 'Next step' }).click();
          await bar.getByText(`step ${i + 2} of`, { exact: false }).waitFor();
          await bar.getByRole('button', { name: 'Previous step' }).click();
          await bar.getByText(`step ${i + 1} of`, { exact: false }).waitFor();
          const kept = await card(page, 'Predict 20 steps of GD')
            .getByRole('textbox', { name: 'Predict 20 steps of GD: x after 20 steps' })
            .inputValue();
          assert(kept === '0.5', `typed answer after leaving the step and coming back: ${kept}`);
        }
        if (i === beginner.steps.length - 1) await t.screenshot('exercises-path-last-step');
        if (i < beginner.steps.length - 1) await bar.getByRole('button', { name: 'Next step' }).click();
      }
      await bar.getByRole('button', { name: 'Finish the path' }).click();
      const summary = bar.getByRole('region', { name: 'Beginner path: done' });
      await summary.waitFor();
      const results = (await summary.getByLabel('path results').textContent()) ?? '';
      assert(
        new RegExp(`steps opened`).test(results) &&
          results.includes(`${beginner.steps.length} of ${beginner.steps.length} steps opened`),
        `results: ${results}`,
      );
      await t.screenshot('exercises-path-summary');
      await summary.getByRole('link', { name: 'Start the intermediate path' }).click();
      await bar.getByText('Intermediate path · step 1 of', { exact: false }).waitFor();
      await page.waitForFunction(() => location.hash.startsWith('#/linear-algebra'));
      await t.open('/');
      const progress = (await page.getByLabel('Beginner path progress').textContent()) ?? '';
      assert(
        progress.includes(`${beginner.steps.length} of ${beginner.steps.length} steps opened`),
        progress,
      );
      await page.locator('.paths').screenshot({ path: 'test-results/screenshots/exercises-home-paths.png' });
    },
  },
  {
    name: 'exercises: at 1366 × 768 with the Exercises panel open the main figure is at least 50 % visible on every page',
    async run(t) {
      const { page } = t;
      await page.setViewportSize({ width: 1366, height: 768 });
      const report: string[] = [];
      for (const { route, ready } of PAGES) {
        await t.open(route);
        await page.locator(ready).first().waitFor();
        await frames(page, 3);
        // Another tab of the same page keeps the panel open (the page was not left): close it to measure.
        const chip = page.getByRole('button', { name: 'Exercises', exact: true });
        if ((await chip.getAttribute('aria-pressed')) === 'true') await chip.click();
        await frames(page, 3);
        await page.evaluate(() =>
          document.querySelector('[data-e2e-figure]')?.removeAttribute('data-e2e-figure'),
        );
        const closed = await figureVisible(page);
        await chip.click();
        await page.getByRole('region', { name: 'Exercises' }).waitFor();
        await frames(page, 3);
        const open = await figureVisible(page);
        report.push(
          `${route}: closed ${closed.fraction.toFixed(2)}, open ${open.fraction.toFixed(2)} (${open.box})`,
        );
        console.log(report.at(-1));
        await t.screenshot(`exercises-1366-${route.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}`);
        if (process.env.E2E_MEASURE_ONLY) continue;
        if (BELOW_THE_FOLD.has(route)) {
          // Stays listed only while it is true: once the page brings its figure up, this fails.
          assert(closed.fraction < 0.5, `${route} now shows its figure: remove it from BELOW_THE_FOLD`);
          continue;
        }
        assert(open.fraction >= 0.5, `${route}: the figure is ${(100 * open.fraction).toFixed(0)} % visible`);
      }
      console.log(report.join('\n'));
      // Leaving the page closes the panel (not pinned); pinned, it stays open on the next page.
      await page.getByRole('link', { name: 'Calculus', exact: true }).first().click();
      await page.waitForFunction(() => location.hash.startsWith('#/calculus'));
      await page.locator('main h1').first().waitFor();
      assert((await page.locator('.learn-drawer').count()) === 0, 'panels close on leaving the page');
      await page.getByRole('button', { name: 'Exercises', exact: true }).click();
      await page.getByLabel('Keep open on other pages').check();
      await page.getByRole('link', { name: 'Probability', exact: true }).first().click();
      await page.waitForFunction(() => location.hash.startsWith('#/probability'));
      await page.getByRole('region', { name: 'Exercises' }).waitFor();
      // Narrow: a drawer over the lower part of the screen.
      await page.setViewportSize({ width: 360, height: 740 });
      await frames(page, 3);
      await t.screenshot('exercises-360-drawer');
    },
  },
  {
    name: 'exercises: the Machine learning path steps open their tab with their exercise focused (fit a line, XOR, ridge vs lasso, VI vs MCMC, attention, vanishing gradients)',
    async run(t) {
      const { page } = t;
      const wanted: [string, string][] = [
        ['beginner', 'Fit a line'],
        ['intermediate', 'A network on XOR'],
        ['intermediate', 'Ridge against lasso'],
        ['advanced', 'VI vs MCMC'],
        ['advanced', 'Attention, token by token'],
        ['advanced', 'Vanishing gradients'],
      ];
      for (const [pathId, title] of wanted) {
        const path = LEARNING_PATHS.find((p) => p.id === pathId)!;
        const i = path.steps.findIndex((s) => s.title === title);
        assert(i >= 0, `${pathId} path has a step "${title}"`);
        const step = path.steps[i];
        assert(!!step.exercise, `${title} names an exercise`);
        await t.open('/');
        await page
          .getByRole('region', { name: path.title })
          .or(page.locator(`section[aria-labelledby="path-${pathId}"]`))
          .first()
          .getByRole('link', { name: title, exact: true })
          .click();
        const [route, query] = step.route.split('?');
        const tab = new URLSearchParams(query ?? '').get('tab');
        await page.waitForFunction(
          ([r, tb]) => location.hash.startsWith(`#${r}`) && (!tb || location.hash.includes(`tab=${tb}`)),
          [route, tab] as const,
        );
        const bar = page.getByRole('navigation', { name: 'Learning path' });
        await bar.getByText(`step ${i + 1} of ${path.steps.length}: ${title}`, { exact: false }).waitFor();
        const focused = page.locator(`.learn-exercise.learn-focused[data-exercise="${step.exercise}"]`);
        await focused.waitFor({ timeout: 15_000 });
        if (tab)
          assert(
            (await page.locator('main [role=tab][aria-selected=true]').count()) === 1,
            `${title}: one tab selected`,
          );
        await page.waitForTimeout(500);
        await noNaN(page, { pattern: /NaN/ });
        await t.screenshot(
          `exercises-ml-step-${title
            .toLowerCase()
            .replace(/[^a-z]+/g, '-')
            .replace(/-$/, '')}`,
        );
      }
    },
  },
];
