/**
 * Calculus, part 3 (issue 18): the 1-D view of derivatives from first principles and the constraint view with
 * Lagrange multipliers, the constrained optimizers of the race; light, dark, projector and 360 px looked at.
 */
import type { Page } from 'playwright-core';
import {
  derivative1D,
  feasibleSetOf,
  finiteDifference,
  lagrangePoints,
  projectedGradientDescent,
} from '../../src/core';
import { assert, SCREENSHOTS, type E2ETest } from './harness';
import { noNaN, seriousAxe } from './pageHelpers';

const readout = async (page: Page, name: string): Promise<number> => {
  const out = page.locator(`output[aria-label="${name}"]`);
  await out.waitFor();
  return Number(await out.getAttribute('data-value'));
};

const close = (a: number, b: number, tol = 1e-12) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter(
        (e) =>
          !e.closest('.katex-mathml') &&
          !e.closest('svg') &&
          !e.closest('.calc-1d-formula') &&
          !e.closest('.calc-table-wrap') &&
          e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
      )
      .slice(0, 4)
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`),
  );
  assert(overflow <= 0, `no horizontal scroll at 360 px (${overflow} px: ${wide.join(', ')})`);
}

export const calc3Tests: E2ETest[] = [
  {
    name: 'calculus 3: 1-D view: difference quotient, derivative and difference error follow f(x), x0 and h',
    async run(t) {
      const { page } = t;
      await t.open('/calculus');
      await page.getByRole('checkbox', { name: '1-D', exact: true }).check();
      const fx = 'sin(x) + x^2/4';
      const d = derivative1D(fx, 1);
      assert(typeof d === 'number', 'derivative');
      let q = await readout(page, 'difference quotient');
      const q0 = finiteDifference(fx, 1, 0.5, 'forward');
      assert(close(q, q0 as number), `quotient at h = 0.5: ${q} vs ${String(q0)}`);
      assert(close(await readout(page, 'derivative'), d), 'derivative from autodiff');
      await t.screenshot('calc3-1d-light');
      // A new f, x0 and h: the readouts are the core's for those, and the address holds them.
      await page.getByRole('textbox', { name: 'f(x)', exact: true }).fill('exp(x)');
      await page.getByRole('spinbutton', { name: 'x0', exact: true }).fill('0.5');
      await page.getByRole('spinbutton', { name: 'h', exact: true }).fill('1e-8');
      await page.waitForFunction(
        () =>
          document.querySelector('output[aria-label="derivative"]')?.getAttribute('data-value') ===
          String(Math.exp(0.5)),
      );
      q = await readout(page, 'difference quotient');
      const ref = finiteDifference('exp(x)', 0.5, 1e-8, 'forward') as number;
      assert(q === ref, `quotient ${q} vs core ${ref}`);
      const err = await readout(page, 'difference error');
      assert(close(err, Math.abs(ref - Math.exp(0.5))), `difference error ${err}`);
      assert(err > 1e-10 && err < 1e-6, `h = 1e-8 is near √ε: error ${err}`);
      console.log(`    exp at 0.5, h = 1e-8: quotient ${q}, error ${err.toExponential(2)}`);
      await page.waitForFunction(() => /fx=exp/.test(location.href) && /h=1e-8/.test(location.href));
      // Taylor order 6, and the three charts drawn without NaN.
      await page.getByRole('spinbutton', { name: 'Taylor order', exact: true }).fill('6');
      await page.locator('.calc-1d-best').first().waitFor();
      assert((await page.locator('.calc-1d path.calc-1d-err').count()) === 2, 'two error curves');
      await noNaN(page);
      await t.screenshot('calc3-1d-exp');
      const axe = await seriousAxe(page, ['.calc-1d']);
      assert(axe.length === 0, `axe: ${axe.join('; ')}`);
      // Reopened from the address: the same view.
      const url = page.url();
      await page.goto(url);
      assert(close(await readout(page, 'difference quotient'), ref), 'reopened quotient');
    },
  },
  {
    name: 'calculus 3: 1-D view in dark theme, projector mode and at 360 px',
    async run(t) {
      const { page } = t;
      await t.context.addInitScript(`try { localStorage.setItem('mfml-theme', 'dark'); } catch (e) {}`);
      await t.open('/calculus?v=1&1d=1&fx=log(x)&x0=2&h=0.01&order=4');
      await page.locator('.calc-1d-best').first().waitFor();
      await page.locator('.calc-1d').screenshot({ path: `${SCREENSHOTS}/calc3-1d-dark.png` });
      await t.context.addInitScript(
        `try { localStorage.setItem('mfml-theme', 'light'); localStorage.setItem('mfml-projector', '1'); } catch (e) {}`,
      );
      await page.reload();
      await page.locator('.calc-1d-best').first().waitFor();
      await page.locator('.calc-1d').screenshot({ path: `${SCREENSHOTS}/calc3-1d-projector.png` });
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(300);
      await noHorizontalScroll(page);
      await noNaN(page);
      await page.locator('.calc-1d').screenshot({ path: `${SCREENSHOTS}/calc3-1d-360.png` });
    },
  },
  {
    name: 'calculus 3: type a constraint and read lambda; four critical points; KKT for g ≤ c; drag the point to tangency',
    async run(t) {
      const { page } = t;
      const domain = { xmin: -3, xmax: 3, ymin: -3, ymax: 3 };
      await t.open('/calculus?v=1&f=x*y&domain=-3,3,-3,3&start=2,0.5&steps=300&opt=gd');
      await page
        .getByRole('radiogroup', { name: 'constraint' })
        .getByRole('radio', { name: 'g = c' })
        .check();
      await page.getByRole('textbox', { name: 'g(x,y)', exact: true }).fill('x^2 + y^2');
      await page.getByRole('spinbutton', { name: 'c', exact: true }).fill('2');
      const ref = lagrangePoints('x*y', 'x^2 + y^2', 2, domain);
      assert(!('error' in ref), 'core solves');
      const mins = ref.points.filter((p) => p.kind === 'min');
      const best = mins.reduce((a, b) => (b.f < a.f ? b : a));
      await page.waitForFunction(
        (v) =>
          document.querySelector('output[aria-label="lambda"]')?.getAttribute('data-value') === String(v),
        best.lambda,
        { timeout: 20_000 },
      );
      const lambda = await readout(page, 'lambda');
      const fStar = await readout(page, 'constrained f');
      assert(close(lambda, -0.5, 1e-9) && close(fStar, -1, 1e-9), `λ ${lambda}, f* ${fStar}`);
      const rows = await page.locator('.calc-constraint-results tbody tr').count();
      assert(rows === 4 && ref.points.length === 4, `${rows} critical points shown`);
      assert((await page.locator('.calc-lagrange-min').count()) === 2, 'two minima marked');
      assert((await page.locator('.calc-lagrange-max').count()) === 2, 'two maxima marked');
      const nudge = (await page.locator('.calc-nudge').textContent()) ?? '';
      assert(/df\*∕dc ≈ [−-]0\.5/.test(nudge), `λ as df*/dc: ${nudge}`);
      console.log(`    λ = ${lambda}, f* = ${fStar}; ${nudge.trim()}`);
      // At the optimum ∇f ∥ ∇g; one keypress along the curve breaks the tangency.
      const angle0 = await readout(page, 'angle between gradients');
      assert(Math.min(angle0, 180 - angle0) < 1e-6, `tangent at the optimum: ${angle0}°`);
      const handle = page.getByRole('slider', { name: 'point on the constraint' });
      await handle.focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => {
        const v = Number(
          document.querySelector('output[aria-label="angle between gradients"]')?.getAttribute('data-value'),
        );
        return Math.min(v, 180 - v) > 1;
      });
      const angle1 = await readout(page, 'angle between gradients');
      console.log(
        `    angle between gradients: ${angle0}° at the optimum, ${angle1.toFixed(2)}° after 4 steps along the curve`,
      );
      await noNaN(page);
      await page.locator('.calc-contour').screenshot({ path: `${SCREENSHOTS}/calc3-constraint-eq.png` });
      await page
        .locator('.calc-constraint-results')
        .screenshot({ path: `${SCREENSHOTS}/calc3-constraint-eq-results.png` });
      // g ≤ c: x·y has no interior minimum, so the constraint is active with λ = μ ≥ 0.
      await page.getByRole('radio', { name: 'g ≤ c' }).check();
      await page.waitForFunction(
        () =>
          /active/.test(document.querySelector('.calc-constraint-results')?.textContent ?? '') &&
          document.querySelector('.calc-feasible'),
      );
      const text = (await page.locator('.calc-constraint-results').textContent()) ?? '';
      assert(/constraint is active/.test(text) && /Complementary slackness/.test(text), 'KKT in words');
      const mu = await readout(page, 'lambda');
      assert(close(mu, 0.5, 1e-9), `KKT λ ${mu}`);
      await page.locator('.calc-contour').screenshot({ path: `${SCREENSHOTS}/calc3-constraint-le.png` });
      // An inactive inequality: the bowl's minimum (0, 0) is feasible.
      await page.getByRole('textbox', { name: 'f(x, y)', exact: true }).fill('(x-0.5)^2 + y^2');
      await page.waitForFunction(
        () => /inactive/.test(document.querySelector('.calc-constraint-results')?.textContent ?? ''),
        undefined,
        { timeout: 20_000 },
      );
      assert((await readout(page, 'lambda')) === 0, 'inactive: λ = 0');
      await page.waitForFunction(() => /con=le/.test(location.href) && /c=2/.test(location.href));
    },
  },
  {
    name: 'calculus 3: Projected GD and Penalty race beside GD on the constraint; a constraint without exact projection is named',
    async run(t) {
      const { page } = t;
      const domain = { xmin: -3, xmax: 3, ymin: -3, ymax: 3 };
      await t.open(
        '/calculus?v=1&f=x%2By&domain=-3,3,-3,3&start=2,1&steps=300&opt=gd&gd.lr=0.05&g=x%5E2%2By%5E2&c=2&con=eq',
      );
      await page.getByRole('checkbox', { name: 'Projected GD', exact: true }).check();
      await page.getByRole('checkbox', { name: 'Penalty', exact: true }).check();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.waitForSelector('output[aria-label="Projected GD final x"]', { timeout: 30_000 });
      const set = feasibleSetOf('x^2 + y^2', 2, 'eq', domain);
      assert(!('error' in set), 'circle');
      const run = projectedGradientDescent('x + y', set, [2, 1], 0.05, 300);
      assert(!('error' in run), 'pgd');
      const px = await readout(page, 'Projected GD final x');
      assert(px === run.path[2 * run.taken], `Projected GD final x ${px} vs core ${run.path[2 * run.taken]}`);
      assert(close(px, -1, 1e-4), `PGD reaches the constrained minimum (−1, −1): ${px}`);
      const qx = await readout(page, 'Penalty final x');
      const qy = await readout(page, 'Penalty final y');
      assert(
        Math.abs(qx + 1) < 0.15 &&
          Math.abs(qy + 1) < 0.15 &&
          Math.abs(Math.hypot(qx, qy) - Math.SQRT2) < 0.05,
        `penalty near (−1, −1): (${qx}, ${qy})`,
      );
      console.log(`    Projected GD ends at x = ${px}; Penalty at (${qx.toFixed(4)}, ${qy.toFixed(4)})`);
      assert((await page.locator('.calc-con-path').count()) === 2, 'two constrained paths drawn');
      await page
        .getByRole('button', { name: 'Pause', exact: true })
        .click()
        .catch(() => undefined);
      await noNaN(page);
      await page.locator('.calc-contour').screenshot({ path: `${SCREENSHOTS}/calc3-race-constrained.png` });
      await page.locator('.calc-results').screenshot({ path: `${SCREENSHOTS}/calc3-race-table.png` });
      // An ellipse has no exact projection: said beside the checkbox; the penalty still runs.
      await page.getByRole('textbox', { name: 'g(x,y)', exact: true }).fill('x^2 + 2*y^2');
      await page.getByText('Projected GD does not run').waitFor();
      // Dark, projector and 360 px.
      await page.getByLabel('Theme').selectOption('dark');
      await page.getByRole('textbox', { name: 'g(x,y)', exact: true }).fill('x^2 + y^2');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.waitForSelector('output[aria-label="Projected GD final x"]', { timeout: 30_000 });
      await page.waitForTimeout(800);
      await page
        .locator('.calc-contour')
        .screenshot({ path: `${SCREENSHOTS}/calc3-race-constrained-dark.png` });
      await t.context.addInitScript(
        `try { localStorage.setItem('mfml-theme', 'light'); localStorage.setItem('mfml-projector', '1'); } catch (e) {}`,
      );
      await page.reload();
      await page.locator('.calc-lagrange').first().waitFor({ timeout: 20_000 });
      await page
        .locator('.calc-contour')
        .screenshot({ path: `${SCREENSHOTS}/calc3-constraint-projector.png` });
      const axe = await seriousAxe(page, [
        '.calc-constraint-controls',
        '.calc-constraint-results',
        '.calc-contour',
      ]);
      assert(axe.length === 0, `axe: ${axe.join('; ')}`);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(400);
      await noHorizontalScroll(page);
      await page
        .locator('.calc-constraint-controls')
        .screenshot({ path: `${SCREENSHOTS}/calc3-constraint-controls-360.png` });
      await page
        .locator('.calc-constraint-results')
        .screenshot({ path: `${SCREENSHOTS}/calc3-constraint-results-360.png` });
    },
  },
  {
    name: 'calculus 3: Theory: L2 regularization as a constraint, its example on the page reads lambda = sqrt(5) - 1',
    async run(t) {
      const { page } = t;
      await t.open('/calculus?v=1&f=(x-2)%5E2%2B(y-1)%5E2&domain=-3,3,-3,3&g=x%5E2%2By%5E2&c=1&con=le');
      await page.waitForFunction(
        () => /active/.test(document.querySelector('.calc-constraint-results')?.textContent ?? ''),
        undefined,
        { timeout: 20_000 },
      );
      const lambda = await readout(page, 'lambda');
      assert(
        close(lambda, Math.sqrt(5) - 1, 1e-9),
        `KKT λ ${lambda} = √5 − 1 (the weight decay giving the same w)`,
      );
      const f = await readout(page, 'constrained f');
      assert(close(f, (Math.sqrt(5) - 1) ** 2, 1e-9), `f* ${f}`);
      await page.getByRole('button', { name: 'Theory', exact: true }).click();
      for (const title of [
        'L2 regularization is a constraint',
        'Maximum entropy with a mean constraint',
        'Derivatives from first principles',
        'Constraints and Lagrange multipliers',
      ])
        await page.getByText(title, { exact: true }).first().waitFor();
      await noNaN(page);
      await page
        .getByText('L2 regularization is a constraint', { exact: true })
        .first()
        .scrollIntoViewIfNeeded();
      await t.screenshot('calc3-theory');
    },
  },
];
