import type { Page } from 'playwright-core';
import { assert, type E2ETest, type TestContext } from './harness';
import { noNaN } from './pageHelpers';

const readOutput = async (page: Page, label: string): Promise<number> => {
  const v = await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value');
  return v === null || v === '' ? NaN : Number(v);
};

/** Waits until a readout holds a finite number and no simulation is in progress. */
async function settled(page: Page, label: string, timeout = 60_000): Promise<number> {
  await page.waitForFunction(
    (label) => {
      const v = document.querySelector(`output[aria-label="${label}"]`)?.getAttribute('data-value');
      return (
        !!v &&
        Number.isFinite(Number(v)) &&
        !document.querySelector('progress[aria-label="simulation progress"]')
      );
    },
    label,
    { timeout },
  );
  return readOutput(page, label);
}

const TABS: [string, string, string][] = [
  ['lln', 'Law of large numbers', 'running mean'],
  ['clt', 'Central limit theorem', 'sample mean'],
  ['montecarlo', 'Monte Carlo', 'pi estimate'],
  ['bayes', 'Bayesian updating', 'posterior mean'],
];

async function openTab(t: TestContext, id: string): Promise<void> {
  await t.open(`/probability?tab=${id}`);
  await t.page.waitForSelector('[role="tabpanel"] h2.tab-title');
}

