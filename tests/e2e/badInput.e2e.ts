/**
 * Hostile input, everywhere: every text field of every page and tab gets a catalogue of bad values.
 * For each (field, value) pair: the field says so inline (aria-invalid, its message beside it), nothing
 * is injected, no console error appears (the harness fails the test on any), the page's charts stay,
 * and once the field is restored the address (which holds every setting) is exactly as before.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { assert, type E2ETest } from './harness';

const EXPRESSIONS: { invalid: string[] } = JSON.parse(
  readFileSync(new URL('../fixtures/expressions.json', import.meta.url), 'utf8'),
);
const DISTRIBUTIONS: { invalid: { name: string; params: Record<string, number | string | null> }[] } =
  JSON.parse(readFileSync(new URL('../fixtures/distributions.json', import.meta.url), 'utf8'));

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '${alert(1)}',
  'constructor',
  '__proto__',
  'toString',
  'x'.repeat(10_000),
];
/** Values no number field may take. */
const NUMBER_BAD = [
  '',
  '   ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '１２',
  '1,5',
  '0x10',
  ...HOSTILE,
];
/** Values no expression field may take (the fixtures' invalid expressions included). */
const EXPRESSION_BAD = [...new Set([...EXPRESSIONS.invalid, ...HOSTILE, 'NaN', 'Infinity', '1e309 * x'])];

const SCENES = [
  '/linear-algebra?v=1',
  '/linear-algebra?v=1&view=pca',
  '/calculus?v=1',
  '/probability?v=1&dist=normal',
  '/probability?v=1&dist=binomial',
  '/probability?v=1&tab=lln',
  '/probability?v=1&tab=clt',
  '/probability?v=1&tab=montecarlo&mc.mode=integral',
  '/probability?v=1&tab=bayes',
  '/probability?v=1&tab=mcmc&mcmc.target=custom',
  '/probability?v=1&tab=information',
];

interface Field {
  index: number;
  name: string;
  kind: 'number' | 'expression' | 'text';
}

/** The page's typed fields (sliders and menus cannot take text), in document order. */
async function fieldsOf(page: Page): Promise<Field[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('main input, main textarea')]
      .map((el, index) => ({ el, index }))
      .filter(({ el }) => {
        const type = el.getAttribute('type') ?? 'text';
        return (type === 'text' || el.tagName === 'TEXTAREA') && !el.disabled && el.offsetParent !== null;
      })
      .map(({ el, index }) => ({
        index,
        name: el.getAttribute('aria-label') ?? el.id ?? `#${index}`,
        kind:
          el.getAttribute('role') === 'spinbutton'
            ? ('number' as const)
            : el.getAttribute('inputmode') === 'decimal'
              ? ('number' as const)
              : el.closest('.learn') !== null
                ? ('text' as const)
                : ('expression' as const),
      }))
      // The learning layer's answer boxes are checked by their own tests.
      .filter((f) => f.kind !== 'text'),
  );
}

/** Whether the field at `index` refuses its text where the student looks: aria-invalid and a message. */
async function refused(page: Page, index: number): Promise<{ ok: boolean; why: string }> {
  return page.evaluate((i) => {
    const el = document.querySelectorAll<HTMLInputElement>('main input, main textarea')[i];
    if (!el) return { ok: false, why: 'the field disappeared' };
    if (el.getAttribute('aria-invalid') !== 'true') return { ok: false, why: 'aria-invalid is not set' };
    const described = (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const near = el
      .closest('label, .field, .calc-inline, fieldset, div')
      ?.querySelector('[role="alert"]')?.textContent;
    const message = (described || near || '').trim();
    if (!message) return { ok: false, why: 'no message beside the field' };
    if (document.querySelector('img[src="x"]')) return { ok: false, why: 'markup was injected' };
    return { ok: true, why: message };
  }, index);
}

const chartCount = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('main svg, main canvas').length);

