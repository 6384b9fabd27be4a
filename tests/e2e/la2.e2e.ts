/**
 * Issue 17 (linear algebra, part 2) in a real browser: the numerical review's matrices on the panel, the
 * SVD step that must say "reflect", a preset's rounded cells, and the Norms view driven by its controls,
 * by dragging and by the keyboard (dark theme, projector and 360 px looked at through screenshots).
 */
import type { Page } from 'playwright-core';
import { assert, type E2ETest } from './harness';
import { setMatrix } from './linalgHelpers';
import { noNaN, seriousAxe } from './pageHelpers';

const dataValue = async (page: Page, label: string): Promise<string> =>
  (await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value')) ?? '';
const num = async (page: Page, label: string): Promise<number> => Number(await dataValue(page, label));
const close = (x: number, y: number, tol = 1e-12): boolean =>
  Math.abs(x - y) <= tol * Math.max(1, Math.abs(y));

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
          e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
      )
      .slice(0, 4)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} in ${e.parentElement?.className ?? ''}`,
      ),
  );
  assert(overflow <= 0, `no horizontal scroll at 360 px (${overflow} px: ${wide.join(', ')})`);
}

export const la2Tests: E2ETest[] = [
  {
    name: 'linear algebra 2: rank by NumPy’s rule, det 0 beside rank 2 with its rounding bound, exact integer det',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&dim=3');
      await setMatrix(page, [
        [1e7, 2e7, 3e7],
        [4e7, 5e7, 6e7],
        [7e7, 8e7, 9e7],
      ]);
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="rank"]')?.getAttribute('data-value') === '2',
      );
      assert((await dataValue(page, 'determinant')) === '0', '1e7·[[1..9]]: det 0');
      await page.getByText('singular: no inverse').waitFor();
      await setMatrix(page, [
        [0.1, 0.2, 0.3],
        [0.4, 0.5, 0.6],
        [0.7, 0.8, 0.9],
      ]);
      await page.locator('.la-det-note').waitFor();
      const note = (await page.locator('.la-det-note').textContent()) ?? '';
      assert(/\(to rounding, \|det\| < \d/.test(note), `the note beside det: ${note}`);
      assert((await dataValue(page, 'determinant')) === '0', '0.1·[[1..9]]: det shown as 0');
      const why = (await page.locator('.la-rank-why').textContent()) ?? '';
      assert(/NumPy's cut-off n·ε·σ₁ = 3·ε·/.test(why), `the panel names the tolerance: ${why}`);
      await page.locator('output[aria-label="determinant"]').focus();
      const title = await page.locator('output[aria-label="determinant"]').getAttribute('title');
      assert(/to rounding, \|det\| < /.test(title ?? ''), `det's note on focus: ${title}`);
      await t.screenshot('la2-det-rounding');
      await setMatrix(page, [
        [-152, -53, -87],
        [-37, 30, -91],
        [-189, -23, -178],
      ]);
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="rank"]')?.getAttribute('data-value') === '2',
      );
      assert((await dataValue(page, 'determinant')) === '0', 'row 3 = row 1 + row 2: det exactly 0');
      await noNaN(page);
      await t.screenshot('la2-exact-singular');
    },
  },
  {
    name: 'linear algebra 2: a shear is named defective with exact eigenvalues; a reflection’s SVD step says "U: reflect"',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await setMatrix(page, [
        [1, 1],
        [0, 1],
      ]);
      await page.waitForFunction(() =>
        /^1, 1 \(exact; defective\)$/.test(
          document.querySelector('output[aria-label="eigenvalues"]')?.textContent ?? '',
        ),
      );
      await t.screenshot('la2-shear-defective');
      await page.getByRole('radio', { name: 'SVD' }).check();
      await setMatrix(page, [
        [1, 0.5],
        [0.5, -1],
      ]);
      await page.getByRole('button', { name: 'U: reflect' }).click();
      await page.waitForFunction(() => location.hash.includes('t=1&'));
      await page.getByText(/U reflects and turns the axes/).waitFor();
      await t.screenshot('la2-svd-reflect');
    },
  },
  {
    name: 'linear algebra 2: the Rotation preset shows rounded cells, full precision on focus and in the link',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('spinbutton', { name: 'A rotation angle (degrees)', exact: true }).fill('90');
      await page
        .getByRole('group', { name: 'Presets for A' })
        .getByRole('button', { name: 'Rotation' })
        .click();
      const a11 = page.getByRole('spinbutton', { name: 'a11 value', exact: true });
      assert((await a11.inputValue()) === '0', `a11 shows ${await a11.inputValue()}`);
      await page.getByRole('spinbutton', { name: 'A rotation angle (degrees)', exact: true }).fill('30');
      await page.waitForFunction(() => location.hash.includes('0.8660254037844387'));
      assert((await a11.inputValue()) === '0.866025', `a11 rounded: ${await a11.inputValue()}`);
      await a11.focus();
      assert((await a11.inputValue()) === '0.8660254037844387', 'full precision on focus');
      await page.getByRole('spinbutton', { name: 'A rotation angle (degrees)', exact: true }).focus();
      await t.screenshot('la2-rotation-rounded');
    },
  },
  {
    name: 'linear algebra 2: Norms view: p slider, point fields, drag and arrow keys; p = 0.5 not a norm',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('radio', { name: 'Norms' }).check();
      await page.locator('.la-norms-svg').waitFor();
      await page.getByRole('spinbutton', { name: 'point x1', exact: true }).fill('0.3');
      await page.getByRole('spinbutton', { name: 'point x2', exact: true }).fill('-0.4');
      await page.waitForFunction(() => location.hash.includes('pt=0.3,-0.4'));
      assert(close(await num(page, 'norm 1'), 0.7), 'norm 1 = 0.7');
      assert(close(await num(page, 'norm 2'), 0.5), 'norm 2 = 0.5');
      assert(close(await num(page, 'norm ∞'), 0.4), 'norm ∞ = 0.4');
      assert(close(await num(page, 'norm p'), 0.5), 'norm p at p = 2');
      // The slider by keyboard: from 2 down by 15 steps of 0.1 to 0.5.
      const slider = page.getByRole('slider', { name: 'p', exact: true });
      await slider.focus();
      for (let k = 0; k < 15; k++) await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => /[?&]p=0\.5(&|$)/.test(location.hash));
      await page.locator('.la-not-norm').waitFor();
      const p05 = (Math.sqrt(0.3) + Math.sqrt(0.4)) ** 2;
      assert(
        close(await num(page, 'norm p'), p05, 1e-9),
        `norm p at p = 0.5: ${await num(page, 'norm p')} vs ${p05}`,
      );
      await t.screenshot('la2-norms-p05');
      // Drag the point to (1, 1) on the picture.
      const box = (await page.locator('.la-norms-svg').boundingBox())!;
      const at = (x: number, y: number) => [
        box.x + ((x + 2.2) / 4.4) * box.width,
        box.y + ((2.2 - y) / 4.4) * box.height,
      ];
      const [fx, fy] = at(0.3, -0.4);
      const [tx, ty] = at(1, 1);
      await page.mouse.move(fx, fy);
      await page.mouse.down();
      for (let k = 1; k <= 10; k++)
        await page.mouse.move(fx + ((tx - fx) * k) / 10, fy + ((ty - fy) * k) / 10);
      await page.mouse.up();
      const n1 = await num(page, 'norm 1');
      assert(Math.abs(n1 - 2) < 0.05, `dragged to about (1, 1): norm 1 = ${n1}`);
      // Keyboard: focus the point and move it.
      const before = await num(page, 'norm ∞');
      await page.getByRole('button', { name: 'point x', exact: true }).focus();
      await page.keyboard.press('Shift+ArrowRight');
      const after = await num(page, 'norm ∞');
      assert(
        Math.abs(after - before - 0.25) < 1e-9 || after === 2,
        `Shift+→ moves x₁ by 0.25: ${before} → ${after}`,
      );
      await page.getByRole('spinbutton', { name: 'p', exact: true }).fill('3');
      await page.waitForFunction(() => /[?&]p=3(&|$)/.test(location.hash));
      await noNaN(page);
      await t.screenshot('la2-norms');
      const axe = await seriousAxe(page, ['.la-norms', '.la-norms-controls']);
      assert(axe.length === 0, `axe: ${axe.join('; ')}`);
    },
  },
  {
    name: 'linear algebra 2: Norms view in dark theme, projector mode and at 360 px',
    async run(t) {
      const { page } = t;
      await t.context.addInitScript(`try { localStorage.setItem('mfml-theme', 'dark'); } catch (e) {}`);
      await t.open('/linear-algebra?v=1&view=norms&p=1.5&pt=-1.2,0.7');
      await page.locator('.la-norms-svg').waitFor();
      await t.screenshot('la2-norms-dark');
      await t.context.addInitScript(
        `try { localStorage.setItem('mfml-theme', 'light'); localStorage.setItem('mfml-projector', '1'); } catch (e) {}`,
      );
      await page.reload();
      await page.locator('.la-norms-svg').waitFor();
      await t.screenshot('la2-norms-projector');
      const axe = await seriousAxe(page, ['.la-norms', '.la-norms-controls']);
      assert(axe.length === 0, `axe (projector): ${axe.join('; ')}`);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(300);
      await noHorizontalScroll(page);
      await noNaN(page);
      await t.screenshot('la2-norms-360');
    },
  },
  {
    name: 'linear algebra 2: Vectors view: u and v by fields, drag and keys; dot product, angle, cross product; dependent span',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('radio', { name: 'Vectors' }).check();
      await page.locator('.la-vectors svg').waitFor();
      const field = (name: string) => page.getByRole('spinbutton', { name, exact: true });
      await field('u1').fill('3');
      await field('u2').fill('0');
      await field('v1').fill('1');
      await field('v2').fill('2');
      await page.waitForFunction(() => location.hash.includes('vu=3,0') && location.hash.includes('vv=1,2'));
      assert(close(await num(page, 'dot product'), 3), 'u·v = 3');
      assert(
        close(await num(page, 'angle degrees'), (Math.atan2(2, 1) * 180) / Math.PI),
        'angle = atan2(2, 1)',
      );
      assert(close(await num(page, 'cross product length'), 6), '|u × v| = 6');
      await page.getByText(/has signed length u·v\/\|u\| = 1,/).waitFor();
      // a and b by keyboard: a from 1 to 0.5.
      const a = page.getByRole('slider', { name: 'a', exact: true });
      await a.focus();
      for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => location.hash.includes('ab=0.5,1'));
      await t.screenshot('la2-vectors');
      // Drag v's tip from (1, 2) to (2, 0): dependent on u, the span is a line.
      const box = (await page.locator('.la-vectors svg').boundingBox())!;
      const at = (x: number, y: number) => [
        box.x + ((x + 4.4) / 8.8) * box.width,
        box.y + ((4.4 - y) / 8.8) * box.height,
      ];
      const [fx, fy] = at(1, 2);
      const [tx, ty] = at(2, 0);
      await page.mouse.move(fx, fy);
      await page.mouse.down();
      for (let k = 1; k <= 10; k++)
        await page.mouse.move(fx + ((tx - fx) * k) / 10, fy + ((ty - fy) * k) / 10);
      await page.mouse.up();
      await field('v2').fill('0');
      await page.getByText(/span\{u, v\} is a line \(shaded\): u and v are dependent/).waitFor();
      assert(close(await num(page, 'cross product length'), 0), '|u × v| = 0 for dependent vectors');
      const v1 = Number(await field('v1').inputValue());
      assert(Math.abs(v1 - 2) < 0.15, `v dragged to x ≈ 2: ${v1}`);
      // Keyboard on u's tip: Shift+↑ moves it up by 0.5, the cross product becomes 0.5·v1.
      await page.getByRole('button', { name: 'tip of u', exact: true }).focus();
      await page.keyboard.press('Shift+ArrowUp');
      await page.waitForFunction(() => location.hash.includes('vu=3,0.5'));
      assert(close(await num(page, 'cross product length'), 0.5 * v1, 1e-9), 'cross after the key');
      await noNaN(page);
      await t.screenshot('la2-vectors-dependent');
      const axe = await seriousAxe(page, ['.la-vectors', '.la-vectors-controls']);
      assert(axe.length === 0, `axe: ${axe.join('; ')}`);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(300);
      await noHorizontalScroll(page);
      await t.screenshot('la2-vectors-360');
    },
  },
];
