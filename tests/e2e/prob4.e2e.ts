/** Issue 19 (Probability, part 3, views): the Gaussians and Conditional probability tabs, read off the page. */
import type { Page } from 'playwright-core';
import { assert, type E2ETest, type TestContext } from './harness';
import { noNaN } from './pageHelpers';

const value = async (page: Page, label: string): Promise<number> =>
  Number(await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value'));

const near = (a: number, b: number, tol = 1e-9) => Math.abs(a - b) <= tol;

const GAU = '/probability?v=1&tab=gaussians';
const COND = '/probability?v=1&tab=conditional';

async function themed(t: TestContext, mode: 'dark' | 'projector'): Promise<void> {
  await t.context.addInitScript(
    mode === 'dark'
      ? `try { localStorage.setItem('mfml-theme', 'dark'); localStorage.removeItem('mfml-projector'); } catch (e) {}`
      : `try { localStorage.setItem('mfml-theme', 'light'); localStorage.setItem('mfml-projector', '1'); } catch (e) {}`,
  );
}

/** The page has no horizontal scroll (nothing clipped off the side at 360 px). */
async function noOverflow(page: Page): Promise<void> {
  const over = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  const widest = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('main *'))) {
      const r = el.getBoundingClientRect();
      if (r.right > w + 1 && out.length < 5)
        out.push(`${el.tagName}.${el.getAttribute('class') ?? ''} right ${Math.round(r.right)}`);
    }
    return out.join('; ');
  });
  assert(over <= 1, `the page scrolls sideways by ${over} px: ${widest}`);
}

