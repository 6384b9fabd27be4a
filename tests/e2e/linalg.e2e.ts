import type { Page } from 'playwright-core';
import { assert, type E2ETest } from './harness';
import { FIXTURE, fixture, setMatrix } from './linalgHelpers';
import { noNaN as noNaNInText } from './pageHelpers';
import {
  frames,
  loseContext,
  pixels as readPixels,
  presented,
  serviceWorkerSettled,
  withoutWebgl,
} from './webglHelpers';

const dataValue = async (page: Page, label: string): Promise<string> =>
  (await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value')) ?? '';

/** Waits until the scene has drawn (a label was placed) and two more frames have passed. */
async function sceneReady(page: Page): Promise<void> {
  await page.waitForSelector('.la-canvas canvas');
  await page.waitForFunction(() => !!document.querySelector('.la-label[data-at]'), undefined, {
    timeout: 15_000,
  });
  await frames(page, 3);
}

const CANVAS = '.la-canvas canvas';
const pixels = (page: Page) => readPixels(page, CANVAS);

const close = (x: number, y: number, tol: number): boolean =>
  Math.abs(x - y) <= tol * Math.max(1, Math.abs(y));

/** No NaN, Infinity or undefined in the page's text, and no NaN in any output's data-value. */
async function noNaN(page: Page): Promise<void> {
  await noNaNInText(page);
  const values = await page
    .locator('main output')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  assert(!values.some((v) => v && /NaN|null/.test(v)), `an output holds NaN: ${values.join(' | ')}`);
}

export const linalgTests: E2ETest[] = [
  {
    name: 'linear algebra: typing each 2×2 fixture matrix into a11..a22 shows its determinant, eigenvalues, rank and σ',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      const cases = FIXTURE.cases.filter((c) => c.A.length === 2);
      assert(cases.length >= 8, 'the fixture has 2×2 cases');
      for (const c of cases) {
        await setMatrix(page, c.A);
        const det = Number(await dataValue(page, 'determinant'));
        assert(close(det, c.det, 1e-12), `${c.label}: determinant ${det}, fixture ${c.det}`);
        const eig = JSON.parse(await dataValue(page, 'eigenvalues')) as [number, number][];
        // Repeated eigenvalues of defective matrices are only accurate to about √ε.
        const tol = c.label === 'shear' ? 1e-7 : 1e-12;
        assert(eig.length === c.eigenvalues.length, `${c.label}: ${eig.length} eigenvalues`);
        c.eigenvalues.forEach(([re, im], k) => {
          assert(
            close(eig[k][0], re, tol) && close(eig[k][1], im, tol),
            `${c.label}: λ${k + 1} = ${eig[k]}, fixture ${re}, ${im}`,
          );
        });
        assert(Number(await dataValue(page, 'rank')) === c.rank, `${c.label}: rank`);
        const sigma = JSON.parse(await dataValue(page, 'singular values')) as number[];
        c.singularValues.forEach((s, k) =>
          assert(close(sigma[k], s, 1e-12), `${c.label}: σ${k + 1} = ${sigma[k]}, fixture ${s}`),
        );
      }
      const shearTitle = await page.locator('output[aria-label="eigenvalues"]').getAttribute('title');
      await setMatrix(page, fixture('shear').A);
      const title = await page.locator('output[aria-label="eigenvalues"]').getAttribute('title');
      assert(
        /about 1e-5/.test(title ?? ''),
        `the defective shear needs the 1e-5 tooltip, got ${title} (before: ${shearTitle})`,
      );
      await setMatrix(page, fixture('general2').A);
      assert(
        (await page.locator('output[aria-label="eigenvalues"]').textContent())?.includes('1.75 ± 0.661438i'),
        'complex eigenvalues read as a ± bi',
      );
      await page.getByText(/Complex eigenvalues a ± bi/).waitFor();
      await noNaN(page);
    },
  },
  {
    name: 'linear algebra: a 3×3 fixture matrix in 3D (complex pair and a real eigenvalue)',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('radiogroup', { name: 'Dimension' }).getByRole('radio', { name: '3D' }).check();
      await page.getByRole('slider', { name: 'a33' }).waitFor();
      for (const label of ['random3_1', 'symmetric3', 'singular3']) {
        const c = fixture(label);
        await setMatrix(page, c.A);
        const det = Number(await dataValue(page, 'determinant'));
        assert(close(det, c.det, 1e-12), `${label}: determinant ${det}, fixture ${c.det}`);
        const eig = JSON.parse(await dataValue(page, 'eigenvalues')) as [number, number][];
        c.eigenvalues.forEach(([re, im], k) =>
          assert(
            close(eig[k][0], re, 1e-10) && close(eig[k][1], im, 1e-10),
            `${label}: λ${k + 1} = ${eig[k]}, fixture ${re}, ${im}`,
          ),
        );
      }
      assert((await dataValue(page, 'determinant')) === '0', 'singular3: det displayed as exactly 0');
      await noNaN(page);
    },
  },
  {
    name: 'linear algebra: the WebGL canvas is not blank and its pixels change when a slider moves',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await sceneReady(page);
      const first = await pixels(page);
      assert(first.drawn > 0.05, `canvas nearly blank: ${(first.drawn * 100).toFixed(1)}% of pixels drawn`);
      const slider = page.getByRole('slider', { name: 'a11' });
      await slider.focus();
      // Ten steps of 0.05 (the step of the default range ±3): a11 goes from 1.5 to 2.
      for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="trace"]')?.getAttribute('data-value') === '3',
      );
      await frames(page, 3);
      const second = await pixels(page);
      console.log(
        `    drawn ${(first.drawn * 100).toFixed(1)}% of pixels; moving a11 by 0.5 changed ${second.changed} pixels`,
      );
      assert(second.changed > 500, `only ${second.changed} pixels changed after moving a11`);
    },
  },
  {
    name: 'linear algebra: dragging a slider through 60 values makes no long task of 50 ms or more',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&dim=2&a=1,-2,0.5,1');
      await sceneReady(page);
      const slider = page.getByRole('slider', { name: 'a12' });
      const box = (await slider.boundingBox())!;
      const y = box.y + box.height / 2;
      await serviceWorkerSettled(page);
      await page.waitForTimeout(500);
      await t.takeLongTasks({ quiet: true });
      const seen = new Set<string>();
      const x0 = box.x + 4;
      await page.mouse.move(x0, y);
      await page.mouse.down();
      const t0 = Date.now();
      for (let k = 1; k <= 60; k++) {
        await page.mouse.move(x0 + ((box.width - 8) * k) / 60, y);
        await frames(page, 1);
        seen.add(await page.getByRole('spinbutton', { name: 'a12 value', exact: true }).inputValue());
      }
      await page.mouse.up();
      const ms = Date.now() - t0;
      await frames(page, 2);
      const tasks = await t.takeLongTasks();
      console.log(
        `    ${seen.size} distinct a12 values in ${ms} ms; long tasks: ${tasks.length} (${tasks.map((d) => d.toFixed(0)).join(', ') || 'none'})`,
      );
      assert(seen.size >= 55, `the drag produced only ${seen.size} distinct values`);
      assert(
        tasks.every((d) => d < 50),
        `long tasks >= 50 ms: ${tasks.join(', ')}`,
      );
      await noNaN(page);
    },
  },
  {
    name: 'linear algebra: a singular matrix shows "no inverse" with the reason, and no NaN anywhere',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await setMatrix(page, fixture('singular2').A);
      await page.getByText('singular: no inverse').waitFor();
      await page.getByText(/flattens the plane onto a line/).waitFor();
      assert((await dataValue(page, 'determinant')) === '0', 'det shown as 0');
      assert((await dataValue(page, 'rank')) === '1', 'rank 1');
      assert(JSON.parse(await dataValue(page, 'singular values'))[1] === 0, 'σ₂ shown as 0');
      await noNaN(page);
      await t.screenshot('linear-algebra-singular');
      await page
        .getByRole('group', { name: 'Presets for A' })
        .getByRole('button', { name: 'Identity' })
        .click();
      await page.getByText('singular: no inverse').waitFor({ state: 'detached' });
      await setMatrix(page, [
        [0, 0],
        [0, 0],
      ]);
      await page.getByText(/onto a single point/).waitFor();
      await noNaN(page);
    },
  },
  {
    name: 'linear algebra: bad entries (blank, NaN, 1e308) are refused at the field with a message',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      const field = page.getByRole('spinbutton', { name: 'a11 value', exact: true });
      const det = await dataValue(page, 'determinant');
      for (const [text, message] of [
        ['1e308', /between -1e15 and 1e15/],
        ['', /enter a number/],
        ['NaN', /is not a number/],
      ] as const) {
        await field.fill(text);
        await page.getByRole('alert').filter({ hasText: message }).waitFor();
        assert((await dataValue(page, 'determinant')) === det, `"${text}" changed the determinant`);
      }
      await field.fill('2.000000000000001');
      await page.getByRole('alert').waitFor({ state: 'detached' });
      assert((await dataValue(page, 'trace')) === String(2.000000000000001 + 1), 'full precision kept');
      await page.waitForFunction(() => location.hash.includes('a=2.000000000000001,'));
      // The largest accepted entry draws and computes without NaN or console errors.
      await field.fill('1e15');
      await page.waitForFunction(
        () =>
          document.querySelector('output[aria-label="trace"]')?.getAttribute('data-value') ===
          '1000000000000001',
      );
      await frames(page, 3);
      await noNaN(page);
    },
  },
  {
    name: 'linear algebra: without WebGL the page says so, never loads three.js, and the editor still works',
    async run(t) {
      const { page } = t;
      await withoutWebgl(t.context);
      const chunks: string[] = [];
      page.on('request', (r) => chunks.push(r.url()));
      await t.open('/linear-algebra');
      await page.getByRole('status').filter({ hasText: 'needs WebGL' }).waitFor();
      assert((await page.locator('canvas').count()) === 0, 'no canvas without WebGL');
      await setMatrix(page, fixture('general2').A);
      assert(close(Number(await dataValue(page, 'determinant')), 3.5, 1e-12), 'the panel still computes');
      await page.getByRole('button', { name: 'Animate' }).click();
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="time value"]')?.textContent === '1.00',
      );
      assert(!chunks.some((u) => /SceneCanvas/.test(u)), 'the three.js chunk was loaded without WebGL');
      await t.screenshot('linear-algebra-no-webgl');
      await noNaN(page);
    },
  },
  {
    name: 'linear algebra: a lost WebGL context is reported, the panel keeps working, and "Try again" restores the scene',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await sceneReady(page);
      await loseContext(page, CANVAS);
      await page.getByRole('status').filter({ hasText: 'lost its WebGL context' }).waitFor();
      await setMatrix(page, fixture('symmetric2').A);
      assert(close(Number(await dataValue(page, 'determinant')), 5, 1e-12), 'panel works after the loss');
      await t.screenshot('linear-algebra-context-lost');
      await page.getByRole('button', { name: 'Try again' }).click();
      await sceneReady(page);
      const p = await pixels(page);
      assert(p.drawn > 0.05, 'scene drawn again after Try again');
    },
  },
  {
    name: 'linear algebra: on a touch screen one finger rotates the 3D view, two fingers pinch-zoom and pan',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&dim=3&a=1.2,0.4,0,0.2,1,0.3,0,-0.3,0.8');
      await sceneReady(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      const box = (await page.locator(CANVAS).boundingBox())!;
      const at = (fx: number, fy: number, id: number) => ({
        x: box.x + box.width * fx,
        y: box.y + box.height * fy,
        id,
      });
      /** Fingers from their start to their end positions in eight moves. */
      const gesture = async (from: { x: number; y: number; id: number }[], to: typeof from) => {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: from });
        for (let k = 1; k <= 8; k++) {
          const points = from.map((p, i) => ({
            id: p.id,
            x: p.x + ((to[i].x - p.x) * k) / 8,
            y: p.y + ((to[i].y - p.y) * k) / 8,
          }));
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points });
        }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await frames(page, 3);
        return (await pixels(page)).changed;
      };
      /** Where the drawing sits: the centroid and RMS spread of non-background pixels, in canvas fractions. */
      const layout = () =>
        page.evaluate((sel) => {
          const c = document.querySelector(sel) as HTMLCanvasElement;
          const off = document.createElement('canvas');
          [off.width, off.height] = [c.width, c.height];
          const ctx = off.getContext('2d')!;
          ctx.drawImage(c, 0, 0);
          const d = ctx.getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          let sx = 0;
          let sy = 0;
          let sxx = 0;
          let syy = 0;
          for (let i = 0; i < d.length; i += 4) {
            if (d[i] === d[0] && d[i + 1] === d[1] && d[i + 2] === d[2]) continue;
            const x = ((i / 4) % c.width) / c.width;
            const y = Math.floor(i / 4 / c.width) / c.height;
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
          }
          const [mx, my] = [sx / n, sy / n];
          return { x: mx, y: my, spread: Math.sqrt(sxx / n - mx * mx + syy / n - my * my) };
        }, CANVAS);
      await pixels(page);
      const rotated = await gesture([at(0.7, 0.6, 1)], [at(0.5, 0.5, 1)]);
      assert(rotated > 1000, `one-finger drag changed only ${rotated} pixels`);
      const before = await layout();
      // Fingers brought to half their distance zoom out 2x about the view's centre: the drawing draws in.
      await gesture([at(0.3, 0.5, 1), at(0.7, 0.5, 2)], [at(0.4, 0.5, 1), at(0.6, 0.5, 2)]);
      const zoomed = await layout();
      assert(zoomed.spread < before.spread * 0.75, `pinch: spread ${before.spread} -> ${zoomed.spread}`);
      // Both fingers 10% right and 10% down: the drawing follows them (no rotation, no zoom).
      await gesture([at(0.4, 0.4, 1), at(0.6, 0.4, 2)], [at(0.5, 0.5, 1), at(0.7, 0.5, 2)]);
      const panned = await layout();
      const [dx, dy] = [panned.x - zoomed.x, panned.y - zoomed.y];
      console.log(
        `    spread ${before.spread.toFixed(3)} -> ${zoomed.spread.toFixed(3)} after pinch; centroid moved (${dx.toFixed(3)}, ${dy.toFixed(3)}) by the pan`,
      );
      assert(dx > 0.05 && dx < 0.15 && dy > 0.05 && dy < 0.15, `pan moved the drawing by (${dx}, ${dy})`);
      // The page itself did not scroll or zoom: the canvas owns the gestures (touch-action: none).
      const scroll = await page.evaluate(() => [
        window.scrollX,
        window.scrollY,
        window.visualViewport?.scale ?? 1,
      ]);
      assert(scroll[0] === 0 && scroll[2] === 1, `the page moved under the gesture: ${scroll}`);
      await page.getByRole('button', { name: 'Reset view' }).click();
      await frames(page, 3);
      assert((await pixels(page)).changed > 1000, 'Reset view did not bring the view back');
      await t.screenshot('linear-algebra-touch');
      await cdp.detach();
    },
  },
  {
    name: 'linear algebra: 3D view orbits by drag and by buttons; screenshot',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&dim=3&a=1.2,0.4,0,0.2,1,0.3,0,-0.3,0.8');
      await sceneReady(page);
      await pixels(page);
      await t.screenshot('linear-algebra-3d');
      const box = (await page.locator('.la-canvas canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.8);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.7, { steps: 8 });
      await page.mouse.up();
      await frames(page, 3);
      const dragged = await pixels(page);
      assert(dragged.changed > 1000, `orbit drag changed only ${dragged.changed} pixels`);
      await page.getByRole('button', { name: 'Rotate left' }).click();
      await frames(page, 3);
      assert((await pixels(page)).changed > 1000, 'Rotate left changed the picture');
      await page.getByRole('button', { name: 'Reset view' }).click();
      await frames(page, 3);
      await page.getByLabel('Theme').selectOption('dark');
      await presented(page, CANVAS);
      const corner = await page.evaluate(() => {
        const c = document.querySelector('.la-canvas canvas') as HTMLCanvasElement;
        const off = document.createElement('canvas');
        [off.width, off.height] = [c.width, c.height];
        const ctx = off.getContext('2d')!;
        ctx.drawImage(c, 0, 0);
        return Array.from(ctx.getImageData(2, 2, 1, 1).data);
      });
      assert(corner[0] < 60 && corner[1] < 60 && corner[2] < 60, `dark theme background is ${corner}`);
      await t.screenshot('linear-algebra-3d-dark');
      await noNaN(page);
    },
  },
  {
    name: 'linear algebra: Animate plays I → A and ends at t = 1; composition steps B then A',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await sceneReady(page);
      await serviceWorkerSettled(page);
      await page.waitForTimeout(500);
      await t.takeLongTasks({ quiet: true });
      await page.getByRole('button', { name: 'Animate' }).click();
      await page.waitForFunction(
        () => Number(document.querySelector('output[aria-label="time value"]')?.textContent) < 0.9,
      );
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="time value"]')?.textContent === '1.00',
      );
      await page.waitForFunction(
        () => (document.querySelector('.la-animation button:nth-of-type(2)') as HTMLButtonElement)?.disabled,
      );
      // Reported, not asserted: the budget is for slider drags, and a 2.5 s animation on a
      // CPU renderer shares the machine with the GPU process drawing it.
      const tasks = await t.takeLongTasks();
      console.log(`    long tasks during Animate: ${tasks.map((d) => d.toFixed(0)).join(', ') || 'none'}`);
      await page.getByRole('radio', { name: 'Compose' }).check();
      await page.getByRole('slider', { name: 'b11' }).waitFor();
      await page.getByRole('button', { name: 'Step 1: apply B' }).click();
      await page.waitForFunction(() => location.hash.includes('t=0.5&'));
      await t.screenshot('linear-algebra-compose-step1');
      await page.getByRole('button', { name: 'Step 2: then A' }).click();
      await page.waitForFunction(() => location.hash.includes('t=1&'));
      await page.getByText(/AB ≠ BA/).waitFor();
      await t.screenshot('linear-algebra-compose');
    },
  },
  {
    name: 'linear algebra: SVD view animates Vᵀ → Σ → U and labels the singular values (2D and 3D)',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&dim=2&view=svd&a=3,-1,2,0.5&t=0');
      await sceneReady(page);
      await page.getByRole('button', { name: 'Σ: stretch' }).click();
      await page.waitForFunction(() => location.hash.includes('t=0.6666666666666666'));
      await page.getByRole('button', { name: 'U: rotate' }).click();
      await page.waitForFunction(() => location.hash.includes('t=1&'));
      await frames(page, 3);
      const label = await page.locator('.la-label[data-label="s0"]').textContent();
      assert(label === 'σ₁ = 3.65', `σ₁ label reads ${label}`);
      await t.screenshot('linear-algebra-svd');
      await page.getByRole('radio', { name: '3D' }).check();
      await page.getByRole('slider', { name: 'a33' }).waitFor();
      await setMatrix(page, fixture('random3_0').A);
      await frames(page, 3);
      assert(
        (await page.locator('.la-label[data-label="s2"]').textContent())?.startsWith('σ₃'),
        'σ₃ labelled in 3D',
      );
      await t.screenshot('linear-algebra-svd-3d');
      await noNaN(page);
    },
  },
  {
    name: 'linear algebra: PCA demo projects a Gaussian cloud onto its first component',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&dim=2&view=pca&sd=2,0.7&corr=0.6&n=300&seed=1&k=1&t=0');
      await sceneReady(page);
      const pc1 = Number(await dataValue(page, 'PC1 explained variance'));
      assert(pc1 > 0.8 && pc1 < 1, `PC1 explains ${pc1}`);
      await pixels(page);
      await t.screenshot('linear-algebra-pca-cloud');
      await page.getByRole('button', { name: 'Animate' }).click();
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="time value"]')?.textContent === '1.00',
      );
      await frames(page, 3);
      assert((await pixels(page)).changed > 1000, 'projection moved the points');
      await t.screenshot('linear-algebra-pca');
      await page.getByRole('radio', { name: '3D' }).check();
      await page.getByRole('slider', { name: 'corr yz' }).waitFor();
      await page.getByRole('radiogroup', { name: 'Components k' }).getByRole('radio', { name: '2' }).check();
      await frames(page, 3);
      await t.screenshot('linear-algebra-pca-3d');
      await noNaN(page);
    },
  },
  {
    name: 'linear algebra: change of basis — dragging b1 in the scene updates its fields and the coordinates',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&dim=2&view=basis&basis=1,1,0,1&vec=1,0.5');
      await sceneReady(page);
      const box = (await page.locator('.la-canvas canvas').boundingBox())!;
      // 2D: orthographic, 8.4 world units over the canvas height, origin at the centre.
      const unit = box.height / 8.4;
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      await page.mouse.move(cx + unit, cy);
      await page.mouse.down();
      await page.mouse.move(cx + 1.5 * unit, cy - 0.25 * unit, { steps: 4 });
      await page.mouse.move(cx + 2 * unit, cy - 0.5 * unit, { steps: 4 });
      await page.mouse.up();
      const bx = Number(await page.getByRole('spinbutton', { name: 'b1 x', exact: true }).inputValue());
      const by = Number(await page.getByRole('spinbutton', { name: 'b1 y', exact: true }).inputValue());
      assert(
        Math.abs(bx - 2) < 0.05 && Math.abs(by - 0.5) < 0.05,
        `b1 dragged to (${bx}, ${by}), want (2, 0.5)`,
      );
      await page.getByText(/\[A\]_B does in b-coordinates/).waitFor();
      await t.screenshot('linear-algebra-basis');
      await page.getByRole('spinbutton', { name: 'b2 x', exact: true }).fill('4');
      await page.getByRole('spinbutton', { name: 'b2 y', exact: true }).fill('1');
      await page.getByRole('alert').filter({ hasText: 'not a basis' }).waitFor();
      await noNaN(page);
    },
  },
  {
    name: 'linear algebra: the link reproduces the view, and a malformed link falls back with a notice',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('radio', { name: '3D' }).check();
      await page.getByRole('radio', { name: 'SVD' }).check();
      await page.getByRole('spinbutton', { name: 'a23 value', exact: true }).fill('0.1234567890123');
      await page.waitForFunction(
        () => location.hash.includes('0.1234567890123') && location.hash.includes('view=svd'),
      );
      const fresh = await t.context.newPage();
      await fresh.goto(page.url());
      await fresh.getByRole('spinbutton', { name: 'a23 value', exact: true }).waitFor();
      assert(
        (await fresh.getByRole('spinbutton', { name: 'a23 value', exact: true }).inputValue()) ===
          '0.1234567890123',
        'a23 restored at full precision',
      );
      assert(await fresh.getByRole('radio', { name: 'SVD' }).isChecked(), 'view restored');
      await fresh.close();
      await t.open('/linear-algebra?v=1&dim=7&a=1,2,x,4&view=nope&t=9&corr=2&show=eig,zz');
      const notice = (await page.getByRole('status').filter({ hasText: 'not valid' }).textContent()) ?? '';
      for (const key of ['dim=7', 'a=1,2,x,4', 'view=nope', 't=9', 'corr=2', 'show=zz'])
        assert(notice.includes(key), `notice does not name ${key}: ${notice}`);
      assert((await dataValue(page, 'rank')) === '2', 'defaults in use');
      await t.screenshot('linear-algebra-malformed-url');
    },
  },
];
