/** Calculus, part 2 (issue 18): the fixes a student and a numerical review found, seen in the browser. */
import type { Page } from 'playwright-core';
import { curvatureAt, divergenceReason, optimizePath, parseExpression } from '../../src/core';
import { assert, SCREENSHOTS, type E2ETest } from './harness';
import { noNaN } from './pageHelpers';

async function run(page: Page, first: string): Promise<void> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForSelector(`output[aria-label="${first} final x"]`, { timeout: 30_000 });
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const calc2Tests: E2ETest[] = [
  {
    name: 'calculus 2: three diverging runs stay on the loss chart, marked on its edge, labels apart',
    async run(t) {
      const { page } = t;
      const fn = 'x^2 + 10*y^2';
      // GD, momentum and Nesterov diverge in 3–4 steps while Adam runs all 60: the crowded corner.
      await t.open(
        `/calculus?v=1&f=${encodeURIComponent(fn)}&domain=-3,3,-2,2&start=1,1&steps=60` +
          '&opt=gd,momentum,nesterov,adam&gd.lr=0.5&momentum.lr=0.3&nesterov.lr=0.2',
      );
      await run(page, 'GD');
      const parsed = parseExpression(fn);
      assert(parsed.ok, 'parses');
      const taken = (['gd', 'momentum', 'nesterov'] as const).map(
        (n, i) => optimizePath(parsed.expr, n, { lr: [0.5, 0.3, 0.2][i] }, [1, 1], 60).taken,
      );
      console.log(`    runs stop at steps ${taken.join(', ')} of 60`);
      const stops = page.locator('.calc-loss .calc-stop');
      const labelsApart = async (what: string) => {
        await page.waitForFunction(
          () => document.querySelectorAll('.calc-loss .calc-stop text').length === 3,
        );
        const labels = await stops.locator('text').allTextContents();
        assert(
          labels.every((l) => /diverged at step \d+$/.test(l)),
          `labels: ${labels.join(' | ')}`,
        );
        const boxes: Box[] = [];
        for (let i = 0; i < 3; i++) boxes.push((await stops.nth(i).locator('text').boundingBox())!);
        for (let i = 0; i < 3; i++)
          for (let j = i + 1; j < 3; j++)
            assert(!overlap(boxes[i], boxes[j]), `${what}: labels ${i}, ${j} overlap`);
        const plot = (await page.locator('.calc-loss svg.chart').boundingBox())!;
        for (const b of boxes)
          assert(
            b.x >= plot.x &&
              b.x + b.width <= plot.x + plot.width &&
              b.y >= plot.y &&
              b.y + b.height <= plot.y + plot.height,
            `${what}: label ${JSON.stringify(b)} outside ${JSON.stringify(plot)}`,
          );
        return labels;
      };
      const labels = await labelsApart('with Adam');
      // The three left the axis (Adam's range): each ends in an arrowhead on the top edge.
      const edges = await page.locator('.calc-loss .calc-stop path[data-edge="top"]').count();
      assert(edges === 3, `${edges} of 3 marks on the top edge`);
      console.log(`    ${labels.join(' | ')}`);
      await noNaN(page, { pattern: /NaN/ });
      await page.locator('.calc-loss').screenshot({ path: `${SCREENSHOTS}/calc2-loss-diverging.png` });
      // Without Adam every run diverges: the x axis spans what was run and the curves climb inside.
      await page.getByRole('checkbox', { name: 'Adam', exact: true }).setChecked(false);
      await run(page, 'GD');
      await labelsApart('all diverging');
      const ticks = await page.locator('.calc-loss g.axis').first().locator('.tick text').allTextContents();
      const last = Math.max(...ticks.map(Number).filter(Number.isFinite));
      assert(last <= Math.max(...taken), `x axis reaches ${last}, runs end by ${Math.max(...taken)}`);
      await page.getByLabel('Theme').selectOption('dark');
      await page.locator('.calc-loss').screenshot({ path: `${SCREENSHOTS}/calc2-loss-diverging-dark.png` });
    },
  },
  {
    name: 'calculus 2: log(x) + y^2 hatches the undefined half, draws no arrow there, and a step out of the domain says so',
    async run(t) {
      const { page } = t;
      const fn = 'log(x) + y^2';
      await t.open(
        `/calculus?v=1&f=${encodeURIComponent(fn)}&domain=-2,2,-2,2&start=1,1&steps=300&opt=gd&gd.lr=0.1`,
      );
      const region = page.locator('.calc-contour .calc-undefined');
      await region.locator('text').getByText('undefined', { exact: true }).waitFor();
      const hatch = (await region.locator('path').boundingBox())!;
      const plot = (await page.locator('.calc-contour .calc-click').boundingBox())!;
      const share = hatch.width / plot.width;
      assert(share > 0.45 && share < 0.55, `hatched share of the width ${share}`);
      // Arrows: each one's midpoint lies right of x = 0 (the plot's middle).
      const mids = await page
        .locator('.calc-field line')
        .evaluateAll((ls) =>
          ls.map((l) => (Number(l.getAttribute('x1')) + Number(l.getAttribute('x2'))) / 2),
        );
      const width = Number(await page.locator('.calc-contour .calc-click').getAttribute('width'));
      assert(
        mids.length > 0 && mids.every((m) => m > width / 2),
        `an arrow left of x = 0 (${mids.length} arrows)`,
      );
      await run(page, 'GD');
      const parsed = parseExpression(fn);
      assert(parsed.ok, 'parses');
      const r = optimizePath(parsed.expr, 'gd', { lr: 0.1 }, [1, 1], 300);
      const reason = divergenceReason(parsed.expr, 'gd', { lr: 0.1 }, r)!;
      assert(/left f's domain/.test(reason), reason);
      await page.getByText(reason, { exact: true }).waitFor();
      console.log(`    ${reason}`);
      await noNaN(page, { pattern: /NaN/ });
      await page.locator('.calc-contour').screenshot({ path: `${SCREENSHOTS}/calc2-log-undefined.png` });
    },
  },
  {
    name: 'calculus 2: the Rosenbrock preset races all seven optimizers through their whole budget',
    async run(t) {
      const { page } = t;
      await t.open('/calculus');
      await page.getByRole('button', { name: 'Rosenbrock', exact: true }).click();
      for (const name of ['GD', 'Momentum', 'Nesterov', 'AdaGrad', 'RMSProp', 'Adam', 'Newton'])
        await page.getByRole('checkbox', { name, exact: true }).setChecked(true);
      const lr = await page
        .getByRole('group', { name: 'GD', exact: true })
        .getByRole('spinbutton', { name: 'learning rate', exact: true })
        .inputValue();
      assert(Number(lr) === 0.001, `GD learning rate from the preset: ${lr}`);
      await run(page, 'Newton');
      const statuses = await page.locator('.calc-status').allTextContents();
      assert(statuses.length === 7, `${statuses.length} rows`);
      assert(
        statuses.every((s) => s === 'ran every step'),
        `statuses: ${statuses.join(' | ')}`,
      );
      assert((await page.locator('.calc-loss .calc-stop').count()) === 0, 'no stop marks');
      await noNaN(page, { pattern: /NaN/ });
      await t.screenshot('calc2-rosenbrock-preset');
    },
  },
  {
    name: 'calculus 2: Newton at the saddle of sin(xy) + x^2 says so with the Hessian eigenvalues',
    async run(t) {
      const { page } = t;
      const fn = 'sin(x*y) + x^2';
      await t.open(
        `/calculus?v=1&f=${encodeURIComponent(fn)}&domain=-2,2,-2,2&start=0.5,1&steps=100&opt=newton`,
      );
      await run(page, 'Newton');
      const parsed = parseExpression(fn);
      assert(parsed.ok, 'parses');
      const r = optimizePath(parsed.expr, 'newton', { lr: 1 }, [0.5, 1], 100);
      const [l1, l2] = curvatureAt(parsed.expr, r.path[2 * r.taken], r.path[2 * r.taken + 1]).eigenvalues;
      const reason = divergenceReason(parsed.expr, 'newton', { lr: 1 }, r)!;
      assert(reason.startsWith('stopped at a saddle point (H has eigenvalues'), reason);
      assert(l2 < 0 && l1 > 0, `eigenvalues ${l2}, ${l1}`);
      await page.locator('.calc-status').getByText(reason, { exact: true }).waitFor();
      console.log(`    ${reason}`);
    },
  },
];
