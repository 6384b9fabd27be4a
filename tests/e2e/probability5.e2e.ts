/** Issue 19 (Probability, part 3): the Variational inference tab, read off the page. */
import type { Page } from 'playwright-core';
import { assert, type E2ETest, type TestContext } from './harness';
import { axeViolations, noNaN } from './pageHelpers';

const VI = '/probability?v=1&tab=vi';

const value = async (page: Page, label: string): Promise<number> => {
  const v = await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value');
  return v === null || v === '' ? NaN : Number(v);
};

/** Waits until the fit and the chain are done (the status says "Fitted"). */
async function fitted(page: Page): Promise<void> {
  await page.waitForFunction(
    () => /^Fitted/.test(document.querySelector('.vi-status')?.textContent ?? ''),
    undefined,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(100);
}

/** Waits for a different "q variance x" than `before` and for the fit to finish. */
async function refit(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (b) => {
      const v = document.querySelector('output[aria-label="q variance x"]')?.getAttribute('data-value');
      return (
        !!v && Number(v) !== b && /^Fitted/.test(document.querySelector('.vi-status')?.textContent ?? '')
      );
    },
    before,
    { timeout: 20_000 },
  );
}

async function themed(t: TestContext, mode: 'dark' | 'projector'): Promise<void> {
  await t.context.addInitScript(
    mode === 'dark'
      ? `try { localStorage.setItem('mfml-theme', 'dark'); localStorage.removeItem('mfml-projector'); } catch (e) {}`
      : `try { localStorage.setItem('mfml-theme', 'light'); localStorage.setItem('mfml-projector', '1'); } catch (e) {}`,
  );
}

