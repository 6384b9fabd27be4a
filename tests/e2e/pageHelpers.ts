/** Checks and shots the e2e suites share: exercise cards, no NaN on screen, panel screenshots, axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { assert, SCREENSHOTS, type TestContext } from './harness';
import { frames } from './webglHelpers';

/** The exercise card titled `title`. */
export const card = (page: Page, title: string) => page.getByRole('article', { name: title });

/**
 * Fails when the text inside `scope` (every match) contains `pattern`, quoting the text around it:
 * numbers a page shows must never read NaN (or, by default, Infinity or undefined).
 */
export async function noNaN(
  page: Page,
  { pattern = /NaN|Infinity|undefined/, scope = 'main', what = 'the page' } = {},
): Promise<void> {
  const text = (await page.locator(scope).allTextContents()).join(' ');
  const m = pattern.exec(text);
  assert(!m, `${what} shows ${m?.[0]}: …${m ? text.slice(Math.max(0, m.index - 80), m.index + 40) : ''}…`);
}

/** A full-page screenshot and one of the open panel (region `panel`) alone, once painted. */
export async function shootPanel(t: TestContext, panel: string, name: string): Promise<void> {
  await frames(t.page, 2);
  await t.screenshot(name);
  await t.page
    .getByRole('region', { name: panel, exact: true })
    .screenshot({ path: `${SCREENSHOTS}/${name}-panel.png` });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/**
 * axe's violations in the document, or only inside the elements matching `include` (selectors that
 * match nothing are left out). axe is injected through the DevTools protocol, which the page's Content
 * Security Policy does not govern (an inline <script> tag would be refused, and must be).
 */
export async function axeViolations(page: Page, include?: string[]): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(`(async () => {
    const only = ${JSON.stringify(include ?? null)};
    const context = only ? { include: only.filter((s) => document.querySelector(s)).map((s) => [s]) } : document;
    const r = await window.axe.run(context, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary || '' })) }));
  })()`)) as AxeViolation[];
}

/** The serious and critical violations inside `include`, one line per failing node. */
export async function seriousAxe(page: Page, include: string[]): Promise<string[]> {
  return (await axeViolations(page, include))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.summary.split('\n').slice(0, 2).join(' ')}`),
    );
}
