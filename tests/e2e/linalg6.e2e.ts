/**
 * Issue 17 (linear algebra, part 2), session 9: the tips of î, ĵ (k̂) and v dragged in the Transform
 * view's scene, in 2-D and on the plane facing the camera in 3-D, and moved by keys (the cells and the
 * determinant follow); scene labels clear of each other and an eigenvector line on an axis above the grid;
 * the Low rank view accepting a 512 × 512 image (progress, the worker’s time and the page's long tasks
 * logged, none over 200 ms) and its Cancel.
 */
import type { Page } from 'playwright-core';
import { assert, type E2ETest } from './harness';
import { noNaN, seriousAxe } from './pageHelpers';
import { frames, presented } from './webglHelpers';

async function sceneReady(page: Page): Promise<void> {
  await page.waitForSelector('.la-canvas canvas');
  await page.waitForFunction(() => !!document.querySelector('.la-tip[data-at]'), undefined, {
    timeout: 15_000,
  });
  await frames(page, 3);
}

const cell = async (page: Page, name: string): Promise<number> =>
  Number(await page.getByRole('spinbutton', { name, exact: true }).inputValue());

const readout = async (page: Page, label: string): Promise<number> =>
  Number(await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value'));

/** The centre of a tip's keyboard button, which the frame loop keeps over the tip. */
async function tipAt(page: Page, name: string): Promise<[number, number]> {
  const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height / 2];
}

async function drag(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  for (let k = 1; k <= 8; k++)
    await page.mouse.move(from[0] + ((to[0] - from[0]) * k) / 8, from[1] + ((to[1] - from[1]) * k) / 8);
  await page.mouse.up();
  await frames(page, 3);
}

const num = async (page: Page, label: string): Promise<number> =>
  Number(await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value'));

/** Pairs of visible scene labels whose boxes overlap (text of each), after the frame loop placed them. */
const labelOverlaps = (page: Page) =>
  page.evaluate(() => {
    const boxes = Array.from(document.querySelectorAll<HTMLElement>('.la-label'))
      .filter((e) => e.style.display === 'block' && e.textContent)
      .map((e) => ({ text: e.textContent!, r: e.getBoundingClientRect() }));
    const out: string[] = [];
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) {
        const [p, q] = [boxes[a].r, boxes[b].r];
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
          out.push(`${boxes[a].text} / ${boxes[b].text}`);
      }
    return { count: boxes.length, overlaps: out };
  });