/** Serious and critical axe violations on the page, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const v of await axeViolations(page))
    if (v.impact === 'serious' || v.impact === 'critical')
      for (const n of v.nodes) out.push(`[${v.impact}] ${v.id}: ${n.target.join(' ')}`);
  return out;
}

async function noOverflow(page: Page): Promise<void> {
  const over = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert(over <= 1, `the page scrolls sideways by ${over} px`);
}

export const prob5Tests: E2ETest[] = [
  {
    name: 'probability 5: VI on the mixture: reverse KL picks one mode, forward KL covers all three; MCMC beside it',
    async run(t) {
      const { page } = t;
      await t.open(VI);
      await page.waitForSelector('svg.chart path.vi-q');
      await fitted(page);
      await noNaN(page);
      // Defaults: mixture, reverse KL, full covariance, 20000 iterations, seed 1.
      const mx = await value(page, 'q mean x');
      const my = await value(page, 'q mean y');
      const vx = await value(page, 'q variance x');
      const elbo = await value(page, 'ELBO');
      assert(
        Math.hypot(mx + 0.5, my - 2.2) < 0.1,
        `reverse KL sits on the mode (−0.5, 2.2): q mean (${mx}, ${my})`,
      );
      assert(Math.abs(vx - 0.25) < 0.03, `reverse KL takes that mode's variance 0.25: q variance x ${vx}`);
      assert(Number.isFinite(elbo) && elbo < 0, `ELBO ${elbo} (log Z = 0 here, so ELBO < 0)`);
      const mcmcVar = await value(page, 'MCMC variance x');
      const mcse = await value(page, 'Monte Carlo standard error x');
      assert(mcmcVar > 2 && mcse > 0 && mcse < 0.5, `MCMC variance x ${mcmcVar}, MCSE ${mcse}`);
      const samples = ((await page.locator('path.vi-samples').getAttribute('d')) ?? '').split('M').length - 1;
      assert(samples > 1000, `${samples} MCMC samples drawn`);
      const elboD = (await page.locator('path.vi-elbo-line').getAttribute('d')) ?? '';
      assert(elboD.split('L').length > 300, `the ELBO curve has ${elboD.split('L').length} points`);
      const tex = (await page.locator('.vi-notes .katex-mathml').first().textContent()) ?? '';
      assert(tex.includes('ELBO') && tex.includes('KL'), `the objective in KaTeX: ${tex.slice(0, 80)}`);
      const words = (await page.locator('.vi-notes').textContent()) ?? '';
      assert(/picks one mode/.test(words), 'the notes say reverse KL picks one mode');
      const light = await axeProblems(page);
      assert(light.length === 0, `axe (light):\n${light.join('\n')}`);
      await t.screenshot('prob5-vi-mixture-reverse');
      // Changing the target refits and redraws (the long tasks are logged).
      await t.takeLongTasks({ quiet: true });
      await page.getByRole('combobox', { name: 'target', exact: true }).selectOption('donut');
      await page.waitForFunction(
        () =>
          /Fitted/.test(document.querySelector('.vi-status')?.textContent ?? '') &&
          !!document.querySelector('output[aria-label="q variance x"]')?.getAttribute('data-value') &&
          Number(document.querySelector('output[aria-label="q variance x"]')?.getAttribute('data-value')) >
            0.5,
        undefined,
        { timeout: 20_000 },
      );
      const tasks = await t.takeLongTasks();
      console.log(`    donut refit: long tasks ${tasks.map((d) => d.toFixed(0)).join(', ') || 'none'}`);
      // Measured, not asserted: under the shared machine's load the same refit showed 78 ms or many longer tasks.
      await page.getByRole('combobox', { name: 'target', exact: true }).selectOption('mixture');
      await refit(page, await value(page, 'q variance x'));
      assert((await value(page, 'q variance x')) === vx, 'the same mixture fit again (seeded)');
      // Forward KL (moment matching) covers all three modes.
      await page.getByRole('combobox', { name: 'divergence', exact: true }).selectOption('forward');
      await refit(page, vx);
      const fx = await value(page, 'q variance x');
      assert(fx > 2.5, `forward KL's q spreads over the modes: q variance x ${fx}`);
      assert(/covers all three modes/.test((await page.locator('.vi-notes').textContent()) ?? ''), 'words');
      assert(/vi\.div=forward/.test(page.url()), `the address keeps the divergence: ${page.url()}`);
      await noNaN(page);
      await t.screenshot('prob5-vi-mixture-forward');
    },
  },
  {
    name: 'probability 5: VI on the correlated Gaussian: mean-field variance 1 − ρ², full covariance recovers Σ; keyboard',
    async run(t) {
      const { page } = t;
      await t.open(`${VI}&vi.target=gaussian&vi.family=mean-field`);
      await page.waitForSelector('svg.chart path.vi-q');
      await fitted(page);
      const vx = await value(page, 'q variance x');
      const vy = await value(page, 'q variance y');
      assert(Math.abs(vx - 0.36) < 0.03 && Math.abs(vy - 0.36) < 0.03, `mean-field: ${vx}, ${vy} vs 0.36`);
      assert((await value(page, 'q covariance')) === 0, 'mean-field covariance is exactly 0');
      const mcmcVar = await value(page, 'MCMC variance x');
      assert(Math.abs(mcmcVar - 1) < 0.25, `MCMC variance x ${mcmcVar} near p's 1`);
      const notes = (await page.locator('.vi-notes').textContent()) ?? '';
      assert(/1 − ρ² = 0\.36/.test(notes), `the notes state the known result: ${notes.slice(0, 200)}`);
      await t.screenshot('prob5-vi-gaussian-meanfield');
      // Keyboard: focus the family select and pick "full covariance" with the arrow key.
      const family = page.getByRole('combobox', { name: 'family', exact: true });
      await family.focus();
      await page.keyboard.press('ArrowDown');
      await refit(page, vx);
      const fx = await value(page, 'q variance x');
      const cxy = await value(page, 'q covariance');
      assert(
        Math.abs(fx - 1) < 0.05 && Math.abs(cxy - 0.8) < 0.05,
        `full: variance x ${fx}, covariance ${cxy}`,
      );
      // A typo keeps the fit and says what is wrong beside the field.
      const iters = page.getByRole('spinbutton', { name: 'iterations', exact: true });
      await iters.fill('5');
      await iters.press('Enter');
      await page.waitForSelector('text=iterations must be a whole number from 100 to 200000');
      assert((await value(page, 'q variance x')) === fx, 'the last fit stays drawn');
      await noNaN(page);
      // Replay the fit: q moves and the ELBO grows, then the final q is back.
      await iters.fill('20000');
      await iters.press('Enter');
      await page.getByRole('button', { name: 'Replay the fit' }).click();
      await page.waitForTimeout(700);
      const partial = ((await page.locator('path.vi-elbo-line').getAttribute('d')) ?? '').split('L').length;
      await t.screenshot('prob5-vi-replay');
      await page.waitForTimeout(2300);
      const whole = ((await page.locator('path.vi-elbo-line').getAttribute('d')) ?? '').split('L').length;
      assert(partial < whole, `the replay grows the ELBO curve: ${partial} then ${whole} points`);
    },
  },
  {
    name: 'probability 5: VI dark, projector and 360 px screenshots',
    async run(t) {
      const { page } = t;
      await themed(t, 'dark');
      await t.open(VI);
      await fitted(page);
      const dark = await axeProblems(page);
      assert(dark.length === 0, `axe (dark):\n${dark.join('\n')}`);
      await t.screenshot('prob5-vi-dark');
      await page.setViewportSize({ width: 360, height: 800 });
      await t.open(`${VI}&vi.target=gaussian&vi.family=mean-field`);
      await fitted(page);
      await page.waitForTimeout(300);
      await noOverflow(page);
      await noNaN(page);
      await t.screenshot('prob5-vi-360');
    },
  },
  {
    name: 'probability 5: VI projector screenshot',
    async run(t) {
      const { page } = t;
      await themed(t, 'projector');
      await t.open(`${VI}&vi.div=forward&vi.target=banana`);
      await fitted(page);
      await noNaN(page);
      const projector = await axeProblems(page);
      assert(projector.length === 0, `axe (projector):\n${projector.join('\n')}`);
      await t.screenshot('prob5-vi-projector');
    },
  },
];
