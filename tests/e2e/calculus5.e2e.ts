/**
 * Calculus, part 5 (issue 18, session 8): the constraint g = c on the 3-D surface (lifted onto f, the
 * infeasible part of g ≤ c dimmed), and the penalty method reaching the constrained optimum at the page's
 * defaults; light and dark looked at.
 */
import type { Page } from 'playwright-core';
import { penaltyMethod } from '../../src/core';
import { PRESETS } from '../../src/pages/Calculus/presets';
import fixture from '../fixtures/calculus5.json';
import { assert, SCREENSHOTS, type E2ETest } from './harness';
import { noNaN } from './pageHelpers';
import { canvasDrawn, pixels } from './webglHelpers';

const CANVAS = '.calc-canvas canvas';

const readout = async (page: Page, name: string): Promise<number> => {
  const out = page.locator(`output[aria-label="${name}"]`);
  await out.waitFor({ timeout: 30_000 });
  return Number(await out.getAttribute('data-value'));
};

const sceneReady = (page: Page) => canvasDrawn(page, CANVAS);

/** Pixels of the surface's canvas. */
const canvasSize = (page: Page): Promise<number> =>
  page.evaluate((sel) => {
    const c = document.querySelector(sel) as HTMLCanvasElement;
    return c.width * c.height;
  }, CANVAS);

/** Waits for the constraint's analysis to be drawn (its Lagrange points on the contour plot). */
const constraintDrawn = (page: Page) => page.locator('.calc-lagrange').first().waitFor({ timeout: 20_000 });

