import { assert, SCREENSHOTS, type E2ETest } from './harness';
import { fixture, setMatrix } from './linalgHelpers';
import { card, noNaN, seriousAxe, shootPanel } from './pageHelpers';
import { frames } from './webglHelpers';

const DET_ZERO = 'Make det(A) = 0 without setting any entry to zero';

export const learnLinalgTests: E2ETest[] = [
  {
    name: 'learn linalg: det-zero solved through the UI ("Not yet" first, then "Correct"), a prediction, progress',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      await page.getByRole('button', { name: 'Exercises', exact: true }).click();
      const det = card(page, DET_ZERO);
      await det.getByRole('button', { name: 'Check the page' }).click();
      const status = det.getByRole('status');
      await status.getByText('Not yet').waitFor();
      const first = (await status.textContent()) ?? '';
      assert(first.startsWith('Not yet: det(A) = 1.25'), `status: ${first}`);

      // A singular matrix without zeros: the second row twice the first.
      await setMatrix(page, [
        [1.5, -0.5],
        [3, -1],
      ]);
      await det.getByRole('button', { name: 'Check the page' }).click();
      await status.getByText('Correct').waitFor();
      const text = (await status.textContent()) ?? '';
      assert(text.startsWith('Correct'), `status: ${text}`);
      assert(
        /1 of \d+ solved/.test((await page.getByLabel('exercise progress').textContent()) ?? ''),
        'progress',
      );
      // Σ = A·Aᵀ is singular too: the covariance link is shown disabled, with the reason.
      await page.getByText(/Σ = A·Aᵀ is singular/).waitFor();
      assert(
        (await page.getByRole('link', { name: 'Use as covariance' }).count()) === 0,
        'no covariance link',
      );
      await page
        .getByRole('region', { name: 'on other pages' })
        .screenshot({ path: `${SCREENSHOTS}/learn-linalg-links-singular-light.png` });

      // A prediction: commit, then the page shows the shear and plays it.
      const shear = card(page, 'Predict: the area after a shear');
      await shear.getByRole('textbox', { name: 'Predict: the area after a shear: det S' }).fill('1');
      await shear.getByRole('button', { name: 'Check', exact: true }).click();
      await shear.getByRole('status').getByText('Correct').waitFor();
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="trace"]')?.getAttribute('data-value') === '2',
      );
      await noNaN(page);
      await shootPanel(t, 'Exercises', 'learn-linalg-exercises-light');
      await page.getByLabel('Theme').selectOption('dark');
      await shootPanel(t, 'Exercises', 'learn-linalg-exercises-dark');
    },
  },
  {
    name: 'learn linalg: the Code panel of a fixture matrix holds its exact numbers; Theory panel in both themes',
    async run(t) {
      const { page } = t;
      const a = fixture('random3_1').A;
      await t.open(`/linear-algebra?v=1&dim=3&a=${a.flat().join(',')}`);
      await page.getByRole('button', { name: 'Code', exact: true }).click();
      const code = (await page.getByLabel('Python code').textContent()) ?? '';
      for (const row of a) {
        const line = `    [${row.join(', ')}],`;
        assert(code.includes(line), `the code lacks the row ${line}:\n${code}`);
      }
      assert(code.includes('np.linalg.svd(A)') && code.includes('np.linalg.inv(A)'), 'svd and inv calls');
      await shootPanel(t, 'Code', 'learn-linalg-code-light');

      await page.getByRole('button', { name: 'Code', exact: true }).click();
      await page.getByRole('button', { name: 'Theory', exact: true }).click();
      const theory = page.getByRole('region', { name: 'Theory', exact: true });
      // Open every section, to see them all.
      for (const summary of await theory.locator('summary').all()) {
        const open = await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
        if (!open) await summary.click();
      }
      await theory
        .locator('.katex-error')
        .count()
        .then((n) => assert(n === 0, `${n} KaTeX errors`));
      const det = (await theory.locator('.learn-theory').first().textContent()) ?? '';
      assert(det.includes('-0.111'), `the determinant's formula uses a11 = -0.111: ${det.slice(0, 200)}`);
      await noNaN(page);
      await shootPanel(t, 'Theory', 'learn-linalg-theory-light');
      await page.getByLabel('Theme').selectOption('dark');
      await shootPanel(t, 'Theory', 'learn-linalg-theory-dark');
      await page.getByRole('button', { name: 'Code', exact: true }).click();
      await shootPanel(t, 'Code', 'learn-linalg-code-dark');
    },
  },
  {
    name: 'learn linalg: "Explore f(x) = ½ xᵀAx" opens the calculus page with f, and back returns to the matrix',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      const a = fixture('general2').A;
      await setMatrix(page, a);
      // Followed at once: the link itself makes sure the history entry behind it holds this matrix.
      await page.getByRole('link', { name: 'Explore f(x) = ½ xᵀAx' }).click();
      await page.waitForFunction(() => location.hash.startsWith('#/calculus'));
      const field = page.getByRole('textbox', { name: 'f(x, y)', exact: true });
      await field.waitFor();
      const fn = await field.inputValue();
      assert(fn === '1.5*x^2 + 0.5*x*y + 0.25*y^2', `f(x, y) field holds ${fn}`);
      await page.goBack();
      await page.waitForFunction(() => location.hash.startsWith('#/linear-algebra'));
      await page.getByRole('spinbutton', { name: 'a22 value', exact: true }).waitFor();
      for (let i = 0; i < 2; i++)
        for (let j = 0; j < 2; j++) {
          const v = await page
            .getByRole('spinbutton', { name: `a${i + 1}${j + 1} value`, exact: true })
            .inputValue();
          assert(Number(v) === a[i][j], `a${i + 1}${j + 1} = ${v} after back, expected ${a[i][j]}`);
        }
      await page.waitForFunction((part) => location.href.includes(part), 'a=3,-1,2,0.5', { timeout: 2000 });
      // The covariance link goes to the MCMC tab with a typed log-density.
      const href = (await page.getByRole('link', { name: 'Use as covariance' }).getAttribute('href')) ?? '';
      assert(
        href.startsWith('#/probability?') && href.includes('tab=mcmc') && href.includes('mcmc.target=custom'),
        href,
      );
      await noNaN(page);
      await page.getByLabel('Theme').selectOption('dark');
      await page
        .getByRole('region', { name: 'on other pages' })
        .screenshot({ path: `${SCREENSHOTS}/learn-linalg-links-dark.png` });
    },
  },
  {
    name: 'learn linalg: axe finds no serious violation in the open Theory, Exercises and Code panels and the links (light, dark)',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra');
      for (const name of ['Theory', 'Exercises', 'Code'])
        await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('region', { name: 'Code', exact: true }).waitFor();
      const regions = ['#learn-theory', '#learn-exercises', '#learn-code', '.la-links'];
      for (const theme of ['light', 'dark']) {
        await page.getByLabel('Theme').selectOption(theme);
        await frames(page, 2);
        const found = await seriousAxe(page, regions);
        assert(found.length === 0, `${theme}: ${found.length} axe violations:\n  ${found.join('\n  ')}`);
      }
    },
  },
];
