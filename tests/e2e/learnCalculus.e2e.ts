import type { Page } from 'playwright-core';
import { assert, SCREENSHOTS, type E2ETest } from './harness';
import { card, noNaN, seriousAxe, shootPanel } from './pageHelpers';

/** The learning path's scene for diverge-lr: the ill-conditioned bowl with GD and momentum. */
const BOWL_ROUTE =
  '/calculus?v=1&f=x%5E2+%2B+10*y%5E2&domain=-3,3,-2,2&start=-2.5,1.5&steps=200&opt=gd,momentum';
/** The Code panel's fixture: Rosenbrock from (−1.5, 2) with Adam, learning rate 0.1, 300 steps. */
const ROSENBROCK_ROUTE =
  '/calculus?v=1&f=(1+-+x)%5E2+%2B+100*(y+-+x%5E2)%5E2&domain=-2,2,-1,3&start=-1.5,2&steps=300&opt=adam&adam.lr=0.1';

const DIVERGE = 'Make GD diverge';
/** No NaN or "undefined" in the learning panels and the results table (the parts these tests change). */
const noNaNHere = (page: Page) => noNaN(page, { pattern: /NaN|undefined/, scope: '.learn, .calc-results' });

/** No serious or critical axe violation inside the open learning panels (the bar's own buttons excluded). */
async function axeOnPanels(page: Page): Promise<void> {
  const found = await seriousAxe(page, ['.learn-panel']);
  assert(found.length === 0, `axe violations in the learning panels:\n  ${found.join('\n  ')}`);
}

/** Types a learning rate into the diverge-lr card, checks it, and returns the verdict once it shows `word`. */
async function answerRate(page: Page, rate: string, word: 'Correct' | 'Not yet'): Promise<string> {
  const c = card(page, DIVERGE);
  await c.getByRole('textbox', { name: `${DIVERGE}: learning rate η` }).fill(rate);
  await c.getByRole('button', { name: 'Check', exact: true }).click();
  const status = c.getByRole('status');
  await status.getByText(word).waitFor();
  return (await status.textContent()) ?? '';
}

