import { assert, type E2ETest } from './harness';

const spin = (name: string) => `input[aria-label="${name}"]`;

export const pathTests: E2ETest[] = [
  {
    name: 'learning paths: the home page starts the intermediate path, the bar walks through its scenes and exercises, and Leave path ends it',
    async run(t) {
      const { page } = t;
      await t.open('/');
      await page.getByRole('heading', { name: 'Intermediate', level: 3 }).waitFor();
      await t.screenshot('home-paths');
      await page.getByRole('button', { name: 'Start the intermediate path' }).click();
      const bar = page.getByRole('navigation', { name: 'Learning path' });
      await bar.getByText('Intermediate path · step 1 of 7', { exact: false }).waitFor();
      // Step 1 is the eigenvector scene, with its exercise open in the Exercises panel.
      await page.waitForFunction(() => location.hash.startsWith('#/linear-algebra'));
      await page.waitForFunction(
        (sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === '2',
        spin('a11 value'),
      );
      assert((await page.locator(spin('a12 value')).inputValue()) === '1', 'a12 of the step is 1');
      await page.locator('.learn-exercise.learn-focused').waitFor();
      const focused = await page.locator('.learn-exercise.learn-focused h3').textContent();
      assert(/eigenvalues 2 and/i.test(focused ?? ''), `focused exercise: ${focused}`);
      await t.screenshot('path-step-1');

      await bar.getByRole('button', { name: 'Next step' }).click();
      await bar.getByText('step 2 of 7', { exact: false }).waitFor();
      await page.waitForFunction(() => location.hash.startsWith('#/calculus'));
      await page.getByRole('heading', { level: 1, name: /calculus/i }).waitFor();
      const fx = await page.getByRole('textbox', { name: 'f(x, y)' }).inputValue();
      assert(fx.replace(/\s/g, '') === 'x^2+10*y^2', `f of step 2: ${fx}`);
      // The step opens its exercise in the drawer: the contour chart still fits inside its card (at 1280 px
      // the two views side by side had 216 px each and the 240 px chart spilled over the card's edge).
      await page.locator('body.learn-drawer-open').waitFor();
      await page.locator('.calc-contour svg').first().waitFor();
      const spill = await page.evaluate(() => {
        const card = document.querySelector('.calc-contour')!.getBoundingClientRect();
        const chart = document.querySelector('.calc-contour svg')!.getBoundingClientRect();
        return chart.right - card.right;
      });
      assert(spill <= 0.5, `the contour chart runs ${spill.toFixed(1)} px past its card`);
      await t.screenshot('path-step-2-drawer');

      // The path survives a reload (kept in localStorage), and Leave path removes the bar.
      await page.reload();
      await bar.getByText('step 2 of 7', { exact: false }).waitFor();
      await bar.getByRole('button', { name: 'Leave path' }).click();
      await bar.waitFor({ state: 'detached' });
      await page.goto(`${t.base}/#/`);
      await page.getByRole('button', { name: 'Start the intermediate path' }).waitFor();
    },
  },
];
