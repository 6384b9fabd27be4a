/**
 * Issue 17 (linear algebra, part 2), the views built in session 7: Cholesky, Projection and Gram–Schmidt,
 * each driven by its controls (fields, keys, a drag, buttons) with its readouts read, axe on its regions,
 * and screenshots in light, dark, projector and at 360 px.
 */
import type { Page } from 'playwright-core';
import { assert, type E2ETest } from './harness';
import { noNaN, seriousAxe } from './pageHelpers';

const num = async (page: Page, label: string): Promise<number> =>
  Number(await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value'));
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
          !e.closest('.la-tex-scroll') &&
          e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
      )
      .slice(0, 4)
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`),
  );
  assert(overflow <= 0, `no horizontal scroll at 360 px (${overflow} px: ${wide.join(', ')})`);
}

async function looks(
  t: Parameters<E2ETest['run']>[0],
  route: string,
  ready: string,
  regions: string[],
  name: string,
): Promise<void> {
  const { page } = t;
  await t.context.addInitScript(`try { localStorage.setItem('mfml-theme', 'dark'); } catch (e) {}`);
  await t.open(route);
  await page.locator(ready).waitFor();
  await page.waitForTimeout(400);
  await t.screenshot(`${name}-dark`);
  let axe = await seriousAxe(page, regions);
  assert(axe.length === 0, `axe (dark): ${axe.join('; ')}`);
  await t.context.addInitScript(
    `try { localStorage.setItem('mfml-theme', 'light'); localStorage.setItem('mfml-projector', '1'); } catch (e) {}`,
  );
  await page.reload();
  await page.locator(ready).waitFor();
  await page.waitForTimeout(400);
  await t.screenshot(`${name}-projector`);
  axe = await seriousAxe(page, regions);
  assert(axe.length === 0, `axe (projector): ${axe.join('; ')}`);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(400);
  await noHorizontalScroll(page);
  await noNaN(page);
  await page.locator(ready).scrollIntoViewIfNeeded();
  await t.screenshot(`${name}-360`);
}

export const la3Tests: E2ETest[] = [
  {
    name: 'linear algebra 3: Cholesky view: l11 of the editor’s A, the sample cloud, a negative pivot in words',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('radio', { name: 'Cholesky' }).check();
      await page.locator('.la-chol-svg').waitFor();
      assert(close(await num(page, 'cholesky l11'), Math.sqrt(1.5)), 'l11 = √1.5');
      await page.getByRole('spinbutton', { name: 'a11 value', exact: true }).fill('4');
      await page.getByRole('spinbutton', { name: 'a11 value', exact: true }).press('Enter');
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="cholesky l11"]')?.getAttribute('data-value') === '2',
      );
      const dots = await page.locator('.la-chol-svg circle').count();
      assert(dots === 1000, `500 samples z and 500 x = Lz drawn: ${dots}`);
      await noNaN(page);
      await t.screenshot('la3-cholesky');
      const axe = await seriousAxe(page, ['.la-chol', '.la-matrix']);
      assert(axe.length === 0, `axe: ${axe.join('; ')}`);
      for (const [name, x] of [
        ['a12 value', '3'],
        ['a21 value', '3'],
      ] as const) {
        await page.getByRole('spinbutton', { name, exact: true }).fill(x);
        await page.getByRole('spinbutton', { name, exact: true }).press('Enter');
      }
      await page.getByText(/indefinite: pivot 2 went negative/).waitFor();
      assert((await page.locator('output[aria-label="cholesky l11"]').textContent()) === '—', 'no l11');
      await noNaN(page);
      await page.waitForTimeout(400);
      await t.screenshot('la3-cholesky-indefinite');
      const axe2 = await seriousAxe(page, ['.la-chol']);
      assert(axe2.length === 0, `axe (not SPD): ${axe2.join('; ')}`);
    },
  },
  {
    name: 'linear algebra 3: Cholesky view (3D) in dark theme, projector mode and at 360 px',
    async run(t) {
      await looks(
        t,
        '/linear-algebra?v=1&dim=3&view=cholesky&a=4,2,0.6,2,3,0.5,0.6,0.5,1',
        '.la-chol-svg',
        ['.la-chol', '.la-matrix'],
        'la3-cholesky',
      );
    },
  },
  {
    name: 'linear algebra 3: Projection view: fields, a drag and keys; projection length, P² = P; the plane in 3D',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('radio', { name: 'Projection' }).check();
      await page.locator('.la-proj-svg').waitFor();
      assert(close(await num(page, 'projection length'), 4 / Math.sqrt(5)), 'p of (1, 2) on (2, 1)');
      await page.getByRole('spinbutton', { name: 'a1 y', exact: true }).fill('0');
      await page.getByRole('spinbutton', { name: 'a1 y', exact: true }).press('Enter');
      await page.waitForFunction(() => location.hash.includes('s1=2,0'));
      assert(close(await num(page, 'projection length'), 1), 'onto the x axis: |p| = |v₁| = 1');
      // Drag v's tip from (1, 2) to (3, 1): |p| = 3.
      const box = (await page.locator('.la-proj-svg').boundingBox())!;
      const at = (x: number, y: number) => [
        box.x + ((x + 4.4) / 8.8) * box.width,
        box.y + ((4.4 - y) / 8.8) * box.height,
      ];
      const [fx, fy] = at(1, 2);
      const [tx, ty] = at(3, 1);
      await page.mouse.move(fx, fy);
      await page.mouse.down();
      for (let k = 1; k <= 10; k++)
        await page.mouse.move(fx + ((tx - fx) * k) / 10, fy + ((ty - fy) * k) / 10);
      await page.mouse.up();
      const dragged = await num(page, 'projection length');
      assert(Math.abs(dragged - 3) < 0.06, `dragged v to about (3, 1): |p| = ${dragged}`);
      await page.getByRole('button', { name: 'tip of v', exact: true }).focus();
      await page.keyboard.press('Shift+ArrowRight');
      const moved = await num(page, 'projection length');
      assert(Math.abs(moved - dragged - 0.5) < 1e-9, `Shift+→ moves v by 0.5: ${dragged} → ${moved}`);
      assert((await num(page, 'max |P² − P|')) < 1e-15, 'P² = P');
      await page.locator('[data-testid="right-angle"]').waitFor();
      await noNaN(page);
      await t.screenshot('la3-projection-line');
      let axe = await seriousAxe(page, ['.la-proj', '.la-proj-controls']);
      assert(axe.length === 0, `axe: ${axe.join('; ')}`);
      await page.getByRole('radio', { name: '3D' }).check();
      await page.getByRole('radio', { name: 'plane of a1, a2' }).check();
      await page.getByRole('spinbutton', { name: 'v z', exact: true }).fill('2');
      await page.getByRole('spinbutton', { name: 'v z', exact: true }).press('Enter');
      await page.waitForFunction(() => location.hash.includes('onto=plane'));
      const r = await num(page, 'residual length');
      assert(close(r, 2), `a1, a2 span the xy-plane: the residual is v's z = 2: ${r}`);
      await noNaN(page);
      await t.screenshot('la3-projection-plane');
      axe = await seriousAxe(page, ['.la-proj', '.la-proj-controls']);
      assert(axe.length === 0, `axe (3D): ${axe.join('; ')}`);
    },
  },
  {
    name: 'linear algebra 3: Projection view (3D plane) in dark theme, projector mode and at 360 px',
    async run(t) {
      await looks(
        t,
        '/linear-algebra?v=1&dim=3&view=projection&onto=plane&s1=2,0.5,0&s2=-0.5,1.5,1&sv=1,2,2.5',
        '.la-proj-svg',
        ['.la-proj', '.la-proj-controls'],
        'la3-projection',
      );
    },
  },
  {
    name: 'linear algebra 3: Gram–Schmidt view: Next step, the step slider, a dependent vector dropped, A = QR',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&dim=3');
      await page.getByRole('radio', { name: 'Gram–Schmidt' }).check();
      await page.locator('.la-gs').waitFor();
      await page.getByRole('combobox', { name: 'vectors' }).selectOption('3');
      await page.getByRole('button', { name: 'Start over' }).click();
      assert((await num(page, 'orthonormal vectors')) === 0, 'step 0: none yet');
      await page.getByRole('button', { name: 'Next step' }).click();
      assert(close(await num(page, 'last residual length'), Math.sqrt(5)), '‖a1‖ = √5');
      // a3 = a1 + a2 makes it dependent.
      for (const [name, x] of [
        ['a3 x', '3'],
        ['a3 y', '3'],
        ['a3 z', '0'],
      ] as const) {
        await page.getByRole('spinbutton', { name, exact: true }).fill(x);
        await page.getByRole('spinbutton', { name, exact: true }).press('Enter');
      }
      const slider = page.getByRole('slider', { name: 'step', exact: true });
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.hash.includes('gsk=3'));
      assert((await num(page, 'orthonormal vectors')) === 2, 'two kept');
      assert((await num(page, 'dropped vectors')) === 1, 'a3 dropped');
      await page.getByText(/a3 is dependent on the earlier vectors/).waitFor();
      await page.getByRole('region', { name: 'A = QR' }).waitFor();
      await noNaN(page);
      await t.screenshot('la3-gram-schmidt-dropped');
      const axe = await seriousAxe(page, ['.la-gs', '.la-gs-controls']);
      assert(axe.length === 0, `axe: ${axe.join('; ')}`);
    },
  },
  {
    name: 'linear algebra 3: Gram–Schmidt view in dark theme, projector mode and at 360 px',
    async run(t) {
      await looks(
        t,
        '/linear-algebra?v=1&dim=3&view=gramschmidt&gsn=3&gsk=2&s3=0.5,-1,2',
        '.la-gs',
        ['.la-gs', '.la-gs-controls'],
        'la3-gram-schmidt',
      );
    },
  },
  {
    name: 'linear algebra 3: Jacobian view: typed map, presets, the point dragged and moved by keys; det J; a parse error beside the field',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('radio', { name: 'Jacobian' }).check();
      await page.locator('.la-jac-in').waitFor();
      assert(close(await num(page, 'det J'), 1), 'polar at r = 1: det J = 1');
      // Drag p from (1, 0.8) to (1.5, -1): det J = r = 1.5.
      const box = (await page.locator('.la-jac-in').boundingBox())!;
      const at = (x: number, y: number) => [
        box.x + ((x + 2.2) / 4.4) * box.width,
        box.y + ((2.2 - y) / 4.4) * box.height,
      ];
      const [fx, fy] = at(1, 0.8);
      const [tx, ty] = at(1.5, -1);
      await page.mouse.move(fx, fy);
      await page.mouse.down();
      for (let k = 1; k <= 10; k++)
        await page.mouse.move(fx + ((tx - fx) * k) / 10, fy + ((ty - fy) * k) / 10);
      await page.mouse.up();
      const dragged = await num(page, 'det J');
      assert(Math.abs(dragged - 1.5) < 0.03, `dragged p to about r = 1.5: det J = ${dragged}`);
      await page.getByRole('button', { name: 'point p', exact: true }).focus();
      await page.keyboard.press('Shift+ArrowLeft');
      const moved = await num(page, 'det J');
      assert(Math.abs(dragged - moved - 0.25) < 1e-9, `Shift+← moves r by 0.25: ${dragged} → ${moved}`);
      await page.getByRole('button', { name: 'swirl' }).click();
      await page.waitForFunction(() => location.hash.includes('ju=x*cos%280.5'));
      assert(close(await num(page, 'det J'), 1, 1e-12), 'the swirl keeps areas');
      await page.getByRole('button', { name: 'softplus of a linear map' }).click();
      await page.locator('[data-testid="jacobian-parallelogram"]').waitFor();
      await page.waitForTimeout(400);
      await noNaN(page);
      await t.screenshot('la3-jacobian-softplus');
      let axe = await seriousAxe(page, ['.la-jac', '.la-jac-controls']);
      assert(axe.length === 0, `axe: ${axe.join('; ')}`);
      await page.getByRole('textbox', { name: 'v(x, y)', exact: true }).fill('x*y +');
      await page.getByRole('alert').waitFor();
      const alert = (await page.getByRole('alert').textContent()) ?? '';
      assert(/^v\(x, y\): /.test(alert), `the parse error beside v: ${alert}`);
      assert((await page.locator('output[aria-label="det J"]').textContent()) === '—', 'no det J');
      await noNaN(page);
      await t.screenshot('la3-jacobian-parse-error');
      axe = await seriousAxe(page, ['.la-jac', '.la-jac-controls']);
      assert(axe.length === 0, `axe (parse error): ${axe.join('; ')}`);
    },
  },
  {
    name: 'linear algebra 3: Jacobian view (swirl) in dark theme, projector mode and at 360 px',
    async run(t) {
      await looks(
        t,
        '/linear-algebra?v=1&view=jacobian&ju=x*cos%280.5*%28x%5E2%2By%5E2%29%29-y*sin%280.5*%28x%5E2%2By%5E2%29%29&jv=x*sin%280.5*%28x%5E2%2By%5E2%29%29%2By*cos%280.5*%28x%5E2%2By%5E2%29%29&jp=1.2,0.5',
        '.la-jac-out',
        ['.la-jac', '.la-jac-controls'],
        'la3-jacobian',
      );
    },
  },
  {
    name: 'linear algebra 3: Maps between dimensions: 2 × 3 null space line, 3 × 2 column space plane, rank–nullity',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('radio', { name: 'Maps between dimensions' }).check();
      await page.locator('[data-testid="maps-line"]').waitFor();
      assert(
        (await num(page, 'map rank')) === 2 && (await num(page, 'nullity')) === 1,
        '2 × 3: rank 2, nullity 1',
      );
      for (const [name, x] of [
        ['m21', '2'],
        ['m22', '0'],
        ['m23', '2'],
      ] as const) {
        await page.getByRole('spinbutton', { name, exact: true }).fill(x);
        await page.getByRole('spinbutton', { name, exact: true }).press('Enter');
      }
      await page.locator('[data-testid="maps-plane"]').waitFor();
      assert((await num(page, 'nullity')) === 2, 'rank 1: a plane vanishes');
      await page.getByText('rank + nullity = 1 + 2 = 3', { exact: false }).waitFor();
      await page.waitForTimeout(400);
      await noNaN(page);
      await t.screenshot('la3-maps-2x3');
      await page.getByRole('combobox', { name: 'matrix shape' }).selectOption('3x2');
      await page.waitForFunction(() => location.hash.includes('shape=3x2'));
      assert((await num(page, 'map rank')) === 2 && (await num(page, 'nullity')) === 0, '3 × 2: rank 2');
      await page.waitForTimeout(400);
      await t.screenshot('la3-maps-3x2');
      const axe = await seriousAxe(page, ['.la-maps', '.la-maps-controls']);
      assert(axe.length === 0, `axe: ${axe.join('; ')}`);
    },
  },
  {
    name: 'linear algebra 3: Maps between dimensions in dark theme, projector mode and at 360 px',
    async run(t) {
      await looks(
        t,
        '/linear-algebra?v=1&view=maps&shape=3x2',
        '.la-maps-svg',
        ['.la-maps', '.la-maps-controls'],
        'la3-maps',
      );
    },
  },
];
