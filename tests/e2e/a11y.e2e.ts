import type { Page } from 'playwright-core';
import { assert, type E2ETest, type TestContext } from './harness';
import { KNOWN_A11Y } from './a11y-known';
import { axeViolations } from './pageHelpers';

type Mode = 'light' | 'dark' | 'projector';
const MODES: Mode[] = ['light', 'dark', 'projector'];
const PAGES = [
  { route: '/', ready: 'main .cards' },
  { route: '/probability', ready: 'svg.chart' },
  { route: '/probability?v=1&tab=vi', ready: 'svg.chart path.vi-q' },
  { route: '/calculus', ready: 'main h1', run: true },
  {
    route: '/calculus?v=1&f=x*y&g=x%5E2%2By%5E2&c=2&con=le&pgd=1&pen=1&1d=1',
    ready: '.calc-lagrange',
    run: true,
  },
  { route: '/linear-algebra', ready: 'main canvas' },
  { route: '/linear-algebra?v=1&view=cholesky', ready: '.la-chol-svg' },
  { route: '/linear-algebra?v=1&view=projection', ready: '.la-proj-svg' },
  { route: '/linear-algebra?v=1&dim=3&view=gramschmidt&gsn=3', ready: '.la-gs' },
  { route: '/linear-algebra?v=1&view=jacobian', ready: '.la-jac-out' },
  { route: '/linear-algebra?v=1&view=maps', ready: '.la-maps-svg' },
  { route: '/linear-algebra?v=1&view=lowrank', ready: '.la-lr-chart' },
  { route: '/machine-learning?v=1&tab=nn', ready: '.data-plot svg' },
  { route: '/machine-learning?v=1&tab=regression', ready: '.reg-plot svg' },
  { route: '/machine-learning?v=1&tab=regression&reg.method=logistic', ready: '.reg-logit-plot svg' },
  { route: '/machine-learning?v=1&tab=regression&reg.method=bayes&reg.upto=5', ready: '.reg-ellipse' },
  { route: '/machine-learning?v=1&tab=deep', ready: '.deep-tab .deep-grid' },
  { route: '/machine-learning?v=1&tab=pca', ready: '.pca-plot svg' },
  {
    route: '/exercise-sheet?v=1&pick=calculus/gd-20-steps,linear-algebra/pca-axis&seed=42',
    ready: '.sheet-answers',
  },
];

/** Theme and projector mode come from localStorage before the app starts, as for a returning user. */
async function setMode(t: TestContext, mode: Mode): Promise<void> {
  const theme = mode === 'dark' ? 'dark' : 'light';
  await t.context.addInitScript(
    `try { localStorage.setItem('mfml-theme', '${theme}'); ${mode === 'projector' ? "localStorage.setItem('mfml-projector', '1');" : "localStorage.removeItem('mfml-projector');"} } catch (e) {}`,
  );
}

/**
 * Runs axe on the document (or only on the regions matching `only`); returns serious and critical violations
 * not in the known list.
 */
async function audit(
  page: Page,
  route: string,
  only?: string[],
): Promise<{ fresh: string[]; known: string[] }> {
  const violations = await axeViolations(page, only);
  const fresh: string[] = [];
  const known: string[] = [];
  for (const v of violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    for (const n of v.nodes) {
      const target = n.target.join(' ');
      const line = `${route} [${v.impact}] ${v.id}: ${v.help} — ${target}\n      ${n.summary.split('\n').slice(0, 3).join(' ')}`;
      const listed = KNOWN_A11Y.some(
        (k) => route.startsWith(k.route) && k.rule === v.id && (!k.target || target.includes(k.target)),
      );
      (listed ? known : fresh).push(line);
    }
  }
  return { fresh, known };
}

async function settle(t: TestContext, ready: string): Promise<void> {
  await t.page.waitForSelector(ready, { timeout: 20_000 });
  await t.page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 20_000 });
  await t.page.waitForTimeout(500);
}

