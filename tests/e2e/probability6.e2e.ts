/**
 * Issue 19 (Probability, part 3): the change-of-variables section of the Distributions tab, read off the page
 * against SciPy's references (tests/fixtures/probability6.json).
 */
import type { Page } from 'playwright-core';
import fixture from '../fixtures/probability6.json';
import { assert, SCREENSHOTS, type E2ETest, type TestContext } from './harness';
import { axeViolations, noNaN } from './pageHelpers';

const DIST = '/probability?v=1';
type Base = { name: string; params: Record<string, number> };
const fx = fixture as unknown as {
  monotone: { g: string; base: Base; y: number[]; density: number[] }[];
  branches: { g: string; base: Base; y: number[]; density: number[] }[];
  means: { g: string; base: Base; mean: number; sd: number }[];
};
const isStd = (b: Base) => b.name === 'normal' && b.params.mean === 0 && b.params.sd === 1;
const densityAt1 = (cases: typeof fx.monotone, g: string) => {
  const k = cases.find((c) => c.g === g && isStd(c.base))!;
  return k.density[k.y.indexOf(1)];
};
const meanOf = (g: string) => fx.means.find((c) => c.g === g && isStd(c.base))!;

const value = async (page: Page, label: string): Promise<number> => {
  const v = await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value');
  return v === null || v === '' ? NaN : Number(v);
};