export const linalg6Tests: E2ETest[] = [
  {
    name: 'linalg 6: 2-D Transform view: drag î by its tip, the cells and the determinant follow; keys move ĵ',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&dim=2&a=1.5,0.5,0.5,1');
      await sceneReady(page);
      const box = (await page.locator('.la-canvas canvas').boundingBox())!;
      // 2-D: orthographic, 8.4 world units over the canvas height, origin at the centre.
      const unit = box.height / 8.4;
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      const from = await tipAt(page, 'tip of î');
      assert(
        Math.abs(from[0] - (cx + 1.5 * unit)) < 3 && Math.abs(from[1] - (cy - 0.5 * unit)) < 3,
        `the î button sits on î's tip (1.5, 0.5): ${from} vs ${[cx + 1.5 * unit, cy - 0.5 * unit]}`,
      );
      await drag(page, from, [cx + 2 * unit, cy]);
      const a11 = await cell(page, 'a11 value');
      const a21 = await cell(page, 'a21 value');
      assert(Math.abs(a11 - 2) < 0.03 && Math.abs(a21) < 0.03, `î dragged to (2, 0): cells (${a11}, ${a21})`);
      const det = await readout(page, 'determinant');
      assert(Math.abs(det - (a11 * 1 - 0.5 * a21)) < 1e-9, `determinant ${det} = a11·a22 − a12·a21`);
      // Keyboard: ĵ's tip, → twice and Shift+↑ once: (0.5, 1) → (0.7, 1.5).
      await page.getByRole('button', { name: 'tip of ĵ', exact: true }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+ArrowUp');
      await page.waitForFunction(() => location.hash.includes('a='));
      assert((await cell(page, 'a12 value')) === 0.7, 'a12 = 0.7 after → →');
      assert((await cell(page, 'a22 value')) === 1.5, 'a22 = 1.5 after Shift+↑');
      const det2 = await readout(page, 'determinant');
      assert(Math.abs(det2 - (a11 * 1.5 - 0.7 * a21)) < 1e-9, `determinant after the keys: ${det2}`);
      await frames(page, 2);
      await t.screenshot('linalg6-drag-2d');
      await noNaN(page);
    },
  },
  {
    name: 'linalg 6: 3-D Transform view: î dragged on the plane facing the camera stays under the pointer; keys move ĵ in x, y and z; v by its tip',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&dim=3');
      await sceneReady(page);
      const before = [
        await cell(page, 'a11 value'),
        await cell(page, 'a21 value'),
        await cell(page, 'a31 value'),
      ];
      const from = await tipAt(page, 'tip of î');
      const to: [number, number] = [from[0] + 45, from[1] - 35];
      await drag(page, from, to);
      const after = [
        await cell(page, 'a11 value'),
        await cell(page, 'a21 value'),
        await cell(page, 'a31 value'),
      ];
      assert(
        after.some((x, i) => Math.abs(x - before[i]) > 0.1),
        `î moved: ${before} → ${after}`,
      );
      // The tip (and its button, moved by the frame loop) is where the pointer let go.
      const landed = await tipAt(page, 'tip of î');
      assert(
        Math.hypot(landed[0] - to[0], landed[1] - to[1]) < 4,
        `the tip is under the pointer: ${landed} vs ${to}`,
      );
      const colJ = [
        await cell(page, 'a12 value'),
        await cell(page, 'a22 value'),
        await cell(page, 'a32 value'),
      ];
      await page.getByRole('button', { name: 'tip of ĵ', exact: true }).focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('PageUp');
      await page.keyboard.press('PageUp');
      const want = [colJ[0] - 0.1, colJ[1] - 0.1, colJ[2] + 0.2].map((x) => Math.round(x * 100) / 100);
      await page.waitForFunction(
        (w) =>
          ['a12', 'a22', 'a32'].every(
            (n, i) =>
              Math.abs(
                Number(
                  document.querySelector<HTMLInputElement>(`input[aria-label="${n} value"]`)?.value ?? NaN,
                ) - w[i],
              ) < 1e-9,
          ),
        want,
      );
      const a = [1, 2, 3].map((i) => [1, 2, 3].map((j) => `a${i}${j} value`));
      const A: number[][] = [];
      for (const row of a) A.push(await Promise.all(row.map((n) => cell(page, n))));
      const det3 =
        A[0][0] * (A[1][1] * A[2][2] - A[1][2] * A[2][1]) -
        A[0][1] * (A[1][0] * A[2][2] - A[1][2] * A[2][0]) +
        A[0][2] * (A[1][0] * A[2][1] - A[1][1] * A[2][0]);
      const det = await readout(page, 'determinant');
      assert(Math.abs(det - det3) < 1e-9 * Math.max(1, Math.abs(det3)), `determinant ${det} = ${det3}`);
      await frames(page, 2);
      await t.screenshot('linalg6-drag-3d');
      // v by its tip: the v cells follow.
      const v0 = [await cell(page, 'v x'), await cell(page, 'v y'), await cell(page, 'v z')];
      const vFrom = await tipAt(page, 'tip of v');
      await drag(page, vFrom, [vFrom[0] - 40, vFrom[1] + 30]);
      const v1 = [await cell(page, 'v x'), await cell(page, 'v y'), await cell(page, 'v z')];
      assert(
        v1.some((x, i) => Math.abs(x - v0[i]) > 0.1),
        `v moved: ${v0} → ${v1}`,
      );
      const vLanded = await tipAt(page, 'tip of v');
      assert(
        Math.hypot(vLanded[0] - (vFrom[0] - 40), vLanded[1] - (vFrom[1] + 30)) < 4,
        `v's tip is under the pointer: ${vLanded}`,
      );
      await noNaN(page);
    },
  },
  {
    name: 'linalg 6: scene labels do not cover each other (2-D and 3-D); an eigenvector line along an axis is drawn above the grid',
    async run(t) {
      const { page } = t;
      // λ₁ = 2 along the x axis, beside î; v = (1, 0.5) near Av.
      await t.open('/linear-algebra?v=1&dim=2&a=2,0.7,0,1.5');
      await sceneReady(page);
      await presented(page, '.la-canvas canvas');
      const l2 = await labelOverlaps(page);
      console.log(`    2-D: ${l2.count} labels, overlaps: ${JSON.stringify(l2.overlaps)}`);
      assert(l2.count >= 5 && l2.overlaps.length === 0, `2-D labels overlap: ${l2.overlaps.join('; ')}`);
      // The eigenvector line of λ₁ = 2 lies on the x axis: its dashes show left of the origin, over the grid.
      const dashes = await page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('.la-canvas canvas')!;
        const off = document.createElement('canvas');
        off.width = c.width;
        off.height = c.height;
        const ctx = off.getContext('2d')!;
        ctx.drawImage(c, 0, 0);
        const unit = c.height / 8.4;
        const [cx, cy] = [c.width / 2, c.height / 2];
        const x0 = Math.round(cx - 3.5 * unit);
        const w = Math.round(3 * unit);
        const d = ctx.getImageData(x0, Math.round(cy) - 2, w, 5).data;
        let n = 0;
        for (let p = 0; p < d.length; p += 4) if (d[p] > 120 && d[p + 2] < 90 && d[p] - d[p + 2] > 70) n++;
        return n;
      });
      console.log(`    eigen-coloured pixels on the negative x axis: ${dashes}`);
      assert(dashes > 20, `the eigenvector line on the x axis shows over the grid (${dashes} pixels)`);
      await t.screenshot('linalg6-labels-2d');
      await t.open('/linear-algebra?v=1&dim=3');
      await sceneReady(page);
      const l3 = await labelOverlaps(page);
      console.log(`    3-D: ${l3.count} labels, overlaps: ${JSON.stringify(l3.overlaps)}`);
      assert(l3.count >= 6 && l3.overlaps.length === 0, `3-D labels overlap: ${l3.overlaps.join('; ')}`);
      await t.screenshot('linalg6-labels-3d');
      await page.getByRole('button', { name: 'Rotate left' }).click();
      await page.getByRole('button', { name: 'Rotate left' }).click();
      await frames(page, 4);
      const l3b = await labelOverlaps(page);
      assert(l3b.overlaps.length === 0, `3-D labels overlap after turning: ${l3b.overlaps.join('; ')}`);
      await t.screenshot('linalg6-labels-3d-turned');
    },
  },
  {
    name: 'linalg 6: tips and labels in dark theme, projector mode and at 360 px; Change of basis shows A only for [A]_B',
    async run(t) {
      const { page } = t;
      await t.context.addInitScript(`try { localStorage.setItem('mfml-theme', 'dark'); } catch (e) {}`);
      await t.open('/linear-algebra?v=1&dim=3');
      await sceneReady(page);
      await page.getByRole('button', { name: 'tip of ĵ', exact: true }).focus();
      await page.keyboard.press('ArrowRight');
      await frames(page, 3);
      assert((await labelOverlaps(page)).overlaps.length === 0, 'dark: labels clear');
      let axe = await seriousAxe(page, ['.la-scene-wrap']);
      assert(axe.length === 0, `axe (dark): ${axe.join('; ')}`);
      await t.screenshot('linalg6-tips-dark');
      await t.context.addInitScript(
        `try { localStorage.setItem('mfml-theme', 'light'); localStorage.setItem('mfml-projector', '1'); } catch (e) {}`,
      );
      await page.reload();
      await sceneReady(page);
      await page.getByRole('button', { name: 'tip of î', exact: true }).focus();
      await page.keyboard.press('ArrowUp');
      await frames(page, 3);
      assert((await labelOverlaps(page)).overlaps.length === 0, 'projector: labels clear');
      axe = await seriousAxe(page, ['.la-scene-wrap']);
      assert(axe.length === 0, `axe (projector): ${axe.join('; ')}`);
      await t.screenshot('linalg6-tips-projector');
      await page.setViewportSize({ width: 360, height: 800 });
      await frames(page, 4);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert(overflow <= 0, `no horizontal scroll at 360 px (${overflow} px)`);
      await page.locator('.la-scene').scrollIntoViewIfNeeded();
      await frames(page, 3);
      assert((await labelOverlaps(page)).overlaps.length === 0, '360 px: labels clear');
      await t.screenshot('linalg6-tips-360');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('radio', { name: 'Change of basis' }).check();
      await page.getByRole('button', { name: 'tip of b1', exact: true }).waitFor();
      assert(
        (await page.locator('output[aria-label="determinant"]').count()) === 0,
        'Change of basis shows no numbers of A',
      );
      await page.getByText('Matrix A (used only for [A]_B').waitFor();
      assert((await page.getByText('On other pages').count()) === 0, 'no links about A in Change of basis');
      await noNaN(page);
      await t.screenshot('linalg6-basis');
    },
  },
  {
    name: 'linalg 6: Low rank view accepts a 512 × 512 image: progress, the worker’s time, no page task over 200 ms; Cancel stops it',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&view=lowrank&img=shapes&rk=20');
      await page.locator('.la-lr-chart').waitFor({ timeout: 20_000 });
      const open512 = () =>
        page.evaluate(async () => {
          const c = document.createElement('canvas');
          c.width = 512;
          c.height = 512;
          const ctx = c.getContext('2d')!;
          const g = ctx.createRadialGradient(200, 220, 10, 256, 256, 360);
          g.addColorStop(0, '#fff');
          g.addColorStop(1, '#111');
          ctx.fillStyle = g;
          ctx.fillRect(0, 0, 512, 512);
          ctx.fillStyle = '#333';
          for (let k = 0; k < 14; k++) ctx.fillRect(30 + k * 34, 60 + ((k * 53) % 300), 18, 120);
          ctx.strokeStyle = '#eee';
          ctx.lineWidth = 9;
          ctx.beginPath();
          ctx.arc(330, 330, 120, 0, 2 * Math.PI);
          ctx.stroke();
          const blob = await new Promise<Blob>((res) => c.toBlob((b) => res(b!), 'image/png'));
          const dt = new DataTransfer();
          dt.items.add(new File([blob], 'big.png', { type: 'image/png' }));
          const input = document.querySelector<HTMLInputElement>('.la-lr-file input')!;
          input.files = dt.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        });
      await t.takeLongTasks({ quiet: true });
      await open512();
      await page.locator('progress[aria-label="SVD progress"]').waitFor({ timeout: 5000 });
      // Cancel while it runs: the status says so, and "Compute the SVD" runs it again.
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await page.getByText('The SVD was cancelled').waitFor();
      assert(
        (await page.locator('progress[aria-label="SVD progress"]').count()) === 0,
        'no progress after Cancel',
      );
      await t.takeLongTasks({ quiet: true });
      const started = Date.now();
      await page.getByRole('button', { name: 'Compute the SVD', exact: true }).click();
      let sawPartial = false;
      const poll = setInterval(() => {
        void page
          .locator('progress[aria-label="SVD progress"]')
          .getAttribute('value')
          .then((v) => {
            if (v !== null && Number(v) > 0 && Number(v) < 1) sawPartial = true;
          })
          .catch(() => undefined);
      }, 100);
      await page
        .locator('.la-lr-figure figcaption', { hasText: 'rank-20' })
        .waitFor({ timeout: 30_000 })
        .finally(() => clearInterval(poll));
      const elapsed = Date.now() - started;
      const long = await t.takeLongTasks();
      const text = await page.locator('.la-lr p.fine', { hasText: 'ms in the worker' }).textContent();
      console.log(
        `    512 × 512: ${text?.trim()} (page saw it after ${elapsed} ms; progress between 0 and 1 seen: ${sawPartial})`,
      );
      console.log(`    long tasks while the 512 × 512 SVD ran: ${JSON.stringify(long)}`);
      assert(
        (await page.locator('.la-lr-figure figcaption').first().textContent())?.includes('512 × 512') ===
          true,
        'the image is 512 × 512',
      );
      assert(
        (await page.getByRole('slider', { name: 'rank k' }).getAttribute('max')) === '512',
        'k up to 512',
      );
      const e = await num(page, 'rank k error');
      assert(e > 0 && Math.abs((await num(page, 'pixel error')) - e) < 1e-9, `Eckart–Young at 512²: ${e}`);
      assert(
        long.every((ms) => ms < 200),
        `no main-thread task over 200 ms while the worker decomposed (${JSON.stringify(long)})`,
      );
      await noNaN(page);
      await t.screenshot('linalg6-lowrank-512');
    },
  },
];
