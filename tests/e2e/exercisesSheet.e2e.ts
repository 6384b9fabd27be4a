/**
 * Issue 21, "New numbers" and the teacher's exercise sheet: a seeded instance of an exercise, a link that
 * reproduces it, and a sheet of picked exercises with its questions and, separately, its answers.
 */
import { LEARNING_PATHS } from '../../src/app/learningPaths';
import { assert, type E2ETest } from './harness';
import { card, noNaN, seriousAxe } from './pageHelpers';

const COMPOSE = 'Predict: the determinant of a composition';
const SHEET =
  '/exercise-sheet?v=1&pick=linear-algebra/compose-det,probability/conditional-ten-double,calculus/gd-20-steps,linear-algebra/pca-axis&seed=42';

export const exercisesSheetTests: E2ETest[] = [
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
];