/** Waits until `n` samples of Y answer the g on screen. */
async function sampled(page: Page, n = 100_000): Promise<void> {
  await page.waitForFunction(
    (want) =>
      document.querySelector('output[aria-label="samples of Y drawn"]')?.getAttribute('data-value') ===
      String(want),
    n,
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

async function axeProblems(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const v of await axeViolations(page))
    if (v.impact === 'serious' || v.impact === 'critical')
      for (const n of v.nodes) out.push(`[${v.impact}] ${v.id}: ${n.target.join(' ')}`);
  return out;
}

async function shootSection(page: Page, name: string): Promise<void> {
  await page.locator('.cv-section').screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

export const prob6Tests: E2ETest[] = [
  {
    name: 'probability 6: Y = exp(X) and X² typed: readouts against SciPy, histogram against the density, a typo message',
    async run(t) {
      const { page } = t;
      await t.open(DIST);
      await page.locator('.cv-section').scrollIntoViewIfNeeded();
      await sampled(page);
      // Default: X ~ N(0, 1), g = exp(x), 10^5 samples, seed 42: Y is log-normal.
      const ln = meanOf('exp(x)');
      const exact = await value(page, 'transformed mean');
      assert(
        Math.abs(exact - Math.exp(0.5)) < 1e-8,
        `transformed mean ${exact} vs e^{1/2} = ${Math.exp(0.5)}`,
      );
      assert(Math.abs(exact - ln.mean) < 1e-8, `transformed mean ${exact} vs SciPy lognorm.mean ${ln.mean}`);
      const m = await value(page, 'transformed sample mean');
      const se = ln.sd / Math.sqrt(100_000);
      assert(
        Math.abs(m - ln.mean) < 4 * se,
        `transformed sample mean ${m} within 4 SE (${se}) of ${ln.mean}`,
      );
      const v = await value(page, 'transformed sample variance');
      assert(Math.abs(Math.sqrt(v) / ln.sd - 1) < 0.1, `sample sd ${Math.sqrt(v)} vs SciPy ${ln.sd}`);
      const d1 = await value(page, 'transformed density at y');
      const ref1 = densityAt1(fx.monotone, 'exp(x)');
      assert(Math.abs(d1 / ref1 - 1) < 1e-8, `density at y = 1: ${d1} vs SciPy lognorm.pdf ${ref1}`);
      assert((await value(page, 'branches at y')) === 1, 'one branch for exp');
      assert(
        (await page.locator('.cv-section path.histogram').getAttribute('d'))!.length > 100,
        'the histogram of Y is drawn',
      );
      await noNaN(page);
      const light = await axeProblems(page);
      assert(light.length === 0, `axe (light):\n${light.join('\n')}`);
      await shootSection(page, 'prob6-cv-exp-light');
      console.log(
        `    exp(X): transformed mean ${exact}, sample mean ${m} (SE ${se.toFixed(4)}), density at 1 ${d1}`,
      );

      // x² of the same normal: χ²₁, two branches, said in words.
      const g = page.getByRole('textbox', { name: 'g(x)' });
      await g.fill('x^2');
      await sampled(page);
      const chi = meanOf('x^2');
      const m2 = await value(page, 'transformed sample mean');
      const se2 = chi.sd / Math.sqrt(100_000);
      assert(Math.abs(m2 - chi.mean) < 4 * se2, `χ²₁ sample mean ${m2} within 4 SE (${se2}) of ${chi.mean}`);
      const e2 = await value(page, 'transformed mean');
      assert(Math.abs(e2 - 1) < 1e-8, `transformed mean of X² = ${e2}, SciPy chi2.mean 1`);
      const d2 = await value(page, 'transformed density at y');
      const ref2 = densityAt1(fx.branches, 'x^2');
      assert(Math.abs(d2 / ref2 - 1) < 1e-8, `χ²₁ density at 1: ${d2} vs SciPy ${ref2}`);
      assert((await value(page, 'branches at y')) === 2, 'two branches ±1 at y = 1');
      const said = await page.locator('.cv-kind').textContent();
      assert(
        /sum over the branches of g⁻¹ \(up to 2 on this plot, 2 at y = 1\)/.test(said ?? ''),
        `in words: ${said}`,
      );
      assert(
        page.url().includes('g=x%5E2') || page.url().includes('g=x^2'),
        `g in the address: ${page.url()}`,
      );
      await noNaN(page);
      await shootSection(page, 'prob6-cv-square-light');
      console.log(`    X²: sample mean ${m2} (SE ${se2.toFixed(4)}), density at 1 ${d2}`);

      // A typo: an inline message, the text kept, no NaN drawn.
      await g.fill('exp(x');
      const alert = page.locator('.cv-section [role="alert"]');
      await alert.waitFor();
      assert(/^g:/.test((await alert.textContent()) ?? ''), `typo message: ${await alert.textContent()}`);
      assert((await g.inputValue()) === 'exp(x', 'the typed text is kept');
      await noNaN(page);
      await shootSection(page, 'prob6-cv-typo');
      // g undefined on the support.
      await g.fill('log(x)');
      await page.waitForFunction(() =>
        /not defined at x =/.test(document.querySelector('.cv-section [role="alert"]')?.textContent ?? ''),
      );
      await noNaN(page);
      // Fixing it brings the picture back.
      await g.fill('exp(x)');
      await sampled(page);
      const href = await page.getByRole('link', { name: /Jacobian view/ }).getAttribute('href');
      assert(href === '#/linear-algebra?v=1&view=jacobian&ju=exp(x)&jv=y', `flow link ${href}`);
    },
  },
  {
    name: 'probability 6: a preset link restores the section; dark, projector and 360 px screenshots',
    async run(t) {
      const { page } = t;
      await themed(t, 'dark');
      await t.open(`${DIST}&dist=gamma&shape=3&rate=2&g=1%2Fx&gy=0.6`);
      await page.locator('.cv-section').scrollIntoViewIfNeeded();
      await sampled(page);
      const ig = fx.means.find((c) => c.g === '1/x')!;
      const e = await value(page, 'transformed mean');
      assert(Math.abs(e - ig.mean) < 1e-8, `inverse gamma mean ${e} vs SciPy ${ig.mean}`);
      const k = fx.monotone.find((c) => c.g === '1/x')!;
      const d = await value(page, 'transformed density at y');
      const ref = k.density[k.y.indexOf(0.6)];
      assert(Math.abs(d / ref - 1) < 1e-8, `inverse gamma density at 0.6: ${d} vs SciPy ${ref}`);
      assert(
        (await page.getByRole('button', { name: '1/x of a gamma' }).getAttribute('aria-pressed')) === 'true',
        'the preset chip is pressed',
      );
      await noNaN(page);
      const dark = await axeProblems(page);
      assert(dark.length === 0, `axe (dark):\n${dark.join('\n')}`);
      await shootSection(page, 'prob6-cv-dark');
      await page.setViewportSize({ width: 360, height: 800 });
      await page.getByRole('button', { name: 'sigmoid of a normal' }).click();
      await sampled(page);
      await page.waitForTimeout(300);
      const over = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert(over <= 1, `the page scrolls sideways by ${over} px at 360 px`);
      await noNaN(page);
      await shootSection(page, 'prob6-cv-360');
    },
  },
  {
    name: 'probability 6: projector screenshot',
    async run(t) {
      const { page } = t;
      await themed(t, 'projector');
      await t.open(`${DIST}&g=tanh(x)`);
      await page.locator('.cv-section').scrollIntoViewIfNeeded();
      await sampled(page);
      const p = await axeProblems(page);
      assert(p.length === 0, `axe (projector):\n${p.join('\n')}`);
      await shootSection(page, 'prob6-cv-projector');
    },
  },
];