export const calculus5Tests: E2ETest[] = [
  {
    name: 'calculus 5: the constraint g = c is drawn on the 3-D surface at the height of f, g ≤ c dims the infeasible part',
    async run(t) {
      const { page } = t;
      await t.open('/calculus?v=1&f=x*y&domain=-2,2,-2,2&g=x%5E2%2By%5E2&c=2');
      const surface = page.locator('.calc-surface');
      await surface.scrollIntoViewIfNeeded();
      await sceneReady(page);
      await pixels(page, CANVAS); // the picture without a constraint, to count what the curve changes
      await page
        .getByRole('radiogroup', { name: 'constraint' })
        .getByRole('radio', { name: 'g = c' })
        .check();
      await constraintDrawn(page);
      await page.waitForTimeout(300);
      const curve = await pixels(page, CANVAS);
      const size = await canvasSize(page);
      console.log(`    the curve g = c changed ${curve.changed} of ${size} pixels`);
      assert(
        curve.changed > 200 && curve.changed < 0.08 * size,
        `the curve is drawn and thin: ${curve.changed}`,
      );
      await page.getByRole('img', { name: /and the constraint curve$/ }).waitFor();
      const text = (await page.locator('.calc-surface').textContent()) ?? '';
      assert(/x\^2\+y\^2 = 2 is drawn on the surface/.test(text.replace(/ \+ /g, '+')), `text: ${text}`);
      assert(/4 critical points of f on the curve marked/.test(text), `four Lagrange points named: ${text}`);
      await noNaN(page);
      await surface.screenshot({ path: `${SCREENSHOTS}/calc5-surface-constraint.png` });
      // Tilted, the curve rides the saddle x·y: up where x·y > 0, down where x·y < 0.
      for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Tilt down', exact: true }).click();
      await page.waitForTimeout(500);
      await pixels(page, CANVAS);
      await surface.screenshot({ path: `${SCREENSHOTS}/calc5-surface-constraint-tilted.png` });
      // g ≤ c: the part outside the disc is dimmed.
      await page.getByRole('radio', { name: 'g ≤ c' }).check();
      await page.waitForFunction(
        () => /dimmed/.test(document.querySelector('.calc-surface')?.textContent ?? ''),
        undefined,
        {
          timeout: 20_000,
        },
      );
      await page.waitForTimeout(300);
      const dim = await pixels(page, CANVAS);
      console.log(`    g ≤ c dimmed ${dim.changed} of ${size} pixels`);
      assert(dim.changed > 0.05 * size, `the infeasible part is dimmed: ${dim.changed}`);
      await surface.screenshot({ path: `${SCREENSHOTS}/calc5-surface-feasible.png` });
      // Dark theme: the curve is white.
      await page.getByLabel('Theme').selectOption('dark');
      await page.getByRole('radio', { name: 'g = c' }).check();
      await page.waitForTimeout(800);
      await pixels(page, CANVAS);
      await surface.screenshot({ path: `${SCREENSHOTS}/calc5-surface-constraint-dark.png` });
      await page.getByRole('radio', { name: 'none' }).check();
      await page.waitForTimeout(300);
      const gone = await pixels(page, CANVAS);
      assert(gone.changed > 200, `the curve goes with the constraint: ${gone.changed}`);
      // 360 px: the long "Penalty" label wraps beside a full-size checkbox.
      await page.getByLabel('Theme').selectOption('light');
      await page.getByRole('radio', { name: 'g = c' }).check();
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(400);
      const boxes = await Promise.all(
        ['Projected GD', 'Penalty'].map((name) =>
          page.getByRole('checkbox', { name, exact: true }).boundingBox(),
        ),
      );
      assert(
        boxes.every((b) => b && Math.abs(b.width - boxes[0]!.width) < 0.5 && b.width >= 12),
        `checkboxes keep their size at 360 px: ${boxes.map((b) => b?.width).join(', ')}`,
      );
      await page
        .locator('.calc-constraint-controls')
        .screenshot({ path: `${SCREENSHOTS}/calc5-constraint-controls-360.png` });
    },
  },
  {
    name: 'calculus 5: at the page defaults the Penalty run ends at the constrained minimum (SymPy) and equals the core',
    async run(t) {
      const { page } = t;
      await t.open('/calculus');
      await page
        .getByRole('radiogroup', { name: 'constraint' })
        .getByRole('radio', { name: 'g = c' })
        .check();
      await page.getByRole('checkbox', { name: 'Penalty', exact: true }).check();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const x = await readout(page, 'Penalty final x');
      const y = await readout(page, 'Penalty final y');
      const ref = fixture.penalty[0];
      assert(ref.f === '(x^2 + y - 11)^2 + (x + y^2 - 7)^2', 'the fixture’s first case is the page default');
      const run = penaltyMethod(ref.f, ref.g, ref.c, 'equality', [ref.start[0], ref.start[1]], {
        lr: ref.lr,
        steps: 300,
      });
      assert(!('error' in run), 'core run');
      assert(
        x === run.path[600] && y === run.path[601],
        `page (${x}, ${y}) = core (${run.path[600]}, ${run.path[601]})`,
      );
      const [opt] = ref.minima;
      assert(
        Math.abs(x - opt.x) < 1e-5 && Math.abs(y - opt.y) < 1e-5,
        `(${x}, ${y}) at the optimum (${opt.x}, ${opt.y})`,
      );
      // The page's own Lagrange analysis names the same point as the constrained optimum.
      await page.locator('.calc-lagrange-best').waitFor({ timeout: 20_000 });
      const fStar = await readout(page, 'constrained f');
      assert(Math.abs(fStar - opt.f) < 1e-6 * Math.abs(opt.f), `constrained f ${fStar} vs ${opt.f}`);
      const loss = await readout(page, 'Penalty final loss');
      assert(Math.abs(loss - opt.f) < 1e-6 * Math.abs(opt.f), `Penalty final loss ${loss} vs f* ${opt.f}`);
      console.log(`    Penalty ends at (${x}, ${y}), loss ${loss}; f* = ${opt.f}`);
      await page
        .getByRole('button', { name: 'Pause', exact: true })
        .click()
        .catch(() => undefined);
      await noNaN(page);
      await page.locator('.calc-results').screenshot({ path: `${SCREENSHOTS}/calc5-penalty-table.png` });
    },
  },
  {
    name: 'calculus 5: every preset at its defaults: all seven optimizers run every step (Newton names the saddle, maximum or flat region it ends at), nothing NaN',
    async run(t) {
      const { page } = t;
      await t.open('/calculus');
      for (const name of ['GD', 'Momentum', 'Nesterov', 'AdaGrad', 'RMSProp', 'Adam', 'Newton'])
        await page.getByRole('checkbox', { name, exact: true }).setChecked(true);
      for (const p of PRESETS) {
        await page
          .getByRole('group', { name: 'Presets' })
          .getByRole('button', { name: p.name, exact: true })
          .click();
        await page.getByRole('button', { name: 'Run', exact: true }).click();
        await page.waitForSelector('output[aria-label="Newton final x"]', { timeout: 30_000 });
        const statuses = await page.locator('.calc-status').allTextContents();
        const losses = await page
          .locator('output[aria-label$="final loss"]')
          .evaluateAll((els) =>
            els.map((e) => `${e.getAttribute('aria-label')?.replace(' final loss', '')} ${e.textContent}`),
          );
        console.log(`    ${p.name}: ${losses.join(', ')}`);
        assert(statuses.length === 7, `${p.name}: ${statuses.length} rows`);
        // Newton steps to any critical point: at a saddle, a maximum or on a plateau it says so, having run every step.
        const stopped = statuses.filter(
          (s) =>
            s !== 'ran every step' &&
            !/^stopped (at a (saddle point|local maximum) \(H has eigenvalues|on a flat region)/.test(s),
        );
        assert(stopped.length === 0, `${p.name}: ${stopped.join(' | ')}`);
        const honest = statuses.filter((s) => s.startsWith('stopped at'));
        if (honest.length) console.log(`      ${honest.join(' | ')}`);
        await page
          .getByRole('button', { name: 'Pause', exact: true })
          .click()
          .catch(() => undefined);
        await noNaN(page, { pattern: /NaN/ });
        await page
          .locator('.calc-contour')
          .screenshot({ path: `${SCREENSHOTS}/calc5-preset-${p.name.replace(/\W+/g, '-')}.png` });
        await page
          .locator('.calc-loss')
          .screenshot({ path: `${SCREENSHOTS}/calc5-preset-${p.name.replace(/\W+/g, '-')}-loss.png` });
      }
    },
  },
  {
    name: 'calculus 5: every preset with the default constraint x^2 + y^2 = 4 and <= 4: Projected GD and Penalty run every step and end feasible',
    async run(t) {
      const { page } = t;
      await t.open('/calculus');
      await page.getByRole('checkbox', { name: 'Projected GD', exact: true }).check();
      await page.getByRole('checkbox', { name: 'Penalty', exact: true }).check();
      for (const kind of ['g = c', 'g ≤ c'] as const) {
        await page.getByRole('radiogroup', { name: 'constraint' }).getByRole('radio', { name: kind }).check();
        for (const p of PRESETS) {
          await page
            .getByRole('group', { name: 'Presets' })
            .getByRole('button', { name: p.name, exact: true })
            .click();
          await page.getByRole('button', { name: 'Run', exact: true }).click();
          await page.waitForSelector('output[aria-label="Penalty final x"]', { timeout: 30_000 });
          const rows: string[] = [];
          for (const name of ['Projected GD', 'Penalty']) {
            const x = await readout(page, `${name} final x`);
            const y = await readout(page, `${name} final y`);
            const g = x * x + y * y;
            const off = kind === 'g = c' ? Math.abs(g - 4) : Math.max(0, g - 4);
            rows.push(`${name} (${x.toFixed(4)}, ${y.toFixed(4)}) g−c ${off.toExponential(1)}`);
            assert(off < 1e-4, `${p.name}, ${kind}: ${name} ends off the constraint: g = ${g}`);
          }
          const statuses = await page.locator('.calc-row-stopped').count();
          assert(statuses === 0, `${p.name}, ${kind}: a constrained run stopped`);
          console.log(`    ${kind} ${p.name}: ${rows.join('; ')}`);
          await page
            .getByRole('button', { name: 'Pause', exact: true })
            .click()
            .catch(() => undefined);
          await noNaN(page, { pattern: /NaN/ });
          if (p.name === 'Himmelblau' || p.name === 'Rosenbrock')
            await page.locator('.calc-contour').screenshot({
              path: `${SCREENSHOTS}/calc5-constrained-${p.name}-${kind === 'g = c' ? 'eq' : 'le'}.png`,
            });
        }
      }
    },
  },
];
