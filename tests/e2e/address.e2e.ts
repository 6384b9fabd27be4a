import { assert, type E2ETest } from './harness';

/**
 * The address is always current (issue "Declare each view once"): a tab left a moment after a change never
 * pulls the student back, a copied address holds the change just made, and a scene added to the deck holds
 * the paused step, not the address's.
 */
export const addressTests: E2ETest[] = [
  {
    name: 'address: change a value on a tab, switch tab 0–500 ms later: the chosen tab is still selected 3 s later (20 trials)',
    async run(t) {
      const { page } = t;
      const delays = [0, 100, 200, 300, 500];
      const wrong: string[] = [];
      for (let trial = 0; trial < 20; trial++) {
        const delay = delays[trial % delays.length];
        await t.open('/probability?v=1&tab=bayes');
        const heads = page.getByRole('button', { name: 'Heads', exact: true });
        await heads.waitFor();
        for (let k = 0; k < 1 + (trial % 3); k++) await heads.click();
        await page.waitForTimeout(delay);
        await page.getByRole('tab', { name: 'MCMC', exact: true }).click();
        await page.waitForTimeout(3000);
        const selected = await page.getByRole('tab', { selected: true }).textContent();
        const hash = await page.evaluate(() => location.hash);
        if (selected !== 'MCMC' || !hash.includes('tab=mcmc')) wrong.push(`${delay} ms: ${selected} ${hash}`);
      }
      console.log(`    20 trials, ${wrong.length} jumped back`);
      assert(wrong.length === 0, `jumped back: ${wrong.join(' | ')}`);
    },
  },
  {
    name: 'address: an address copied right after a change reproduces the changed view in a fresh context',
    async run(t) {
      const { page } = t;
      await t.open('/probability?v=1&tab=lln');
      const draws = page.getByRole('spinbutton', { name: 'draws', exact: true });
      await draws.fill('2500');
      await draws.press('Enter');
      // "Right after": within a second, about as soon as a person can select and copy it.
      await page.waitForFunction(() => location.href.includes('lln.draws=2500'), undefined, {
        timeout: 1000,
      });
      const copied = await page.evaluate(() => location.href);
      assert(copied.includes('lln.draws=2500'), `copied ${copied}`);
      const fresh = await t.context.browser()!.newContext();
      const other = await fresh.newPage();
      await other.goto(copied);
      const v = await other.getByRole('spinbutton', { name: 'draws', exact: true }).inputValue();
      await fresh.close();
      assert(v === '2500', `fresh context shows draws ${v}`);
    },
  },
  {
    name: 'address: Run, Pause, Add to deck at once: the scene holds the paused step',
    async run(t) {
      const { page } = t;
      await t.open('/calculus?v=1&steps=2000&opt=gd');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const pause = page.getByRole('button', { name: 'Pause', exact: true });
      await page.waitForFunction(() => {
        const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Pause');
        return !!b && !b.disabled;
      });
      await page.waitForTimeout(400);
      await pause.click();
      await page.getByRole('button', { name: 'Add to deck' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add this view to the deck' });
      await dialog.getByRole('button', { name: 'Add scene' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const shown = await page.locator('output[aria-label="step position"]').textContent();
      const paused = Number((shown ?? '').split('/')[0]);
      const scene = await page.evaluate(() => {
        const deck = JSON.parse(localStorage.getItem('mfml-deck') ?? '{"scenes":[]}') as {
          scenes: { hash: string }[];
        };
        return deck.scenes[deck.scenes.length - 1]?.hash ?? '';
      });
      const step = Number(new URLSearchParams(scene.split('?')[1] ?? '').get('step'));
      console.log(`    paused at step ${paused}; scene ${scene.slice(0, 80)}…`);
      assert(paused > 0 && step === paused, `scene step ${step}, paused ${paused}`);
    },
  },
];