function fail(found: string[], known: string[]): void {
  if (known.length)
    console.log(`    known (a11y-known.ts): ${known.length}\n      ${known.join('\n      ')}`);
  if (found.length)
    throw new Error(`${found.length} serious/critical axe violations:\n  ${found.join('\n  ')}`);
}

const pageTests: E2ETest[] = MODES.flatMap((mode) =>
  PAGES.map(({ route, ready, run }): E2ETest => ({
    name: `a11y: axe finds no serious or critical violation on #${route} (${mode})`,
    async run(t) {
      await setMode(t, mode);
      await t.open(route);
      await settle(t, ready);
      if (run) {
        // With a race on screen: results table, loss chart, stop markers.
        await t.page.getByRole('button', { name: 'Run', exact: true }).click();
        await t.page.locator('main output[aria-label$="final loss"]').first().waitFor({ timeout: 20_000 });
        await t.page.waitForTimeout(500);
      }
      const found: string[] = [];
      const known: string[] = [];
      const collect = (r: { fresh: string[]; known: string[] }) => (
        found.push(...r.fresh),
        known.push(...r.known)
      );
      collect(await audit(t.page, route));
      // Every tab of a page with tabs (the probability topics).
      const tabs = await t.page.locator('main [role=tab]').allTextContents();
      for (let i = 1; i < tabs.length; i++) {
        await t.page.locator('main [role=tab]').nth(i).click();
        await t.page.waitForFunction(() => !document.querySelector('.loading'), undefined, {
          timeout: 20_000,
        });
        await t.page.waitForTimeout(700);
        collect(await audit(t.page, `${route} tab "${tabs[i]}"`));
      }
      fail(found, known);
    },
  })),
);

/** The app's own parts (top bar, deck, export menu, dialogs, presenter, deck link page): no allowlist here. */
const APP_REGIONS = [
  '.topbar',
  '#deck-panel',
  '#export-panel',
  'dialog[open]',
  '.presenter',
  '.deck-link-page',
  '.update-status',
];

/**
 * Tab from the top of each page to the end: every control in main must take focus on the way (reachable by
 * keyboard), and each focused control must show a ring (an outline of at least 2 px, or a box shadow).
 */
