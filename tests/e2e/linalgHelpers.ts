/** The linear-algebra fixtures and matrix entry, shared by the page's and its learning layer's e2e suites. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { frames } from './webglHelpers';

export interface FixtureCase {
  label: string;
  A: number[][];
  det: number;
  rank: number;
  eigenvalues: [number, number][];
  singularValues: number[];
}

export const FIXTURE: { cases: FixtureCase[] } = JSON.parse(
  readFileSync(new URL('../fixtures/linalg.json', import.meta.url), 'utf8'),
);

/** The fixture case labelled `label`. */
export const fixture = (label: string): FixtureCase => {
  const c = FIXTURE.cases.find((x) => x.label === label);
  if (!c) throw new Error(`no fixture case ${label}`);
  return c;
};

/** Types every entry of A into its "aij value" field and waits until the outputs answer that matrix. */
export async function setMatrix(page: Page, a: number[][]): Promise<void> {
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < a.length; j++)
      await page
        .getByRole('spinbutton', { name: `a${i + 1}${j + 1} value`, exact: true })
        .fill(String(a[i][j]));
  await frames(page, 1);
  const trace = a.reduce((s, row, i) => s + row[i], 0);
  await page.waitForFunction(
    (tr) =>
      Math.abs(
        Number(document.querySelector('output[aria-label="trace"]')?.getAttribute('data-value')) - tr,
      ) < 1e-12,
    trace,
  );
}
