/** The MCMC and Entropy and KL tabs of the probability page, in real Chromium. */
import type { Page } from 'playwright-core';
import { assert, type E2ETest } from './harness';
import { noNaN } from './pageHelpers';

const value = async (page: Page, label: string): Promise<number> =>
  Number(await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value'));

const rawValue = (page: Page, label: string) =>
  page.locator(`output[aria-label="${label}"]`).getAttribute('data-value');

/** Waits until the chain of `steps` steps is complete and its diagnostics are in. */
async function waitForChain(page: Page, steps: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelector('output[aria-label="steps computed"]')?.getAttribute('data-value') ===
        String(n) &&
      document.querySelector('output[aria-label="effective sample size"]')?.getAttribute('data-value') !==
        '' &&
      !document.querySelector('progress[aria-label="chain progress"]'),
    steps,
    { timeout },
  );
}

const MCMC = '/probability?v=1&tab=mcmc';

async function longTaskRun(t: Parameters<E2ETest['run']>[0], query: string, label: string): Promise<void> {
  const { page } = t;
  await t.open(`${MCMC}&${query}&mcmc.steps=100000&mcmc.speed=max`);
  await waitForChain(page, 100_000);
  await page.waitForTimeout(800);
  await t.takeLongTasks({ quiet: true });
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction(
    () =>
      document.querySelector('output[aria-label="steps computed"]')?.getAttribute('data-value') !== '100000',
  );
  await waitForChain(page, 100_000);
  const wall = Date.now() - t0;
  // Let the replay paint every sample (20 000 per frame) before counting.
  await page.waitForFunction(() =>
    /step 100,000 of 100,000/.test(document.querySelector('.step-counter')?.textContent ?? ''),
  );
  await page.waitForTimeout(300);
  const tasks = await t.takeLongTasks();
  const rate = await value(page, 'worker steps per second');
  console.log(
    `    ${label}: 10^5 steps in ${wall} ms wall (worker ${Math.round(rate).toLocaleString('en')} steps/s); long tasks: ${tasks.length} (${tasks.map((d) => d.toFixed(0)).join(', ') || 'none'})`,
  );
  assert(
    tasks.every((d) => d < 50),
    `long tasks >= 50 ms: ${tasks.join(', ')}`,
  );
}