const keyboardTest: E2ETest = {
  name: 'a11y: Tab reaches every control on every page, and each shows a visible focus ring',
  async run(t) {
    const report: string[] = [];
    const problems: string[] = [];
    for (const { route, ready } of [
      { route: '/', ready: 'main .cards' },
      { route: '/probability', ready: 'svg.chart' },
      { route: '/probability?v=1&tab=mcmc', ready: 'svg.chart' },
      { route: '/probability?v=1&tab=gaussians', ready: 'svg.chart' },
      { route: '/probability?v=1&tab=conditional', ready: '.dice-grid' },
      { route: '/probability?v=1&tab=vi', ready: 'svg.chart path.vi-q' },
      { route: '/calculus', ready: 'main h1' },
      { route: '/linear-algebra?v=1&dim=3', ready: 'main canvas' },
      { route: '/machine-learning?v=1&tab=nn', ready: '.data-plot svg' },
      { route: '/machine-learning?v=1&tab=regression', ready: '.reg-plot svg' },
      { route: '/machine-learning?v=1&tab=deep&deep.img=paint', ready: '.deep-tab .deep-grid' },
      { route: '/machine-learning?v=1&tab=pca', ready: '.pca-plot svg' },
    ]) {
      await t.open(route);
      await settle(t, ready);
      // Tag every enabled, visible control so that the ones Tab visits can be told apart.
      const total = await t.page.evaluate(() => {
        const controls = Array.from(
          document.querySelectorAll<HTMLElement>(
            'main a[href], main button, main input, main select, main textarea, main [tabindex="0"]',
          ),
        )
          .filter(
            (e) => !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0 && e.tabIndex >= 0,
          )
          // A radio group is one Tab stop (arrows move within it): count its checked radio only.
          .filter((e) => !(e instanceof HTMLInputElement && e.type === 'radio' && !e.checked));
        controls.forEach((e, i) => e.setAttribute('data-kb', String(i)));
        return controls.length;
      });
      await t.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const seen = new Set<string>();
      const ringless = new Set<string>();
      for (let i = 0; i < total * 2 + 40 && seen.size < total; i++) {
        await t.page.keyboard.press('Tab');
        const f = await t.page.evaluate(() => {
          const e = document.activeElement as HTMLElement | null;
          if (!e || !e.closest('main')) return null;
          const s = getComputedStyle(e);
          // An SVG control (a graph node) draws its ring as a thick stroke in the focus colour on its shape.
          const shape = e instanceof SVGElement ? e.querySelector('rect, circle, path') : null;
          const focus = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
          const probe = document.createElement('span');
          probe.style.color = focus;
          document.body.append(probe);
          const focusRgb = getComputedStyle(probe).color;
          probe.remove();
          const ring =
            (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) ||
            (s.boxShadow !== 'none' && s.boxShadow !== '') ||
            (!!shape &&
              getComputedStyle(shape).stroke === focusRgb &&
              parseFloat(getComputedStyle(shape).strokeWidth) >= 2);
          const name = e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30) ?? e.tagName;
          return { id: e.getAttribute('data-kb'), ring, name: `${e.tagName.toLowerCase()} "${name}"` };
        });
        if (!f?.id) continue;
        seen.add(f.id);
        if (!f.ring) ringless.add(f.name);
      }
      const missed = await t.page.evaluate(
        (ids) =>
          Array.from(document.querySelectorAll<HTMLElement>('[data-kb]'))
            .filter((e) => !ids.includes(e.getAttribute('data-kb')!) && e.getClientRects().length > 0)
            .slice(0, 5)
            .map(
              (e) =>
                `${e.tagName.toLowerCase()} "${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30)}"`,
            ),
        [...seen],
      );
      report.push(`${route}: ${seen.size} of ${total} controls reached by Tab`);
      if (missed.length) problems.push(`${route}: not reached by Tab: ${missed.join(', ')}`);
      if (ringless.size)
        problems.push(`${route}: no visible focus ring: ${[...ringless].slice(0, 5).join(', ')}`);
    }
    console.log(`    ${report.join('\n    ')}`);
    assert(problems.length === 0, problems.join('\n'));
  },
};

/** Routes whose charts must each carry a text alternative; tabs are walked as in the axe tests. */
const CHART_ROUTES = [
  { route: '/probability', ready: 'svg.chart' },
  { route: '/calculus?v=1&steps=300&opt=gd,adam', ready: 'main h1', run: true },
  { route: '/linear-algebra?v=1&dim=3', ready: 'main canvas' },
  { route: '/linear-algebra?v=1&view=svd', ready: 'main canvas' },
  { route: '/linear-algebra?v=1&view=pca', ready: 'main canvas' },
  { route: '/machine-learning?v=1&tab=nn', ready: '.data-plot svg' },
  { route: '/machine-learning?v=1&tab=nn&nn.data=sine&nn.layers=1&nn.units=6', ready: '.data-plot svg' },
  { route: '/machine-learning?v=1&tab=regression&reg.method=lasso&reg.deg=4', ready: '.reg-plot svg' },
  { route: '/machine-learning?v=1&tab=deep&deep.pool=1&deep.clip=1', ready: '.deep-tab .deep-grid' },
  { route: '/machine-learning?v=1&tab=pca&pca.data=digits&pca.step=1', ready: '.pca-heat canvas' },
];

/** Every chart (role img) in main, with its name, its description's text and the rows of its hidden table. */
const chartTexts = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('main [role="img"]'))
      // Formulas (Tex with a spoken label) are images of text, named by that text: not charts.
      .filter(
        (el) =>
          !el.classList.contains('tex') &&
          !el.parentElement?.closest('[role="img"]') &&
          (el as HTMLElement).getClientRects().length > 0,
      )
      .map((el) => {
        const id = el.getAttribute('aria-describedby');
        const desc = id ? document.getElementById(id) : null;
        return {
          name: el.getAttribute('aria-label') ?? '',
          description: desc?.textContent ?? '',
          inside: !!desc && el.contains(desc),
          rows: desc?.querySelectorAll('tbody tr').length ?? 0,
        };
      }),
  );