export const learnCalculusTests: E2ETest[] = [
  {
    name: 'learn calculus: diverge-lr through the UI ("Not yet", then "Correct" and the divergence explanation)',
    async run(t) {
      const { page } = t;
      await t.open(BOWL_ROUTE);
      await page.getByRole('button', { name: 'Exercises', exact: true }).click();

      const wrong = await answerRate(page, '0.05', 'Not yet');
      // A wrong answer is told which way it is off, with a hint, never the bound (issue 21).
      assert(wrong.startsWith('Not yet: too low.') && !wrong.includes('0.1'), `status: ${wrong}`);
      const gdRow = page.getByRole('row').filter({ has: page.locator('output[aria-label="GD final x"]') });

      const right = await answerRate(page, '0.15', 'Correct');
      assert(right.startsWith('Correct: η = 0.15 > 2/λmax = 0.1'), `status: ${right}`);
      await gdRow
        .getByText('diverged: learning rate 0.15 exceeds 2/λmax = 0.1 here')
        .waitFor({ timeout: 20_000 });
      const checked = await page.getByRole('checkbox', { name: 'Momentum', exact: true }).isChecked();
      assert(!checked, 'the reveal races GD alone');
      const progress = (await page.getByLabel('exercise progress').textContent()) ?? '';
      assert(/^1 of \d+ solved/.test(progress), `progress: ${progress}`);
      await noNaNHere(page);
      await shootPanel(t, 'Exercises', 'learn-calculus-exercises-light');
      await page.getByLabel('Theme').selectOption('dark');
      await shootPanel(t, 'Exercises', 'learn-calculus-exercises-dark');
    },
  },
  {
    name: 'learn calculus: momentum-beats-gd ("Not yet" at the defaults; "Show solution" tunes the page, then "Correct")',
    async run(t) {
      const { page } = t;
      await t.open('/calculus');
      await page.getByRole('button', { name: 'ill-conditioned bowl', exact: true }).click();
      await page.getByRole('button', { name: 'Exercises', exact: true }).click();
      const c = card(page, 'Tune momentum to beat the best GD');
      const status = c.getByRole('status');
      await c.getByRole('button', { name: 'Check the page', exact: true }).click();
      await status.getByText('Not yet').waitFor();
      await c.getByRole('button', { name: 'Show solution', exact: true }).click();
      // The solution types the heavy ball's tuned η and μ into Momentum's group and races it against GD.
      const lr = await page
        .getByRole('group', { name: 'Momentum', exact: true })
        .getByRole('spinbutton', { name: 'learning rate', exact: true })
        .inputValue();
      assert(Number(lr) > 0.01, `momentum learning rate ${lr}`);
      await page.waitForSelector('output[aria-label="Momentum final x"]', { timeout: 20_000 });
      await c.getByRole('button', { name: 'Check the page', exact: true }).click();
      await status.getByText('Correct').waitFor();
      const text = (await status.textContent()) ?? '';
      assert(
        /^Correct: Momentum \(η = [\d.]+, μ = [\d.]+\) is at the minimum after \d+ steps/.test(text),
        text,
      );
      for (const title of ['Make GD diverge', 'Predict 20 steps of GD', 'Who wins on Rosenbrock?'])
        await card(page, title).getByRole('button', { name: 'Show solution', exact: true }).click();
      await noNaNHere(page);
      await axeOnPanels(page);
      await shootPanel(t, 'Exercises', 'learn-calculus-solutions-light');
    },
  },
  {
    name: 'learn calculus: the Code panel of the Rosenbrock/Adam fixture holds its f and exact numbers; Theory in both themes',
    async run(t) {
      const { page } = t;
      await t.open(ROSENBROCK_ROUTE);
      await page.getByRole('button', { name: 'Code', exact: true }).click();
      const code = page.getByLabel('Python code');
      const text = (await code.textContent()) ?? '';
      for (const want of [
        'return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2',
        'start = [-1.5, 2]',
        'steps = 300',
        'torch.optim.Adam(params, lr=0.1, betas=(0.9, 0.999), eps=1e-8)',
        'torch.tensor(start, requires_grad=True)',
      ])
        assert(text.includes(want), `the script lacks ${want}:\n${text}`);
      assert(!text.includes('torch.optim.SGD'), 'only Adam is selected');
      // The script follows the page: a new learning rate typed into Adam's group appears in it.
      await page
        .getByRole('group', { name: 'Adam', exact: true })
        .getByRole('spinbutton', { name: 'learning rate', exact: true })
        .fill('0.025');
      await code.getByText('lr=0.025, betas=(0.9, 0.999)').waitFor();
      await shootPanel(t, 'Code', 'learn-calculus-code-light');

      await page.getByRole('button', { name: 'Code', exact: true }).click();
      await page.getByRole('button', { name: 'Theory', exact: true }).click();
      const theory = page.getByRole('region', { name: 'Theory', exact: true });
      for (const summary of await theory.locator('summary').all()) await summary.click();
      const theoryText = (await theory.textContent()) ?? '';
      assert(theoryText.includes('In machine learning.'), 'the theory has its ML paragraphs');
      await noNaNHere(page);
      await shootPanel(t, 'Theory', 'learn-calculus-theory-light');
      await axeOnPanels(page);
      await page.getByLabel('Theme').selectOption('dark');
      await shootPanel(t, 'Theory', 'learn-calculus-theory-dark');
      await page.getByRole('button', { name: 'Theory', exact: true }).click();
      await page.getByRole('button', { name: 'Code', exact: true }).click();
      await shootPanel(t, 'Code', 'learn-calculus-code-dark');
      await axeOnPanels(page);
    },
  },
  {
    name: 'learn calculus: "Sample exp(−f)" opens the MCMC tab on the custom target −(f); back returns',
    async run(t) {
      const { page } = t;
      await t.open(BOWL_ROUTE);
      const line = page.locator('.calc-sample');
      await line.screenshot({ path: `${SCREENSHOTS}/learn-calculus-sample-link-light.png` });
      await page.getByLabel('Theme').selectOption('dark');
      await line.screenshot({ path: `${SCREENSHOTS}/learn-calculus-sample-link-dark.png` });
      await page.getByRole('link', { name: 'Sample exp(−f)' }).click();
      await page.waitForFunction(() => location.hash.startsWith('#/probability'));
      const target = page.getByRole('combobox', { name: 'target', exact: true });
      await target.waitFor();
      assert((await target.inputValue()) === 'custom', 'the MCMC target is custom');
      const logp = await page.getByRole('textbox', { name: 'log-density', exact: true }).inputValue();
      assert(logp === '-(x^2 + 10*y^2)', `log-density: ${logp}`);
      const hash = await page.evaluate(() => location.hash);
      assert(new URLSearchParams(hash.split('?')[1]).get('tab') === 'mcmc', `hash: ${hash}`);
      await t.screenshot('learn-calculus-sample-mcmc');
      await page.goBack();
      await page.getByRole('textbox', { name: 'f(x, y)', exact: true }).waitFor();
      const fn = await page.getByRole('textbox', { name: 'f(x, y)', exact: true }).inputValue();
      assert(fn === 'x^2 + 10*y^2', `back on the calculus page with f = ${fn}`);
    },
  },
];
