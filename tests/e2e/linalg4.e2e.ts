/**
 * Issue 17 (linear algebra, part 2), the Low rank view: the shipped photograph and the generated image
 * approximated by their rank-k SVD (computed in the worker, with progress), k driven by its field and keys,
 * the Eckart–Young error read against NumPy's (tests/fixtures/lowrank-image.json) and against the pixels,
 * a file opened locally, the address, axe, and screenshots in light, dark, projector and at 360 px.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { assert, type E2ETest } from './harness';
import { noNaN, seriousAxe } from './pageHelpers';

const ref = JSON.parse(readFileSync('tests/fixtures/lowrank-image.json', 'utf8')) as {
  singularValues: number[];
  cases: { k: number; errorFormula: number; energyKept: number }[];
};

const num = async (page: Page, label: string): Promise<number> =>
  Number(await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value'));

async function setK(page: Page, k: number): Promise<void> {
  const field = page.getByRole('spinbutton', { name: 'rank k', exact: true });
  await field.fill(String(k));
  await field.press('Enter');
  await page.waitForFunction(
    (kk) =>
      document.querySelector('.la-lr-figure:nth-child(2) figcaption')?.textContent?.includes(`rank-${kk} `),
    k,
  );
}

async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert(overflow <= 0, `no horizontal scroll at 360 px (${overflow} px)`);
}

const REGIONS = ['.la-lr', '.la-lr-controls'];

export const linalg4Tests: E2ETest[] = [
  {
    name: 'linear algebra 4: Low rank view: the photograph’s SVD in the worker, k moves the error, Eckart–Young against NumPy',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('radio', { name: 'Low rank' }).check();
      await page.locator('.la-lr').waitFor();
      const started = Date.now();
      // Progress is shown while the worker sweeps (the status may already be gone on a fast machine).
      const sawProgress = await page
        .locator('progress[aria-label="SVD progress"]')
        .waitFor({ timeout: 1500 })
        .then(() => true)
        .catch(() => false);
      await page.locator('.la-lr-chart').waitFor({ timeout: 20_000 });
      const elapsed = Date.now() - started;
      const svdText = await page.locator('.la-lr p.fine', { hasText: 'ms in the worker' }).textContent();
      console.log(
        `    SVD 256 × 256: ${svdText?.trim()} (page saw it after ${elapsed} ms; progress shown: ${sawProgress})`,
      );
      const longDuringSvd = await t.takeLongTasks();
      console.log(`    long tasks while the SVD ran: ${JSON.stringify(longDuringSvd)}`);
      await page.waitForFunction(() => location.hash.includes('view=lowrank'));
      // Default k = 20.
      const c20 = ref.cases.find((c) => c.k === 20)!;
      const e20 = await num(page, 'rank k error');
      assert(
        Math.abs(e20 - c20.errorFormula) < 1e-9,
        `k = 20: rank k error ${e20} = NumPy's ${c20.errorFormula}`,
      );
      assert(
        Math.abs((await num(page, 'pixel error')) - e20) < 1e-9,
        'the pixel error equals √(Σ dropped σ²)',
      );
      assert(Math.abs((await num(page, 'energy kept')) - c20.energyKept) < 1e-12, 'energy kept at k = 20');
      assert(
        Math.abs((await num(page, 'storage ratio')) - (20 * 513) / 65536) < 1e-15,
        'storage ratio 20·513/65536',
      );
      await noNaN(page);
      await t.screenshot('la4-lowrank-k20');
      const axe = await seriousAxe(page, REGIONS);
      assert(axe.length === 0, `axe: ${axe.join('; ')}`);

      for (const k of [1, 5, 50, 100, 255]) {
        await setK(page, k);
        const c = ref.cases.find((x) => x.k === k)!;
        const e = await num(page, 'rank k error');
        const px = await num(page, 'pixel error');
        assert(Math.abs(e - c.errorFormula) < 1e-9, `k = ${k}: rank k error ${e} vs NumPy ${c.errorFormula}`);
        assert(Math.abs(px - e) < 1e-9, `k = ${k}: pixel error ${px} vs ${e}`);
      }
      await setK(page, 5);
      await t.screenshot('la4-lowrank-k5');
      // Keyboard: the slider moves k by 1 and by 10.
      const slider = page.getByRole('slider', { name: 'rank k', exact: true });
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.hash.includes('rk=6'));
      await page.keyboard.press('Shift+ArrowRight');
      await page.waitForFunction(() => location.hash.includes('rk=16'));
      const e16 = await num(page, 'rank k error');
      const tail16 = Math.sqrt(ref.singularValues.slice(16).reduce((s, x) => s + x * x, 0));
      assert(Math.abs(e16 - tail16) < 1e-9, `k = 16 by keys: ${e16} vs ${tail16}`);
      await t.takeLongTasks({ quiet: true });
      // A jump from 16 to the full rank rebuilds A_k on the page: measured.
      await setK(page, 256);
      assert((await num(page, 'rank k error')) === 0, 'k = 256 keeps everything: error 0');
      assert((await num(page, 'pixel error')) < 1e-9, 'k = 256 reproduces the image');
      assert((await num(page, 'energy kept')) === 1, 'energy kept 1 at full rank');
      const longK = await t.takeLongTasks();
      console.log(`    long tasks moving k: ${JSON.stringify(longK)}`);
      // Out of range: the field says so and nothing is drawn from it.
      const field = page.getByRole('spinbutton', { name: 'rank k', exact: true });
      await field.fill('0');
      await field.press('Enter');
      await page.getByText('Fix rank k').waitFor();
      await noNaN(page);
      await t.screenshot('la4-lowrank-bad-k');
    },
  },
  {
    name: 'linear algebra 4: Low rank view: the generated image, a file opened locally, the address',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&view=lowrank&img=shapes&rk=3');
      await page.locator('.la-lr-chart').waitFor({ timeout: 20_000 });
      const sel = page.getByRole('combobox', { name: 'image' });
      assert((await sel.inputValue()) === 'shapes', 'the address picks the generated image');
      assert(
        (await page.locator('.la-lr-figure figcaption').first().textContent())?.includes('128 × 128') ===
          true,
        '128 × 128',
      );
      assert(
        (await page.getByRole('slider', { name: 'rank k' }).getAttribute('max')) === '128',
        'k up to 128',
      );
      const e3 = await num(page, 'rank k error');
      assert(Math.abs((await num(page, 'pixel error')) - e3) < 1e-9, 'pixel error = rank k error');
      // The rectangle, the stripe and the ramp are few terms; the disk needs many: the error falls fast.
      await setK(page, 40);
      assert((await num(page, 'rank k error')) < e3 / 3, 'more terms, less error');
      await noNaN(page);
      await t.screenshot('la4-lowrank-shapes');
      // A file the student opens: made here as a 60 × 40 gradient PNG and handed to the file input.
      await page.evaluate(async () => {
        const c = document.createElement('canvas');
        c.width = 60;
        c.height = 40;
        const ctx = c.getContext('2d')!;
        const g = ctx.createLinearGradient(0, 0, 60, 40);
        g.addColorStop(0, '#000');
        g.addColorStop(1, '#fff');
        ctx.fillStyle = g;
        ctx.fillRect(0, 0, 60, 40);
        ctx.fillStyle = '#f00';
        ctx.beginPath();
        ctx.arc(30, 20, 12, 0, 2 * Math.PI);
        ctx.fill();
        const blob = await new Promise<Blob>((res) => c.toBlob((b) => res(b!), 'image/png'));
        const dt = new DataTransfer();
        dt.items.add(new File([blob], 'gradient.png', { type: 'image/png' }));
        const input = document.querySelector<HTMLInputElement>('.la-lr-file input')!;
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.waitForFunction(() =>
        document.querySelector('.la-lr-figure figcaption')?.textContent?.includes('40 × 60'),
      );
      await page.locator('.la-lr-chart').waitFor();
      assert((await sel.inputValue()) === 'file', 'the picker shows the opened file');
      assert((await page.getByRole('slider', { name: 'rank k' }).getAttribute('max')) === '40', 'k up to 40');
      // k = 40 is this image's full rank: nothing dropped.
      assert((await num(page, 'rank k error')) === 0, 'k = 40 = min(40, 60): error 0');
      await setK(page, 2);
      const ef = await num(page, 'rank k error');
      assert(ef > 0 && Math.abs((await num(page, 'pixel error')) - ef) < 1e-9, `file, k = 2: error ${ef}`);
      await noNaN(page);
      await t.screenshot('la4-lowrank-file');
      // Back to a shipped image.
      await sel.selectOption('ascent');
      await page.waitForFunction(() => location.hash.includes('img=ascent'));
      await page.waitForFunction(() =>
        document.querySelector('.la-lr-figure figcaption')?.textContent?.includes('256 × 256'),
      );
      // Not an image: said where the student looks.
      await page.evaluate(() => {
        const dt = new DataTransfer();
        dt.items.add(new File(['not a picture'], 'notes.txt', { type: 'text/plain' }));
        const input = document.querySelector<HTMLInputElement>('.la-lr-file input')!;
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.getByText('could not be read as an image').waitFor();
    },
  },
  {
    name: 'linear algebra 4: Low rank view in dark theme, projector mode and at 360 px',
    async run(t) {
      const { page } = t;
      await t.context.addInitScript(`try { localStorage.setItem('mfml-theme', 'dark'); } catch (e) {}`);
      await t.open('/linear-algebra?v=1&view=lowrank&rk=12');
      await page.locator('.la-lr-chart').waitFor({ timeout: 20_000 });
      await page.waitForTimeout(300);
      await t.screenshot('la4-lowrank-dark');
      let axe = await seriousAxe(page, REGIONS);
      assert(axe.length === 0, `axe (dark): ${axe.join('; ')}`);
      await t.context.addInitScript(
        `try { localStorage.setItem('mfml-theme', 'light'); localStorage.setItem('mfml-projector', '1'); } catch (e) {}`,
      );
      await page.reload();
      await page.locator('.la-lr-chart').waitFor({ timeout: 20_000 });
      await page.waitForTimeout(300);
      await t.screenshot('la4-lowrank-projector');
      axe = await seriousAxe(page, REGIONS);
      assert(axe.length === 0, `axe (projector): ${axe.join('; ')}`);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(400);
      await noHorizontalScroll(page);
      await noNaN(page);
      await page.locator('.la-lr-images').scrollIntoViewIfNeeded();
      await t.screenshot('la4-lowrank-360');
      await page.locator('.la-lr-chart').scrollIntoViewIfNeeded();
      await t.screenshot('la4-lowrank-360-chart');
    },
  },
  {
    name: 'linear algebra 4: Vectors view in 3D: u × v and det[u v w] as a signed volume, driven by the coordinates',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&view=vectors');
      await page.getByRole('radio', { name: '3D' }).check();
      await page.locator('.la-vec3-svg').waitFor();
      // u = (2, 0.5, 0), v = (0.5, 1.5, 0): u × v = (0, 0, 2.75); w = (0.5, 0.5, 1.5): det = 2.75 · 1.5.
      assert((await num(page, 'cross product length')) === 2.75, '|u × v| = 2.75');
      assert((await num(page, 'det[u v w]')) === 4.125, 'det[u v w] = 4.125');
      await t.screenshot('la4-vectors3');
      const axe = await seriousAxe(page, ['.la-vectors', '.la-vectors-controls']);
      assert(axe.length === 0, `axe: ${axe.join('; ')}`);
      const type = async (name: string, value: string) => {
        const f = page.getByRole('spinbutton', { name, exact: true });
        await f.fill(value);
        await f.press('Enter');
      };
      await type('w3', '-1');
      await page.waitForFunction(() => location.hash.includes('ww=0.5,0.5,-1'));
      assert((await num(page, 'det[u v w]')) === -2.75, 'w below the plane: det = −2.75 (left-handed)');
      await page.getByText('left-handed').waitFor();
      // w in the plane of u and v: dependent, volume 0.
      await type('w3', '0');
      await page.waitForFunction(() => location.hash.includes('ww=0.5,0.5,0'));
      assert((await num(page, 'det[u v w]')) === 0, 'w in the plane of u, v: det 0');
      await page.getByText('dependent, the box is flat').waitFor();
      // u parallel to v: no area.
      await type('v1', '4');
      await type('v2', '1');
      await page.waitForFunction(() => location.hash.includes('wv=4,1,0'));
      assert((await num(page, 'cross product length')) === 0, 'v = 2u: |u × v| = 0');
      await type('u1', '9');
      await page.getByText('Fix the coordinates').waitFor();
      await noNaN(page);
      await type('u1', '2');
      await type('v1', '0.5');
      await type('v2', '1.5');
      await type('w3', '1.5');
      await page.waitForFunction(() => location.hash.includes('ww=0.5,0.5,1.5'));
      await t.context.addInitScript(`try { localStorage.setItem('mfml-theme', 'dark'); } catch (e) {}`);
      await page.reload();
      await page.locator('.la-vec3-svg').waitFor();
      await page.waitForTimeout(300);
      await t.screenshot('la4-vectors3-dark');
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(400);
      await noHorizontalScroll(page);
      await page.locator('.la-vec3-svg').scrollIntoViewIfNeeded();
      await t.screenshot('la4-vectors3-360');
    },
  },
];