export const mcmcTests: E2ETest[] = [
  {
    name: 'MCMC tab renders: acceptance rate and effective sample size are finite numbers',
    async run(t) {
      const { page } = t;
      await t.open(MCMC);
      const tab = page.getByRole('tab', { name: 'MCMC', exact: true });
      assert((await tab.getAttribute('aria-selected')) === 'true', 'MCMC tab selected');
      await waitForChain(page, 2000);
      const acc = await value(page, 'acceptance rate');
      const ess = await value(page, 'effective sample size');
      assert(Number.isFinite(acc) && acc > 0 && acc < 1, `acceptance rate ${acc}`);
      assert(Number.isFinite(ess) && ess > 10 && ess < 2000 * 4, `effective sample size ${ess}`);
      assert((await page.locator('path.contour').count()) >= 4, 'contours drawn');
      await page.getByLabel('animation speed').selectOption('max');
      await page.waitForFunction(() =>
        /step 2,000 of 2,000/.test(document.querySelector('.step-counter')?.textContent ?? ''),
      );
      await noNaN(page, { pattern: /NaN|undefined/ });
      await t.screenshot('mcmc-gaussian-mh');
    },
  },
  {
    name: 'MCMC: the replay animates accepted (filled dot) and rejected (×) proposals, and Pause stops it',
    async run(t) {
      const { page } = t;
      await t.open(`${MCMC}&mcmc.target=banana&mcmc.scale=1.2&mcmc.speed=10&mcmc.steps=1000`);
      await waitForChain(page, 1000);
      const counter = page.locator('.step-counter');
      const seen = new Set<string>();
      for (let i = 0; i < 40 && seen.size < 2; i++) {
        // Counter and markers read in one turn of the page, so the animation cannot move in between.
        const frame = await page.evaluate(() => {
          const q = (s: string) => document.querySelector(`.mcmc-overlay ${s}`);
          return {
            text: document.querySelector('.step-counter')?.textContent ?? '',
            dot: q('circle.accept-dot')?.getAttribute('display'),
            cross: q('path.reject-cross')?.getAttribute('display'),
            line: q('line.move-line')?.getAttribute('class'),
          };
        });
        if (/accepted/.test(frame.text)) {
          assert(
            frame.dot !== 'none' && frame.cross === 'none',
            `accepted: dot, no ×: ${JSON.stringify(frame)}`,
          );
          assert(frame.line === 'move-line accepted', 'accepted: solid line');
          seen.add('accepted');
        }
        if (/rejected/.test(frame.text)) {
          assert(
            frame.cross !== 'none' && frame.dot === 'none',
            `rejected: ×, no dot: ${JSON.stringify(frame)}`,
          );
          assert(frame.line === 'move-line rejected', 'rejected: dashed line');
          seen.add('rejected');
        }
        await page.waitForTimeout(100);
      }
      assert(seen.size === 2, `saw only ${[...seen].join(', ')}`);
      await t.screenshot('mcmc-banana-animating');
      await page.getByRole('button', { name: 'Pause' }).click();
      const paused = await counter.textContent();
      await page.waitForTimeout(600);
      assert((await counter.textContent()) === paused, 'counter moved while paused');
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForFunction((p) => document.querySelector('.step-counter')?.textContent !== p, paused);
    },
  },
  {
    name: 'MCMC: HMC on the donut and the mixture run and stream',
    async run(t) {
      const { page } = t;
      await t.open(
        `${MCMC}&mcmc.target=donut&mcmc.algo=hmc&mcmc.eps=0.1&mcmc.leapfrog=25&mcmc.steps=5000&mcmc.speed=max`,
      );
      await waitForChain(page, 5000);
      assert((await value(page, 'acceptance rate')) > 0.6, 'HMC on the donut accepts most proposals');
      await page.waitForFunction(() =>
        /step 5,000 of 5,000/.test(document.querySelector('.step-counter')?.textContent ?? ''),
      );
      await noNaN(page, { pattern: /NaN|undefined/ });
      await t.screenshot('mcmc-donut-hmc');
      await page.getByRole('combobox', { name: 'target' }).selectOption('mixture');
      await page.getByRole('radio', { name: 'Random-walk Metropolis–Hastings' }).check();
      await waitForChain(page, 5000);
      await page.waitForFunction(() =>
        /step 5,000 of 5,000/.test(document.querySelector('.step-counter')?.textContent ?? ''),
      );
      await page.waitForFunction(
        () => location.hash.includes('mcmc.target=mixture') && location.hash.includes('mcmc.algo=mh'),
      );
      await t.screenshot('mcmc-mixture-mh');
    },
  },
  {
    name: 'MCMC: a typed log-density with a typo shows an inline alert; a valid one runs',
    async run(t) {
      const { page } = t;
      await t.open(`${MCMC}&mcmc.target=custom`);
      await waitForChain(page, 2000);
      const field = page.getByRole('textbox', { name: 'log-density' });
      await field.fill('-(x^2 + y^2)/2 +* 3');
      await page.getByRole('alert').filter({ hasText: 'log-density' }).waitFor();
      assert(await page.getByRole('button', { name: 'Run', exact: true }).isDisabled(), 'Run disabled');
      assert((await page.locator('path.contour').count()) > 0, 'contours of the last valid target stay');
      await t.screenshot('mcmc-custom-typo');
      await field.fill('-(x^2 + y^2)/2 - 3*cos(2*x)');
      await waitForChain(page, 2000);
      assert((await page.getByRole('alert').count()) === 0, 'alert gone');
      await page.getByLabel('animation speed').selectOption('max');
      await page.waitForFunction(() =>
        /step 2,000 of 2,000/.test(document.querySelector('.step-counter')?.textContent ?? ''),
      );
      await t.screenshot('mcmc-custom');
    },
  },
  {
    name: 'MCMC: invalid link values are named in a notice and the tab still runs; Cancel stops a 10^6 HMC run',
    async run(t) {
      const { page } = t;
      await t.open(`${MCMC}&mcmc.target=volcano&mcmc.rho=3&mcmc.steps=abc`);
      const notice = (await page.getByRole('status').filter({ hasText: 'not valid' }).textContent()) ?? '';
      for (const key of ['mcmc.target', 'mcmc.rho', 'mcmc.steps'])
        assert(notice.includes(key), `notice names ${key}: ${notice}`);
      await waitForChain(page, 2000);
      await t.open(`${MCMC}&mcmc.algo=hmc&mcmc.leapfrog=50&mcmc.steps=1000000`);
      await page.getByRole('progressbar', { name: 'chain progress' }).waitFor();
      await page.waitForFunction(
        () =>
          Number(document.querySelector('output[aria-label="steps computed"]')?.getAttribute('data-value')) >
          0,
      );
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 1000 });
      const got = await value(page, 'steps computed');
      await page.waitForTimeout(500);
      assert((await value(page, 'steps computed')) === got, 'steps kept arriving after Cancel');
      await page.getByRole('button', { name: 'Reset' }).click();
      assert((await rawValue(page, 'acceptance rate')) === '', 'Reset clears the chain');
    },
  },
  {
    name: 'MCMC: a 10^5-step random-walk MH run streams and draws with no long task of 50 ms or more',
    run: (t) => longTaskRun(t, 'mcmc.target=banana&mcmc.scale=0.8', 'MH banana'),
  },
  {
    name: 'MCMC: a 10^5-step HMC run streams and draws with no long task of 50 ms or more',
    run: (t) =>
      longTaskRun(
        t,
        'mcmc.target=gaussian&mcmc.rho=0.95&mcmc.algo=hmc&mcmc.eps=0.1&mcmc.leapfrog=20',
        'HMC gaussian',
      ),
  },
  {
    name: 'Entropy and KL tab renders: entropy bits finite; dragging a bar and the arrow keys change it',
    async run(t) {
      const { page } = t;
      await t.open('/probability?v=1&tab=information');
      assert(
        (await page
          .getByRole('tab', { name: 'Entropy and KL', exact: true })
          .getAttribute('aria-selected')) === 'true',
        'tab selected',
      );
      const h0 = await value(page, 'entropy bits');
      assert(Number.isFinite(h0) && h0 > 0 && h0 < Math.log2(6), `entropy bits ${h0}`);
      assert((await value(page, 'maximum log2 n bits')) === Math.log2(6), 'maximum log2 6');
      await t.screenshot('information-default');
      // Drag bar 1 of the entropy distribution to the top: the distribution becomes (nearly) certain.
      const bar = page.getByRole('slider', { name: 'p(1)', exact: true });
      const box = (await bar.locator('rect.bar-hit').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.3, { steps: 5 });
      await page.mouse.move(box.x + box.width / 2, box.y + 1, { steps: 5 });
      await page.mouse.up();
      const h1 = await value(page, 'entropy bits');
      assert(h1 < h0 - 0.5, `dragging p(1) to the top should lower the entropy: ${h0} -> ${h1}`);
      assert(Number(await bar.getAttribute('aria-valuenow')) >= 0.98, 'p(1) near 1 after the drag');
      // Keyboard: Home sets p(1) = 0 and the rest share 1; Uniform gives log2 6.
      await bar.focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowUp');
      assert(Math.abs(Number(await bar.getAttribute('aria-valuenow')) - 0.01) < 1e-9, 'arrow up adds 0.01');
      await page.getByRole('button', { name: 'Uniform', exact: true }).click();
      assert(Math.abs((await value(page, 'entropy bits')) - Math.log2(6)) < 1e-12, 'uniform has log2 6 bits');
      await page.waitForFunction(() => location.hash.includes('ent.p='));
      await noNaN(page, { pattern: /NaN|undefined/ });
    },
  },
  {
    name: 'Entropy and KL: KL is asymmetric, ∞ when Q rules out an outcome of P, and the link reproduces it',
    async run(t) {
      const { page } = t;
      await t.open('/probability?v=1&tab=information&kl.p=0.7,0.2,0.1&kl.q=0.1,0.2,0.7');
      // The link's three-outcome P and Q replace the six-outcome defaults once the address is read.
      await page.waitForFunction(
        () => document.querySelectorAll('[role="slider"][aria-label^="Q("]').length === 3,
      );
      const pq = await value(page, 'KL(P||Q) bits');
      const qp = await value(page, 'KL(Q||P) bits');
      assert(Math.abs(pq - 1.6844129532345624) < 1e-12, `KL(P||Q) = ${pq}`);
      assert(Math.abs(qp - pq) < 1e-12, 'mirror pair: equal both ways');
      const q3 = page.getByRole('slider', { name: 'Q(3)', exact: true });
      await q3.focus();
      await page.keyboard.press('Home');
      assert((await rawValue(page, 'KL(P||Q) bits')) === 'Infinity', 'KL(P||Q) = Infinity');
      assert((await page.locator('output[aria-label="KL(P||Q) bits"]').textContent()) === '∞', 'shown as ∞');
      assert(Number.isFinite(await value(page, 'KL(Q||P) bits')), 'KL(Q||P) stays finite');
      await page.getByText(/KL\(P‖Q\) = ∞/).waitFor();
      await page.waitForFunction(
        () => location.hash.includes('kl.q=') && !location.hash.includes('kl.q=0.1%2C0.2%2C0.7'),
      );
      await t.screenshot('information-kl-infinite');
      const url = page.url();
      const fresh = await t.context.newPage();
      await fresh.goto(url);
      await fresh.waitForSelector('output[aria-label="KL(P||Q) bits"]');
      assert((await rawValue(fresh, 'KL(P||Q) bits')) === 'Infinity', 'the link reproduces ∞');
      await fresh.close();
      await page.getByRole('spinbutton', { name: 'P sd', exact: true }).fill('0.5');
      const n1 = await value(page, 'normal KL(P||Q) bits');
      const n2 = await value(page, 'normal KL(Q||P) bits');
      assert(
        Number.isFinite(n1) && Number.isFinite(n2) && Math.abs(n1 - n2) > 0.1,
        `normal KL both ways: ${n1}, ${n2}`,
      );
      await page.getByRole('spinbutton', { name: 'Q sd', exact: true }).fill('0');
      await page.getByRole('alert').filter({ hasText: 'sd' }).waitFor();
      await noNaN(page, { pattern: /NaN|undefined/ });
      await t.screenshot('information-normals');
    },
  },
  {
    name: 'MCMC and Entropy and KL in the dark theme',
    async run(t) {
      const { page } = t;
      await t.open(`${MCMC}&mcmc.target=mixture&mcmc.scale=1.5&mcmc.steps=10000&mcmc.speed=max`);
      await page.getByLabel('Theme').selectOption('dark');
      await waitForChain(page, 10_000);
      await page.waitForFunction(() =>
        /step 10,000 of 10,000/.test(document.querySelector('.step-counter')?.textContent ?? ''),
      );
      await t.screenshot('mcmc-dark');
      await page.getByRole('tab', { name: 'Entropy and KL' }).click();
      await page.locator('output[aria-label="entropy bits"]').waitFor();
      await t.screenshot('information-dark');
      await page.getByLabel('Theme').selectOption('light');
    },
  },
];