async function type(page: Page, index: number, text: string): Promise<void> {
  const el = page.locator('main input, main textarea').nth(index);
  await el.fill(text);
  await el.press('Enter');
}

export const badInputTests: E2ETest[] = [
  {
    name: 'bad input: every typed field of every page and tab refuses a catalogue of hostile values inline, and loses nothing',
    async run(t) {
      const { page } = t;
      let tried = 0;
      let passed = 0;
      const failures: string[] = [];
      for (const scene of SCENES) {
        await t.open(scene);
        await page.waitForTimeout(700);
        const fields = await fieldsOf(page);
        assert(fields.length > 0, `${scene}: no typed fields found`);
        const hash = await page.evaluate(() => location.hash);
        const charts = await chartCount(page);
        for (const field of fields) {
          const locator = page.locator('main input, main textarea').nth(field.index);
          const original = await locator.inputValue();
          for (const value of field.kind === 'number' ? NUMBER_BAD : EXPRESSION_BAD) {
            tried++;
            await type(page, field.index, value);
            const r = await refused(page, field.index);
            const kept = (await chartCount(page)) >= charts;
            if (r.ok && kept) passed++;
            else
              failures.push(
                `${scene} ${field.name} ← ${JSON.stringify(value.slice(0, 30))}: ${kept ? r.why : 'a chart disappeared'}`,
              );
          }
          // "-0" is a number: refused by a field that needs a positive value, or taken as 0.
          if (field.kind === 'number') {
            tried++;
            await type(page, field.index, '-0');
            const r = await refused(page, field.index);
            const shown = await locator.inputValue();
            if (r.ok || Number(shown) === 0) passed++;
            else failures.push(`${scene} ${field.name} ← "-0": shows ${shown}`);
          }
          await type(page, field.index, original);
          await locator.blur();
        }
        // Every field back to what it was: the address, which holds every setting, is unchanged.
        await page.waitForTimeout(700);
        const after = await page.evaluate(() => location.hash);
        if (after !== hash) failures.push(`${scene}: the address changed to ${after}`);
        console.log(`    ${scene}: ${fields.length} fields`);
      }
      console.log(
        `    bad input: ${tried} (field, value) pairs tried, ${passed} refused inline with nothing lost`,
      );
      assert(failures.length === 0, `${failures.length} failures:\n${failures.slice(0, 30).join('\n')}`);
    },
  },
  {
    name: 'bad input: every invalid parameter set of the distribution fixtures is refused at its fields and blocks sampling',
    async run(t) {
      const { page } = t;
      for (const c of DISTRIBUTIONS.invalid) {
        await t.open(`/probability?v=1&dist=${c.name}`);
        for (const [param, value] of Object.entries(c.params)) {
          const field = page.getByRole('spinbutton', { name: param, exact: true });
          await field.fill(value === null ? '' : String(value));
          await field.press('Enter');
        }
        const invalid = await page.locator('main input[aria-invalid="true"]').count();
        const sample = page.getByRole('button', { name: 'Sample', exact: true });
        assert(invalid > 0, `${c.name} ${JSON.stringify(c.params)}: no field marked invalid`);
        // A number out of range reaches the store and blocks sampling; text that is not a number of the
        // field's kind (blank, "Infinity", 2.5 for a count) is never committed, so the last valid value
        // stays in use, as the field's message says.
        const messages = await page.locator('main [role="alert"]').allTextContents();
        const uncommitted =
          messages.length > 0 && messages.every((m) => /not a number|enter a number|whole number/.test(m));
        assert(
          (await sample.isDisabled()) || uncommitted,
          `${c.name} ${JSON.stringify(c.params)}: Sample stays enabled (${messages.join(' | ')})`,
        );
        assert((await page.locator('main svg.chart').count()) > 0, `${c.name}: the chart is gone`);
      }
      console.log(`    ${DISTRIBUTIONS.invalid.length} invalid parameter sets refused`);
    },
  },
];
