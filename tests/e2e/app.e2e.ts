import { assert, type E2ETest } from './harness';

const ROUTES = [
  { route: '/', heading: /mathematics of machine learning/i, shot: 'home' },
  { route: '/linear-algebra', heading: /linear algebra/i, shot: 'linear-algebra' },
  { route: '/calculus', heading: /calculus/i, shot: 'calculus' },
  { route: '/probability', heading: /probability/i, shot: 'probability' },
  { route: '/machine-learning', heading: /machine learning/i, shot: 'machine-learning' },
];

export const appTests: E2ETest[] = [
  ...ROUTES.map(({ route, heading, shot }): E2ETest => ({
    name: `route #${route} loads without console errors`,
    async run(t) {
      await t.open(route);
      const h1 = await t.page.locator('main h1').first().textContent();
      assert(heading.test(h1 ?? ''), `heading of ${route} was "${h1}"`);
      await t.page.waitForTimeout(300);
      await t.screenshot(shot);
    },
  })),
  {
    name: 'an unknown route shows the home page with a "page not found" line',
    async run(t) {
      await t.open('/no-such-page');
      await t.page.getByText(/page not found/i).waitFor();
      assert(await t.page.getByRole('heading', { level: 1 }).isVisible(), 'home heading missing');
    },
  },
  {
    name: 'the top navigation reaches every page',
    async run(t) {
      await t.open('/');
      for (const label of ['Probability', 'Calculus', 'Linear algebra', 'Home']) {
        await t.page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: label }).click();
        await t.page.waitForFunction(
          (l) => document.querySelector('nav a[aria-current="page"]')?.textContent === l,
          label,
        );
      }
    },
  },
  {
    name: 'the theme can be switched to dark and back',
    async run(t) {
      await t.open('/probability');
      await t.page.getByLabel('Theme').selectOption('dark');
      const bg = await t.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert(bg === 'rgb(17, 19, 26)', `dark background expected, got ${bg}`);
      await t.page.waitForSelector('svg.chart');
      await t.screenshot('probability-dark');
      await t.page.getByLabel('Theme').selectOption('light');
    },
  },
];
