/**
 * Issue 21, "New numbers" and the teacher's exercise sheet: a seeded instance of an exercise, a link that
 * reproduces it, and a sheet of picked exercises with its questions and, separately, its answers.
 */
import { LEARNING_PATHS } from '../../src/app/learningPaths';
import type { Page } from 'playwright-core';
import { assert, type E2ETest } from './harness';
import { card, noNaN, seriousAxe } from './pageHelpers';

const COMPOSE = 'Predict: the determinant of a composition';
const SHEET =
  '/exercise-sheet?v=1&pick=linear-algebra/compose-det,probability/conditional-ten-double,calculus/gd-20-steps,linear-algebra/pca-axis&seed=42';

/** The bowl, start and η a "Predict 20 steps of GD" prompt names, and GD's 20th iterate on it. */
function gdFromPrompt(text: string) {
  const m =
    /learning rate η = ([\d.]+) starts at \(([−-]?[\d.]+), ([−-]?[\d.]+)\) on f\(x, y\) = (.+?)\. Where/.exec(
      text.replace(/\s+/g, ' '),
    );
  if (!m) throw new Error(`prompt: ${text}`);
  const n = (s: string) => Number(s.replace('−', '-'));
  const [lr, x0, y0, fn] = [n(m[1]), n(m[2]), n(m[3]), m[4]];
  const coef = (v: string) => {
    const c = new RegExp(`(?:([\\d.]+)\\*)?${v}\\^2`).exec(fn);
    if (!c) throw new Error(`bowl: ${fn}`);
    return c[1] ? Number(c[1]) : 1;
  };
  const [a, b] = [coef('x'), coef('y')];
  return { fn, start: [x0, y0], x20: (1 - 2 * a * lr) ** 20 * x0, y20: (1 - 2 * b * lr) ** 20 * y0 };
}

/** Waits (up to 5 s) until the calculus page's f(x, y) field holds `fn`. */
async function fnShown(page: Page, fn: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'f(x, y)' });
  for (let i = 0; i < 50; i++) {
    if ((await field.inputValue().catch(() => '')).replace(/\s/g, '') === fn.replace(/\s/g, '')) return;
    await page.waitForTimeout(100);
  }
}