const chartTextTest: E2ETest = {
  name: 'a11y: every chart on every page and tab has a name, a description with numbers and no NaN, beside it',
  async run(t) {
    const problems: string[] = [];
    let charts = 0;
    let tables = 0;
    for (const { route, ready, run } of CHART_ROUTES) {
      await t.open(route);
      await settle(t, ready);
      if (run) {
        await t.page.getByRole('button', { name: 'Run', exact: true }).click();
        await t.page.locator('output[aria-label="Adam final loss"]').waitFor({ timeout: 20_000 });
        await t.page.waitForTimeout(500);
      }
      const tabs = await t.page.locator('main [role=tab]').allTextContents();
      for (let i = 0; i < Math.max(1, tabs.length); i++) {
        if (i > 0) {
          await t.page.locator('main [role=tab]').nth(i).click();
          await t.page.waitForFunction(() => !document.querySelector('.loading'), undefined, {
            timeout: 20_000,
          });
          // Simulation tabs run once when opened; their charts describe the result.
          await t.page.waitForTimeout(1500);
        }
        const where = tabs.length ? `${route} tab "${tabs[i]}"` : route;
        for (const c of await chartTexts(t.page)) {
          charts++;
          if (c.rows > 0) tables++;
          if (!c.name) problems.push(`${where}: a chart without a name`);
          if (c.description.length < 30) problems.push(`${where}: "${c.name}" has no description`);
          else if (!/\d/.test(c.description)) problems.push(`${where}: "${c.name}" describes no numbers`);
          if (/NaN/.test(c.description)) problems.push(`${where}: "${c.name}" says NaN`);
          if (c.inside) problems.push(`${where}: "${c.name}" holds its description inside role img`);
        }
      }
    }
    console.log(`    ${charts} charts checked, ${tables} with a table of values`);
    assert(charts >= 20, `only ${charts} charts found`);
    assert(problems.length === 0, problems.join('\n'));
  },
};

export const a11yTests: E2ETest[] = [
  ...pageTests,
  chartTextTest,
  keyboardTest,
  ...(['light', 'projector'] as Mode[]).map((mode): E2ETest => ({
    name: `a11y: axe finds no serious or critical violation in the deck panel, export menu, dialogs and deck link page (${mode})`,
    async run(t) {
      await setMode(t, mode);
      await t.open('/probability');
      await settle(t, 'svg.chart');
      await t.page.getByRole('button', { name: 'Add to deck' }).click();
      let r = await audit(t.page, 'add-to-deck dialog', APP_REGIONS);
      const found = [...r.fresh];
      const known = [...r.known];
      await t.page.getByRole('button', { name: 'Add scene' }).click();
      await t.page.getByRole('button', { name: /^Deck/ }).click();
      await t.page.getByRole('button', { name: 'Share link' }).click();
      await t.page.getByRole('button', { name: 'Export', exact: true }).click();
      r = await audit(t.page, 'deck panel + export menu', APP_REGIONS);
      found.push(...r.fresh);
      known.push(...r.known);
      const link = await t.page.getByLabel('Deck link').inputValue();
      await t.page.keyboard.press('Escape');
      await t.page.keyboard.press('Shift+Slash');
      r = await audit(t.page, 'shortcuts dialog', APP_REGIONS);
      found.push(...r.fresh);
      known.push(...r.known);
      await t.page.keyboard.press('Escape');
      await t.page.goto(link);
      await t.page.getByRole('button', { name: 'Import this deck' }).waitFor();
      r = await audit(t.page, '/deck', APP_REGIONS);
      found.push(...r.fresh);
      known.push(...r.known);
      await t.page.getByRole('button', { name: 'Present' }).click();
      await t.page.locator('.presenter').waitFor();
      await settle(t, 'svg.chart');
      r = await audit(t.page, 'presenting', APP_REGIONS);
      found.push(...r.fresh);
      known.push(...r.known);
      fail(found, known);
    },
  })),
];