export const prob4Tests: E2ETest[] = [
  {
    name: 'probability 4: Gaussians reads the conditional mean and variance, follows y0 typed and dragged',
    async run(t) {
      const { page } = t;
      await t.open(GAU);
      await page.waitForSelector('svg.chart path.gau-ellipse');
      // Defaults: σx = 1, σy = 1.5, ρ = 0.6 so Σxy = 0.9, Σyy = 2.25; y0 = 1.
      let m = await value(page, 'conditional mean');
      let v = await value(page, 'conditional variance');
      assert(near(m, 0.4) && near(v, 1 - 0.81 / 2.25), `conditional mean ${m}, variance ${v}`);
      const spin = page.getByRole('spinbutton', { name: 'condition y0', exact: true });
      await spin.fill('-2');
      await spin.press('Enter');
      await page.waitForFunction(
        () =>
          document.querySelector('output[aria-label="conditional mean"]')?.getAttribute('data-value') !==
          '0.4',
      );
      m = await value(page, 'conditional mean');
      v = await value(page, 'conditional variance');
      assert(near(m, -0.8) && near(v, 0.64), `at y0 = −2: conditional mean ${m}, variance ${v}`);
      // Drag the line y = y0 up to the top part of the plot: y0 rises and the mean follows 0.4·y0.
      const grip = page.locator('line.gau-y0-grip');
      const box = (await page.locator('svg.chart').first().boundingBox())!;
      const lb = (await grip.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, lb.y + lb.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.2, { steps: 6 });
      await page.mouse.up();
      await page.waitForTimeout(300);
      const y0 = Number(await spin.inputValue());
      m = await value(page, 'conditional mean');
      assert(y0 > 1, `dragging the line up set y0 = ${y0}`);
      assert(near(m, 0.4 * y0, 1e-9), `after the drag: conditional mean ${m} = 0.4 · y0 (${y0})`);
      assert(/gau\.y0=/.test(page.url()), `the address keeps y0: ${page.url()}`);
      // The formula with numbers and the sum/product readouts.
      const tex = (await page.locator('.gau-formulas .katex-mathml').first().textContent()) ?? '';
      assert(
        tex.includes('0.9') && tex.includes('2.25'),
        `the KaTeX carries Σxy and Σyy: ${tex.slice(0, 120)}`,
      );
      assert(
        near(await value(page, 'sum mean'), 0.5) && near(await value(page, 'sum variance'), 1 + 0.49),
        'sum',
      );
      const pv = await value(page, 'product variance');
      assert(near(pv, 1 / (1 + 1 / 0.49)), `product variance ${pv}`);
      assert(
        (await page.getByRole('link', { name: 'Entropy and KL' }).count()) === 1,
        'the max-entropy link',
      );
      await noNaN(page, { pattern: /NaN|undefined/ });
      await t.screenshot('prob4-gaussians');
    },
  },
  {
    name: 'probability 4: Conditional probability reads P(A), P(B), P(A and B), P(A given B), zooms into B and edits events by click',
    async run(t) {
      const { page } = t;
      await t.open(COND);
      await page.waitForSelector('.dice-grid');
      // First die even / sum is 7: independent.
      assert(near(await value(page, 'P(A)'), 0.5), 'P(A) = 1/2');
      assert(near(await value(page, 'P(B)'), 1 / 6), 'P(B) = 1/6');
      assert(near(await value(page, 'P(A and B)'), 1 / 12), 'P(A and B) = 1/12');
      assert(near(await value(page, 'P(A given B)'), 0.5), 'P(A given B) = 1/2');
      assert(
        /are independent/.test((await page.locator('.cond-words').textContent()) ?? ''),
        'said independent',
      );
      assert(
        /1\/6/.test((await page.locator('output[aria-label="P(B)"]').textContent()) ?? ''),
        'P(B) as 1/6',
      );
      await page.getByRole('combobox', { name: 'preset', exact: true }).selectOption('ten-double');
      await page.waitForFunction(
        () =>
          document.querySelector('output[aria-label="P(A given B)"]')?.getAttribute('data-value') !== '0.5',
      );
      assert(near(await value(page, 'P(A given B)'), 1 / 3), 'P(sum ≥ 10 | double) = 1/3');
      assert(near(await value(page, 'P(A)'), 1 / 6), 'P(sum ≥ 10) = 1/6');
      assert(/are dependent/.test((await page.locator('.cond-words').textContent()) ?? ''), 'said dependent');
      await page.getByRole('checkbox', { name: 'zoom into B' }).check();
      const cells = await page.locator('.dice-grid .dice-cell').count();
      assert(cells === 6, `zoomed into the doubles: ${cells} outcomes shown`);
      await t.screenshot('prob4-conditional-zoom');
      await page.getByRole('checkbox', { name: 'zoom into B' }).uncheck();
      // Click outcome (1, 1) into A: A gains one outcome, which is in B.
      await page.getByRole('button', { name: /^1,1: outcome 1 and 1,/ }).click();
      assert(near(await value(page, 'P(A)'), 7 / 36), `P(A) after the click ${await value(page, 'P(A)')}`);
      assert(near(await value(page, 'P(A given B)'), 0.5), 'P(A given B) = 3/6');
      // Edit B: remove all six doubles one by one; B empty → P(A given B) has no value, no NaN printed.
      await page.getByRole('combobox', { name: 'clicking edits', exact: true }).selectOption('B');
      for (let i = 1; i <= 6; i++)
        await page.getByRole('button', { name: new RegExp(`^${i},${i}: outcome ${i} and ${i},`) }).click();
      assert(near(await value(page, 'P(B)'), 0), 'B emptied');
      const given = await page.locator('output[aria-label="P(A given B)"]').textContent();
      assert(given === '—', `P(A given B) with B empty reads "${given}"`);
      // Simpson's paradox table.
      await page.getByRole('combobox', { name: 'stone size', exact: true }).selectOption('small');
      const a = await value(page, 'success rate A');
      const b = await value(page, 'success rate B');
      assert(near(a, 81 / 87) && near(b, 234 / 270) && a > b, `small stones: A ${a}, B ${b}`);
      await page.getByRole('combobox', { name: 'stone size', exact: true }).selectOption('all');
      assert((await value(page, 'success rate A')) < (await value(page, 'success rate B')), 'overall B wins');
      await noNaN(page, { pattern: /NaN|undefined \(/ });
      await page.getByRole('combobox', { name: 'preset', exact: true }).selectOption('even-seven');
      await t.screenshot('prob4-conditional');
    },
  },
  {
    name: 'probability 4: dark screenshots, and 360 px without sideways scrolling',
    async run(t) {
      const { page } = t;
      await themed(t, 'dark');
      await t.open(GAU);
      await page.waitForSelector('svg.chart path.gau-ellipse');
      await t.screenshot('prob4-gaussians-dark');
      await t.open(COND);
      await page.waitForSelector('.dice-grid');
      await t.screenshot('prob4-conditional-dark');
      await page.setViewportSize({ width: 360, height: 800 });
      await t.open(GAU);
      await page.waitForSelector('svg.chart path.gau-ellipse');
      await page.waitForTimeout(300);
      await noOverflow(page);
      await t.screenshot('prob4-gaussians-360');
      await t.open(COND);
      await page.waitForSelector('.dice-grid');
      await page.waitForTimeout(300);
      await noOverflow(page);
      await t.screenshot('prob4-conditional-360');
    },
  },
  {
    name: 'probability 4: projector screenshots of the two tabs',
    async run(t) {
      const { page } = t;
      await themed(t, 'projector');
      await t.open(GAU);
      await page.waitForSelector('svg.chart path.gau-ellipse');
      await t.screenshot('prob4-gaussians-projector');
      await t.open(COND);
      await page.waitForSelector('.dice-grid');
      await t.screenshot('prob4-conditional-projector');
    },
  },
  {
    name: 'probability 4: Entropy and KL mutual information: joint table edited, Venn picture, Gaussian I(ρ), one unit for the tab',
    async run(t) {
      const { page } = t;
      await t.open('/probability?v=1&tab=information');
      await page.waitForSelector('output[aria-label="mutual information"]');
      // Default 3×3 noisy copy: I = H(X) + H(Y) − H(X,Y) in bits.
      const hx = await value(page, 'H(X)');
      const hy = await value(page, 'H(Y)');
      const hxy = await value(page, 'H(X,Y)');
      let mi = await value(page, 'mutual information');
      assert(mi > 0.1 && near(mi, hx + hy - hxy, 1e-9), `I = ${mi}, H(X) + H(Y) − H(X,Y) = ${hx + hy - hxy}`);
      assert(near(await value(page, 'H(X|Y)'), hxy - hy, 1e-9), 'H(X|Y) = H(X,Y) − H(Y)');
      await page.getByRole('button', { name: 'Independent', exact: true }).click();
      mi = await value(page, 'mutual information');
      assert(Math.abs(mi) < 1e-12, `an independent table gives I = ${mi}`);
      await page.getByRole('button', { name: 'Y = X', exact: true }).click();
      assert(
        near(await value(page, 'mutual information'), Math.log2(3), 1e-12),
        'Y = X on 3 values: I = log2 3',
      );
      // Edit a cell: a 2×2 table [[1, 0], [0, 1]] → 1 bit; then weight 1 off-diagonal lowers it.
      await page.getByRole('combobox', { name: 'rows', exact: true }).selectOption('2');
      await page.getByRole('combobox', { name: 'columns', exact: true }).selectOption('2');
      await page.getByRole('button', { name: 'Y = X', exact: true }).click();
      assert(near(await value(page, 'mutual information'), 1, 1e-12), '2×2 copy: 1 bit');
      await page.getByRole('spinbutton', { name: 'weight x 1 y 2' }).fill('1');
      const after = await value(page, 'mutual information');
      // [[1, 1], [0, 1]] / 3: I = log2 3 − 4/3·… computed directly here.
      const p = [
        [1 / 3, 1 / 3],
        [0, 1 / 3],
      ];
      const px = [2 / 3, 1 / 3];
      const py = [1 / 3, 2 / 3];
      let ref = 0;
      p.forEach((r, i) => r.forEach((v, j) => v > 0 && (ref += v * Math.log2(v / (px[i] * py[j])))));
      assert(near(after, ref, 1e-12), `edited table: I = ${after}, expected ${ref}`);
      // Gaussian: −½ log2(1 − ρ²) at ρ = 0.8, and the sample estimate near it.
      const g = await value(page, 'Gaussian mutual information');
      assert(near(g, -0.5 * Math.log2(1 - 0.64), 1e-12), `Gaussian I = ${g}`);
      const est = await value(page, 'sample estimate');
      assert(Math.abs(est - g) < 0.1, `sample estimate ${est} near ${g}`);
      // One unit for the whole tab: nats everywhere.
      const klBits = await value(page, 'KL(P||Q) bits');
      const normalBits = await value(page, 'normal KL(P||Q) bits');
      await page.getByRole('combobox', { name: 'unit', exact: true }).selectOption('nats');
      await page.waitForSelector('output[aria-label="entropy nats"]');
      assert(near(await value(page, 'KL(P||Q) nats'), klBits * Math.LN2, 1e-12), 'discrete KL in nats');
      assert(
        near(await value(page, 'normal KL(P||Q) nats'), normalBits * Math.LN2, 1e-12),
        'normal KL in nats',
      );
      assert(
        near(await value(page, 'Gaussian mutual information'), -0.5 * Math.log(1 - 0.64), 1e-12),
        'I in nats',
      );
      // The address follows at most four times a second: wait for it.
      await page
        .waitForFunction(() => /unit=nats/.test(location.href), undefined, { timeout: 3000 })
        .catch(() => undefined);
      assert(/unit=nats/.test(page.url()), `the address keeps the unit: ${page.url()}`);
      await noNaN(page, { pattern: /NaN|undefined/ });
      await page.locator('#mi-title').scrollIntoViewIfNeeded();
      await t.screenshot('prob4-information-mi');
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(400);
      await noOverflow(page);
      await page.locator('#mi-title').scrollIntoViewIfNeeded();
      await t.screenshot('prob4-information-mi-360');
    },
  },
];