export const exercisesSheetTests: E2ETest[] = [
  {
    name: 'exercises sheet: "New numbers" on Predict 20 steps of GD sets the calculus page to the new bowl, start and η',
    async run(t) {
      const { page } = t;
      const title = 'Predict 20 steps of GD';
      await t.open('/calculus');
      await page.getByRole('button', { name: 'Exercises', exact: true }).click();
      const gd = card(page, title);
      const prompt = gd.locator('.learn-prompt');
      const before = (await prompt.textContent()) ?? '';
      await gd.getByRole('button', { name: 'New numbers' }).click();
      let text = before;
      for (let i = 0; i < 50 && text === before; i++) {
        await page.waitForTimeout(100);
        text = (await prompt.textContent()) ?? '';
      }
      assert(text !== before, 'new givens');
      const g = gdFromPrompt(text);
      // The page shows the instance's scene: its function and start.
      const fnField = page.getByRole('textbox', { name: 'f(x, y)' });
      await fnShown(page, g.fn);
      const shownFn = (await fnField.inputValue()).replace(/\s/g, '');
      assert(shownFn === g.fn.replace(/\s/g, ''), `page f = ${shownFn}, prompt f = ${g.fn}`);
      const sx = Number(await page.getByRole('spinbutton', { name: 'start x', exact: true }).inputValue());
      const sy = Number(await page.getByRole('spinbutton', { name: 'start y', exact: true }).inputValue());
      assert(sx === g.start[0] && sy === g.start[1], `page start (${sx}, ${sy}), prompt ${g.start}`);
      // The start is a wrong guess (too far); GD's 20th iterate on these numbers is right.
      const bx = gd.getByRole('textbox', { name: `${title}: x after 20 steps` });
      const by = gd.getByRole('textbox', { name: `${title}: y after 20 steps` });
      await bx.fill(String(g.start[0]));
      await by.fill(String(g.start[1]));
      await gd.getByRole('button', { name: 'Check', exact: true }).click();
      const wrong = (await gd.getByRole('status').textContent()) ?? '';
      assert(wrong.startsWith('Not yet'), `the start: ${wrong}`);
      await bx.fill(g.x20.toFixed(4));
      await by.fill(g.y20.toFixed(4));
      await gd.getByRole('button', { name: 'Check', exact: true }).click();
      const right = (await gd.getByRole('status').textContent()) ?? '';
      assert(right.startsWith('Correct'), `GD's 20th step (${g.x20}, ${g.y20}): ${right}`);
      await page.locator('main output[aria-label$="final loss"]').first().waitFor({ timeout: 20_000 });
      await t.screenshot('exercises-gd20-new-numbers');

      // Its link, opened afresh, reproduces the numbers and the page's scene.
      const href =
        (await gd.getByRole('link', { name: /^Link to these numbers/ }).getAttribute('href')) ?? '';
      await t.open('/');
      await page.evaluate((h) => (location.hash = h), href);
      const again = card(page, title);
      await again.waitFor();
      assert(
        ((await again.locator('.learn-prompt').textContent()) ?? '') === text,
        'same numbers from the link',
      );
      await fnShown(page, g.fn);
      await noNaN(page);
    },
  },
  {
    name: 'exercises sheet: "New numbers" gives a seeded instance whose link reproduces it',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('button', { name: 'Exercises', exact: true }).click();
      const compose = card(page, COMPOSE);
      const prompt = compose.locator('.learn-prompt');
      const before = (await prompt.textContent()) ?? '';
      const box = compose.getByRole('textbox', { name: `${COMPOSE}: det(AB)` });
      await box.fill('3');
      await compose.getByRole('button', { name: 'New numbers' }).click();
      let after = before;
      for (let i = 0; i < 50 && after === before; i++) {
        await page.waitForTimeout(100);
        after = (await prompt.textContent()) ?? '';
      }
      assert(after !== before, 'New numbers changes the givens');
      assert((await box.inputValue()) === '', 'the typed answer for the old numbers is cleared');
      const link = compose.getByRole('link', { name: /^Link to these numbers \(seed \d+\)$/ });
      const href = (await link.getAttribute('href')) ?? '';
      const seed = /ex\.seed=(\d+)/.exec(href)?.[1];
      assert(!!seed && href.includes('ex=linear-algebra/compose-det'), `link: ${href}`);
      // A wrong answer still says which way it is off, never the value.
      await box.fill('1000');
      await compose.getByRole('button', { name: 'Check', exact: true }).click();
      const said = (await compose.getByRole('status').textContent()) ?? '';
      assert(said.startsWith('Not yet: too high.'), `verdict: ${said}`);
      await compose.screenshot({ path: 'test-results/screenshots/exercises-new-numbers-card.png' });

      // The link, opened afresh, gives the same numbers with the panel open at the exercise.
      await t.open('/');
      await page.evaluate((h) => (location.hash = h), href);
      const again = card(page, COMPOSE);
      await again.waitFor();
      await page.locator('.learn-exercise.learn-focused').waitFor();
      const reopened = (await again.locator('.learn-prompt').textContent()) ?? '';
      assert(reopened === after, `same numbers from the link:\n${reopened}\n${after}`);
      await t.screenshot('exercises-new-numbers-link');
      await noNaN(page);
    },
  },
  {
    name: 'exercises sheet: picked exercises with seeded numbers, a link, questions and separately answers',
    async run(t) {
      const { page } = t;
      await t.open(SHEET);
      const questions = page.getByRole('article', { name: /^Questions/ });
      const answers = page.getByRole('article', { name: /^Answers/ });
      await questions.waitFor();
      assert((await questions.locator('ol > li').count()) === 4, 'four questions');
      assert((await answers.locator('ol > li').count()) === 4, 'four answers');
      const qText = (await questions.textContent()) ?? '';
      const aText = (await answers.textContent()) ?? '';
      assert(!qText.includes('Answer:'), 'the questions carry no answers');
      assert((await answers.locator('.sheet-answer').count()) === 4, `answers: ${aText}`);
      const linkText = (await page.getByLabel('sheet link').textContent()) ?? '';
      assert(linkText.includes('seed=42') && linkText.includes('pick=linear-algebra/compose-det'), linkText);
      await t.screenshot('exercises-sheet');

      // The link reproduces the sheet; another seed or a student number changes the numbers.
      await page.reload();
      await questions.waitFor();
      assert(((await questions.textContent()) ?? '') === qText, 'same link, same numbers');
      await page.getByRole('spinbutton', { name: 'student number' }).fill('3');
      await page.waitForFunction(() => location.hash.includes('student=3'));
      const student3 = (await questions.textContent()) ?? '';
      assert(student3 !== qText, 'student 3 gets other numbers');
      await page.getByRole('spinbutton', { name: 'student number' }).fill('0');
      await page.getByRole('button', { name: 'New numbers' }).click();
      await page.waitForFunction(() => !location.hash.includes('seed=42'));
      assert(((await questions.textContent()) ?? '') !== qText, 'New numbers changes the sheet');

      // Printing: the controls and the menu are hidden; answers start a page of their own, or are left out.
      await page.emulateMedia({ media: 'print' });
      const shown = (sel: string) =>
        page.evaluate((s) => {
          const el = document.querySelector(s);
          return !!el && getComputedStyle(el).display !== 'none';
        }, sel);
      assert(!(await shown('.sheet-controls')), 'controls hidden in print');
      const breakBefore = await page.evaluate(
        () => getComputedStyle(document.querySelector('.sheet-answers')!).breakBefore,
      );
      assert(breakBefore === 'page', `answers break: ${breakBefore}`);
      await t.screenshot('exercises-sheet-print');
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('combobox', { name: 'print' }).selectOption('questions');
      await page.emulateMedia({ media: 'print' });
      assert(!(await shown('.sheet-answers')), 'questions only: answers hidden in print');
      assert(await shown('.sheet-questions'), 'questions only: questions shown');
      await page.emulateMedia({ media: 'screen' });

      // Picking from a path, and axe.
      await page.getByRole('button', { name: 'Beginner path’s exercises' }).click();
      await page.waitForFunction(() => location.hash.includes('calculus/gd-20-steps'));
      const violations = await seriousAxe(page, ['main']);
      assert(violations.length === 0, violations.join('\n'));
      await page.setViewportSize({ width: 360, height: 740 });
      await t.screenshot('exercises-sheet-360');
      const overflow = await page.evaluate(() => {
        const wide = [...document.querySelectorAll('main *')]
          .filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
          .filter((e) => !e.closest('.katex-display, .sheet-prompt, .sheet-solution, .learn-tex-scroll'))
          .slice(0, 5)
          .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
        return { by: document.documentElement.scrollWidth - innerWidth, wide };
      });
      assert(overflow.by <= 1, `horizontal overflow at 360 px: ${JSON.stringify(overflow)}`);
      await noNaN(page);
    },
  },
  {
    name: "exercises sheet: the advanced path's VI vs MCMC step poses the mean-field variance and shows the fit",
    async run(t) {
      const { page } = t;
      const step = LEARNING_PATHS[2].steps.find((s) => s.title === 'VI vs MCMC')!;
      await t.open('/');
      await page.getByRole('button', { name: 'Start the advanced path' }).click();
      const bar = page.getByRole('navigation', { name: 'Learning path' });
      const index = LEARNING_PATHS[2].steps.indexOf(step);
      for (let i = 0; i < index; i++) await bar.getByRole('button', { name: /^Next/ }).click();
      await page.waitForFunction(() => location.hash.includes('tab=vi'));
      const title = 'How wide is mean-field VI?';
      const vi = card(page, title);
      await page.locator('.learn-exercise.learn-focused').waitFor();
      const box = vi.getByRole('textbox', { name: `${title}: q variance x` });
      await box.fill('1');
      await vi.getByRole('button', { name: 'Check', exact: true }).click();
      const wrong = (await vi.getByRole('status').textContent()) ?? '';
      assert(wrong.startsWith('Not yet: too high.') && !wrong.includes('0.19'), `MCMC's variance: ${wrong}`);
      await box.fill('0.19');
      await vi.getByRole('button', { name: 'Check', exact: true }).click();
      await vi.getByRole('status').getByText('Correct', { exact: false }).waitFor();
      await page.locator('.vi-plot svg').first().waitFor();
      const family = await page.getByRole('combobox', { name: 'family' }).inputValue();
      assert(family === 'mean-field', `family: ${family}`);
      await page.getByLabel('q variance x').first().waitFor();
      await page.waitForTimeout(1500);
      await t.screenshot('exercises-vi-step');
      await noNaN(page);
    },
  },
  {
    name: 'exercises sheet: "New numbers" on the network\'s parameter count and the output size set the Machine learning tabs to the new numbers',
    async run(t) {
      const { page } = t;
      await t.open('/machine-learning?v=1&tab=nn');
      await page.getByRole('button', { name: 'Exercises', exact: true }).click();
      const pc = card(page, 'How many numbers does the network learn?');
      await pc.getByRole('button', { name: 'New numbers' }).click();
      await pc.getByText('The network has', { exact: false }).waitFor();
      const text = ((await pc.locator('.learn-prompt').textContent()) ?? '').replace(/\s+/g, ' ');
      const units = /of ([\d, ]+) tanh units/.exec(text)?.[1].replace(/\s/g, '');
      assert(!!units, `prompt: ${text}`);
      await page.waitForFunction(
        (u) =>
          location.hash.includes(`nn.units=${u}`) ||
          location.hash.includes(`nn.units=${encodeURIComponent(u)}`),
        units!,
      );
      const layers = units!.split(',').length;
      await page.waitForFunction(
        (n) => location.hash.includes(`nn.layers=${n}`) || (n === 2 && !location.hash.includes('nn.layers=')),
        layers,
      );
      await t.screenshot('exercises-nn-parameter-count-new-numbers');

      await page.getByRole('tab', { name: 'Deep learning' }).click();
      const os = card(page, 'Predict the output size');
      await os.getByRole('button', { name: 'New numbers' }).click();
      const m = /a (\d) × \d kernel, stride (\d) and zero padding (\d)/.exec(
        ((await os.locator('.learn-prompt').textContent()) ?? '').replace(/\s+/g, ' '),
      );
      assert(!!m, 'output-size prompt');
      await page
        .waitForFunction(
          ([k, st, pad]) => {
            const q = new URLSearchParams(location.hash.split('?')[1] ?? '');
            const get = (key: string, d: string) => q.get(key) ?? d;
            return (
              get('deep.ks', '3') === k &&
              get('deep.stride', '1') === st &&
              get('deep.padding', get('deep.pad', '0')) === pad
            );
          },
          [m![1], m![2], m![3]] as const,
          { timeout: 5000 },
        )
        .catch(async () => {
          throw new Error(`address ${await page.evaluate(() => location.hash)} for ${m![0]}`);
        });
      await noNaN(page);
      await t.screenshot('exercises-deep-output-size-new-numbers');
    },
  },
];