export const probabilityTabsTests: E2ETest[] = [
  {
    name: 'probability tabs: each of LLN, CLT, Monte Carlo, Bayes renders with a finite main readout (screenshots)',
    async run(t) {
      const { page } = t;
      await t.open('/probability');
      for (const [id, label, readout] of TABS) {
        await page.getByRole('tab', { name: label, exact: true }).click();
        await page.waitForFunction((id) => location.hash.includes(`tab=${id}`), id);
        const v = await settled(page, readout);
        assert(Number.isFinite(v), `${label}: ${readout} = ${v}`);
        await page.waitForTimeout(300);
        await noNaN(page, { pattern: /NaN/, what: label });
        await t.screenshot(`probability-tab-${id}`);
        console.log(`    ${label}: ${readout} = ${v}`);
      }
    },
  },
  {
    name: 'probability tabs: Monte Carlo π at 10^6 points is within 0.01 of π',
    async run(t) {
      const { page } = t;
      await openTab(t, 'montecarlo');
      await settled(page, 'pi estimate');
      await page.getByRole('spinbutton', { name: 'points', exact: true }).fill('1000000');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.waitForFunction(
        () =>
          document.querySelector('output[aria-label="points drawn"]')?.getAttribute('data-value') ===
          '1000000',
        undefined,
        { timeout: 60_000 },
      );
      const pi = await settled(page, 'pi estimate');
      console.log(`    π̂(10^6) = ${pi}, error ${Math.abs(pi - Math.PI).toExponential(2)}`);
      assert(Math.abs(pi - Math.PI) < 0.01, `pi estimate ${pi}`);
      await t.screenshot('probability-montecarlo-pi-1e6');
    },
  },
  {
    name: 'probability tabs: Heads ×10 from Beta(1,1) gives posterior mean 11/12, by mouse and by keyboard',
    async run(t) {
      const { page } = t;
      await openTab(t, 'bayes');
      assert((await readOutput(page, 'posterior mean')) === 0.5, 'Beta(1,1) prior mean');
      const heads = page.getByRole('button', { name: 'Heads', exact: true });
      for (let i = 0; i < 5; i++) await heads.click();
      await heads.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
      const mean = await readOutput(page, 'posterior mean');
      assert(mean === 11 / 12, `posterior mean ${mean}, want ${11 / 12}`);
      await page.waitForFunction(() => location.hash.includes('bayes.h=10&bayes.t=0'));
      await t.screenshot('probability-bayes-10-heads');
      const fresh = await t.context.newPage();
      await fresh.goto(page.url());
      await fresh.waitForSelector('output[aria-label="posterior mean"]');
      const again = Number(
        await fresh.locator('output[aria-label="posterior mean"]').getAttribute('data-value'),
      );
      assert(again === 11 / 12, `the link restores posterior mean ${again}`);
      await fresh.close();
    },
  },
  {
    name: 'probability tabs: an LLN run of 10^6 draws × 10 runs shows no main-thread long task ≥ 50 ms',
    async run(t) {
      const { page } = t;
      const done = () =>
        page.waitForFunction(
          () =>
            document.querySelector('output[aria-label="draws so far"]')?.getAttribute('data-value') ===
              '1000000' && !document.querySelector('progress'),
          undefined,
          { timeout: 60_000 },
        );
      // The link's own run (started when the tab opens) first; then the measured run of the same settings.
      await t.open(
        '/probability?v=1&tab=lln&lln.dist=exponential&lln.rate=1&lln.draws=1000000&lln.runs=10&lln.seed=3',
      );
      await done();
      // Let the first paint, fonts and the address-bar write settle before measuring.
      await page.waitForTimeout(1500);
      await t.takeLongTasks({ quiet: true });
      const t0 = Date.now();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page
        .getByRole('progressbar', { name: 'simulation progress' })
        .waitFor({ state: 'attached' })
        .catch(() => undefined);
      await done();
      const secs = (Date.now() - t0) / 1000;
      await page.waitForTimeout(200);
      const tasks = await t.takeLongTasks();
      console.log(
        `    10^6 × 10 runs in ${secs.toFixed(2)} s; long tasks: ${tasks.length} (${tasks.map((d) => d.toFixed(0)).join(', ') || 'none'})`,
      );
      assert(
        tasks.every((d) => d < 50),
        `long tasks >= 50 ms: ${tasks.join(', ')}`,
      );
      const mean = await readOutput(page, 'running mean');
      assert(Math.abs(mean - 1) < 0.005, `running mean ${mean} after 10^6 Exp(1) draws`);
      await t.screenshot('probability-lln-1e6');
    },
  },
  {
    name: 'probability tabs: Cauchy is shown honestly in LLN and CLT (no band, no normal curve, an explanation)',
    async run(t) {
      const { page } = t;
      await t.open(
        '/probability?v=1&tab=lln&lln.dist=cauchy&lln.x0=0&lln.gamma=1&lln.draws=100000&lln.runs=5&lln.seed=1',
      );
      await settled(page, 'running mean');
      await page.getByText(/has no mean, so the law of large numbers does not apply/).waitFor();
      assert((await page.locator('path.se-band').count()) === 0, 'no ±2 SE band for Cauchy');
      assert(
        (await page.locator('output[aria-label="true mean"]').textContent()) === '—',
        'true mean shows —',
      );
      await noNaN(page, { pattern: /NaN/, what: 'LLN Cauchy' });
      await t.screenshot('probability-lln-cauchy');
      await t.open(
        '/probability?v=1&tab=clt&clt.dist=cauchy&clt.x0=0&clt.gamma=1&clt.draws=30&clt.reps=100000&clt.stat=mean&clt.seed=1',
      );
      await settled(page, 'sample mean');
      await page
        .getByText(/central limit theorem does not apply/)
        .first()
        .waitFor();
      assert((await page.locator('path.normal-approx').count()) === 0, 'no normal curve for Cauchy');
      await noNaN(page, { pattern: /NaN/, what: 'CLT Cauchy' });
      await t.screenshot('probability-clt-cauchy');
    },
  },
  {
    name: 'probability tabs: CLT skewness follows γ₁/√k for Exp(1) at k = 1 and 30',
    async run(t) {
      const { page } = t;
      await t.open(
        '/probability?v=1&tab=clt&clt.dist=exponential&clt.rate=1&clt.draws=1&clt.reps=200000&clt.stat=sum&clt.seed=2',
      );
      const s1 = await settled(page, 'sample skewness');
      await page.getByRole('button', { name: '30', exact: true }).click();
      await page.waitForFunction(() => location.hash.includes('clt.draws=30'));
      await page.waitForFunction(
        () =>
          Number(
            document.querySelector('output[aria-label="theoretical skewness"]')?.getAttribute('data-value'),
          ) < 0.5,
      );
      const s30 = await settled(page, 'sample skewness');
      console.log(
        `    skewness k=1: ${s1.toFixed(3)} (theory 2), k=30: ${s30.toFixed(3)} (theory ${(2 / Math.sqrt(30)).toFixed(3)})`,
      );
      assert(Math.abs(s1 - 2) < 0.15, `k=1 skewness ${s1}`);
      assert(Math.abs(s30 - 2 / Math.sqrt(30)) < 0.05, `k=30 skewness ${s30}`);
      assert((await page.locator('.skew-point').count()) === 2, 'two measured skewness points');
      await t.screenshot('probability-clt-skewness');
    },
  },
  {
    name: 'probability tabs: Monte Carlo ∫f shows parse errors inline and agrees with adaptive Simpson',
    async run(t) {
      const { page } = t;
      await t.open(
        '/probability?v=1&tab=montecarlo&mc.mode=integral&mc.points=100000&mc.seed=1&mc.f=sin(x)&mc.a=0&mc.b=3.141592653589793',
      );
      const est = await settled(page, 'integral estimate');
      const ref = await readOutput(page, 'adaptive Simpson');
      const se = await readOutput(page, 'standard error');
      assert(Math.abs(ref - 2) < 1e-9, `Simpson reference ${ref}`);
      assert(Math.abs(est - 2) < 4 * se, `estimate ${est} ± ${se}`);
      await page.getByRole('textbox', { name: 'f(x)' }).fill('sin(x');
      await page.getByRole('alert').filter({ hasText: /\)/ }).first().waitFor();
      await page.getByRole('textbox', { name: 'f(x)' }).fill('x*y');
      await page.getByRole('alert').filter({ hasText: 'x only' }).waitFor();
      await t.screenshot('probability-montecarlo-integral-error');
      await page.getByRole('textbox', { name: 'f(x)' }).fill('1/x');
      await page.getByRole('spinbutton', { name: 'a', exact: true }).fill('-1');
      await page.getByText(/^no reference value: /).waitFor({ timeout: 20_000 });
      await page.getByRole('textbox', { name: 'f(x)' }).fill('sqrt(x)');
      await page
        .getByRole('alert')
        .filter({ hasText: /is not a finite number: Monte Carlo needs f finite/ })
        .waitFor({ timeout: 20_000 });
      await t.screenshot('probability-montecarlo-integral-nonfinite');
      await noNaN(page, { pattern: /NaN/, what: 'Monte Carlo integral' });
    },
  },
  {
    name: 'probability tabs: malformed links fall back with a notice; each tab keeps its settings across tab switches',
    async run(t) {
      const { page } = t;
      await t.open('/probability?v=1&tab=lln&lln.dist=nope&lln.draws=-5&lln.runs=99&lln.seed=x');
      const notice = (await page.getByRole('status').filter({ hasText: 'not valid' }).textContent()) ?? '';
      for (const k of ['lln.dist', 'lln.draws', 'lln.runs', 'lln.seed'])
        assert(notice.includes(k), `notice lacks ${k}: ${notice}`);
      await settled(page, 'running mean');
      await page.getByRole('spinbutton', { name: 'runs', exact: true }).fill('3');
      await page.waitForFunction(() => location.hash.includes('lln.runs=3'));
      await page.getByRole('tab', { name: 'Bayesian updating' }).click();
      await page.getByRole('button', { name: 'Tails', exact: true }).click();
      await page.waitForFunction(() => location.hash.includes('bayes.t=1'));
      await page.getByRole('tab', { name: 'Law of large numbers' }).click();
      await page.waitForFunction(() => location.hash.includes('lln.runs=3'));
      await page.getByRole('tab', { name: 'Bayesian updating' }).click();
      await page.waitForFunction(() => location.hash.includes('bayes.t=1'));
      for (const q of [
        'tab=clt&clt.draws=0&clt.reps=5&clt.stat=x',
        'tab=montecarlo&mc.points=0&mc.f=%3Cb%3E&mc.a=3&mc.b=1',
        'tab=bayes&bayes.a=0&bayes.sens=7&bayes.h=-2',
      ]) {
        await t.open(`/probability?v=1&${q}`);
        await page.getByRole('status').filter({ hasText: 'not valid' }).waitFor();
        await noNaN(page, { pattern: /NaN/, what: q });
      }
      await t.screenshot('probability-tabs-malformed');
    },
  },
  {
    name: 'probability tabs: Cancel stops a 10^8-draw CLT run and the tab keeps working',
    async run(t) {
      const { page } = t;
      await t.open(
        '/probability?v=1&tab=clt&clt.dist=gamma&clt.shape=2&clt.rate=1&clt.draws=1000&clt.reps=100000&clt.stat=mean&clt.seed=1',
      );
      await page.getByRole('progressbar', { name: 'simulation progress' }).waitFor();
      await page.waitForFunction(
        () =>
          Number(
            document.querySelector('output[aria-label="repetitions done"]')?.getAttribute('data-value'),
          ) > 0,
      );
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 1000 });
      const done = await readOutput(page, 'repetitions done');
      await page.waitForTimeout(500);
      assert((await readOutput(page, 'repetitions done')) === done, 'repetitions kept arriving after Cancel');
      assert(done < 100_000, `the run finished (${done}) before Cancel could be tested`);
      console.log(`    cancelled after ${done.toLocaleString('en')} of 100,000 repetitions`);
      await page.getByRole('button', { name: '10', exact: true }).click();
      const m = await settled(page, 'sample mean');
      assert(Math.abs(m - 2) < 0.02, `after Cancel a new run works: mean ${m}`);
    },
  },
  {
    name: 'probability tabs: dark theme screenshots of the four tabs',
    async run(t) {
      const { page } = t;
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const [id, , readout] of TABS) {
        await openTab(t, id);
        await settled(page, readout);
        await page.waitForTimeout(300);
        await t.screenshot(`probability-tab-${id}-dark`);
      }
    },
  },
];
