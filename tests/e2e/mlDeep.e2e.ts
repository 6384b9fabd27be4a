import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { conv2d, rnnGradientNorms, spectralRadius } from '../../src/core';
import {
  computeHead,
  embeddingsOf,
  inputSequence,
  RNN_B,
  RNN_H0,
  RNN_U,
} from '../../src/stores/ml/deep/compute';
import { DEFAULT_PAINT, encodePaint } from '../../src/stores/ml/deep/images';
import { digitPixels, parseDigitsBytes } from '../../src/stores/ml/digits';
import { deepView } from '../../src/stores/ml/deep/view';
import { assert, SCREENSHOTS, type E2ETest } from './harness';
import { card, noNaN, shootPanel } from './pageHelpers';

const read = async (page: Page, label: string): Promise<number> => {
  const v = await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value');
  return v === null || v === '' ? NaN : Number(v);
};

async function setNumber(page: Page, name: string, value: string): Promise<void> {
  const f = page.getByRole('spinbutton', { name, exact: true });
  await f.fill(value);
  await f.press('Enter');
}

const close = (a: number, b: number, tol = 1e-12) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
const ROUTE = '/machine-learning?v=1&tab=deep';
/** The digits set the page loads (public/data/digits.bin), read here to compute the expected numbers. */
const DIGITS = parseDigitsBytes(new Uint8Array(readFileSync('public/data/digits.bin')));
const digitImage = (index: number) => digitPixels(DIGITS, index);
const READY = '.deep-tab .deep-grid';

export const mlDeepTests: E2ETest[] = [
  {
    name: 'machine learning deep: edit a kernel cell and read an output cell against the core; text in a cell is named and changes nothing (screenshot)',
    async run(t) {
      const { page } = t;
      await t.open(ROUTE);
      await page.waitForSelector(READY);
      // The default input is image 3 of the shipped digits set (a 3), loaded when the tab opens.
      await page.getByText('Image 3 of the 1,797 handwritten digits shows a 3').waitFor();
      assert((await read(page, 'output height')) === 6, 'an 8 × 8 digit and a 3 × 3 kernel give 6 rows');
      assert((await read(page, 'output width')) === 6, '6 columns');
      await setNumber(page, 'output row', '3');
      await setNumber(page, 'output column', '2');
      await setNumber(page, 'kernel 1,1', '2');
      const kernel = [
        [2, 0, 1],
        [-2, 0, 2],
        [-1, 0, 1],
      ];
      const expected = conv2d(digitImage(3), kernel)[2][1];
      const got = await read(page, 'output value');
      assert(close(got, expected), `output (3, 2) reads ${got}, the core gives ${expected}`);
      await page.waitForFunction(() => location.href.includes('deep.kernel=2'), undefined, { timeout: 2000 });

      // Stride 2 and padding 1: ⌊(8 + 2 − 3)/2⌋ + 1 = 4.
      await setNumber(page, 'stride', '2');
      await setNumber(page, 'padding', '1');
      assert((await read(page, 'output height')) === 4, 'stride 2, padding 1: 4 rows');
      const strided = conv2d(digitImage(3), kernel, { stride: 2, padding: 1 })[2][1];
      assert(close(await read(page, 'output value'), strided), 'output (3, 2) with stride 2 and padding 1');

      // Text in a kernel cell: a message beside it, the last kernel still in use, nothing lost.
      const cell = page.getByRole('spinbutton', { name: 'kernel 2,2', exact: true });
      await cell.fill('abc');
      await page.getByText('kernel 2,2: “abc” is not a number').waitFor();
      assert(close(await read(page, 'output value'), strided), 'the output keeps the last valid kernel');
      assert((await cell.inputValue()) === 'abc', 'the typed text stays for the student to fix');
      await cell.fill('0');
      // A stride past the limit is named.
      await setNumber(page, 'stride', '9');
      await page.getByText('stride 9 is larger than the 8 × 8 image').first().waitFor();
      assert((await read(page, 'output height')) === 4, 'the pictures keep the last stride that worked');
      await setNumber(page, 'stride', '1');
      // Padding that would empty the output is named with the formula; the pictures keep padding 1.
      await setNumber(page, 'padding', '-3');
      await page
        .getByText(
          /padding -3 crops the 8 × 8 image to 2 × 2, smaller than the 3 × 3 kernel: the output would be empty/,
        )
        .waitFor();
      assert((await read(page, 'output height')) === 8, 'the pictures keep padding 1 (8 rows at stride 1)');
      await setNumber(page, 'padding', '1');
      // Other digits of the set: the next one (a 4), then image 1796 typed; the output follows the core.
      await page.getByRole('button', { name: 'Next digit' }).click();
      await page.getByText('Image 4 of the 1,797 handwritten digits shows a 4').waitFor();
      await page.waitForFunction(() => location.href.includes('deep.digit=4'), undefined, { timeout: 2000 });
      const k2 = kernel.map((r, i) => r.map((x, j) => (i === 1 && j === 1 ? 0 : x)));
      const four = conv2d(digitImage(4), k2, { padding: 1 })[2][1];
      assert(close(await read(page, 'output value'), four), `digit 4: output (3, 2) ${four}`);
      await setNumber(page, 'digit', '1796');
      await page
        .getByText(`Image 1796 of the 1,797 handwritten digits shows a ${DIGITS.labels[1796]}`)
        .waitFor();
      const last = conv2d(digitImage(1796), k2, { padding: 1 })[2][1];
      assert(close(await read(page, 'output value'), last), `digit 1796: output (3, 2) ${last}`);
      await t.screenshot('ml-deep-conv-digit');
      await setNumber(page, 'digit', '3');
      await page.getByRole('combobox', { name: 'kernel preset' }).selectOption('sobel y');
      assert(
        (await page.getByRole('spinbutton', { name: 'kernel 1,2', exact: true }).inputValue()) === '-2',
        'Sobel y',
      );
      await page.getByRole('checkbox', { name: /ReLU/ }).check();
      await page.getByRole('checkbox', { name: /max pooling/ }).check();
      await page.getByRole('figure').filter({ hasText: 'after 2 × 2 max pooling' }).waitFor();
      await noNaN(page);
      await t.screenshot('ml-deep-conv');
    },
  },
  {
    name: 'machine learning deep: set a temperature and read an attention weight against the core; temperature 0 is one-hot in words; too many tokens named (screenshot)',
    async run(t) {
      const { page } = t;
      await t.open(`${ROUTE}&deep.q=3&deep.k=2`);
      await page.waitForSelector(READY);
      await setNumber(page, 'temperature', '0.5');
      const view = { ...deepView.defaults, temp: 0.5, q: 3, k: 2 };
      const head = computeHead(view, 1, embeddingsOf(view));
      const w = await read(page, 'attention weight');
      assert(close(w, head.weights[2][1]), `weight (3, 2) reads ${w}, the core gives ${head.weights[2][1]}`);
      assert(close(await read(page, 'attention score'), head.scores[2][1]), 'score (3, 2)');

      // Point at head 2's score (1, 3): its dot product is written out while the pointer is there.
      const head2 = page.getByRole('region', { name: 'head 2' });
      const scores2 = head2.locator('svg.deep-grid').first();
      const sb = (await scores2.boundingBox())!;
      const cellSize = (sb.width - 66) / 6;
      await page.mouse.move(sb.x + 65 + cellSize * 2.5, sb.y + 19 + cellSize * 0.5);
      await page.getByText('Under the pointer: head 2, query “the” (1) and key “sat” (3):').waitFor();
      await page.mouse.move(0, 0);
      await page.getByText('Head 1, query “sat” (3) and key “cat” (2):').waitFor();

      // Edit head 1's W_Q: the score follows the core with the new matrix.
      await page.getByRole('button', { name: /Edit W_Q, W_K, W_V of head 1/ }).click();
      await setNumber(page, 'head 1 W_Q 1,1', '1.5');
      const W = computeHead(view, 1, embeddingsOf(view)).W.map((M) => M.map((r) => r.slice()));
      W[0][0][0] = 1.5;
      const edited = { ...view, w1: W.flat(2) };
      const score = computeHead(edited, 1, embeddingsOf(edited)).scores[2][1];
      assert(close(await read(page, 'attention score'), score), 'score after editing W_Q 1,1');

      await setNumber(page, 'temperature', '0');
      await page.getByText(/Temperature 0 is taken as its limit/).waitFor();
      const hard = await read(page, 'attention weight');
      assert(hard === 0 || hard === 1, `one-hot weight at temperature 0, read ${hard}`);

      await page.getByRole('checkbox', { name: 'causal mask' }).check();
      await page.getByRole('combobox', { name: 'key token' }).selectOption('5');
      assert((await read(page, 'attention weight')) === 0, 'a later key is masked: weight 0');

      const tokens = page.getByRole('textbox', { name: 'tokens' });
      await tokens.fill('one two three four five six seven eight nine');
      await page.getByText(/at most 8 tokens: 9 typed/).waitFor();
      assert((await tokens.inputValue()).endsWith('nine'), 'the ninth token stays in the box');
      await noNaN(page);
      await tokens.fill('the cat sat on the mat');
      await setNumber(page, 'temperature', '1');
      // Drag token 2 in the embedding plot: its numbers change with it.
      const before = await page.getByRole('spinbutton', { name: 'embedding 2,1', exact: true }).inputValue();
      const dot = (await page.getByRole('button', { name: /^2 cat at/ }).boundingBox())!;
      await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
      await page.mouse.down();
      await page.mouse.move(dot.x + dot.width / 2 + 40, dot.y + dot.height / 2 + 30, { steps: 5 });
      await page.mouse.up();
      const after = await page.getByRole('spinbutton', { name: 'embedding 2,1', exact: true }).inputValue();
      assert(Number(after) > Number(before), `dragging token 2 right moves x from ${before} to ${after}`);
      await noNaN(page);

      await t.screenshot('ml-deep-attention');
    },
  },
  {
    name: 'machine learning deep: scale W and read the gradient norm at T = 30 against the core; a huge W is named, never NaN; the link opens Linear algebra',
    async run(t) {
      const { page } = t;
      await t.open(ROUTE);
      await page.waitForSelector(READY);
      await setNumber(page, 'W scale', '0.7');
      await setNumber(page, 'steps T', '30');
      const W = [
        [0.6 * 0.7, -0.8 * 0.7],
        [0.8 * 0.7, 0.6 * 0.7],
      ];
      const xs = inputSequence('sine', 0.1).map((x) => [x]);
      const norms = rnnGradientNorms(W, RNN_U, RNN_B, xs, RNN_H0);
      const g = await read(page, 'gradient norm');
      assert(close(g, norms[29], 1e-9), `gradient norm at T = 30 reads ${g}, the core gives ${norms[29]}`);
      assert(g < 1e-3, `W scale 0.7 vanishes below 1e-3 (${g})`);
      assert(close(await read(page, 'spectral radius of W'), spectralRadius(W), 1e-9), 'spectral radius 0.7');
      const href = await page.getByRole('link', { name: 'Open W in Linear algebra' }).getAttribute('href');
      assert(href?.startsWith('#/linear-algebra?') && href.includes('a=0.42'), `link ${href}`);

      await page.getByRole('checkbox', { name: 'gradient clipping' }).check();
      await setNumber(page, 'W scale', '3');
      assert((await read(page, 'clipped gradient norm')) <= 1, 'clipped at the threshold 1');

      // An entry of 1e300 saturates the first unit (its factor 1 − h² is 0): still a finite norm. 1e308 times
      // the scale overflows and is named.
      await setNumber(page, 'W 1,1', '1e300');
      const saturated = await read(page, 'gradient norm');
      assert(Number.isFinite(saturated), `W 1,1 = 1e300: a finite gradient norm (${saturated})`);
      await setNumber(page, 'W 1,1', '1e308');
      await page
        .getByText(/W × W scale overflows/)
        .first()
        .waitFor();
      assert(Number.isNaN(await read(page, 'gradient norm')), 'no gradient norm for an overflowing W');
      await noNaN(page, { pattern: /NaN|undefined/ });
      await setNumber(page, 'W 1,1', '0.6');
      await setNumber(page, 'W scale', '0.7');
      await t.screenshot('ml-deep-rnn');
      await page.getByRole('link', { name: 'Open W in Linear algebra' }).click();
      await page.waitForFunction(() => location.hash.startsWith('#/linear-algebra'), undefined, {
        timeout: 2000,
      });
      await page.locator('main canvas').first().waitFor();
    },
  },
  {
    name: 'machine learning deep: keyboard paints the grid, steps the window and moves a token; the address keeps it all',
    async run(t) {
      const { page } = t;
      await t.open(`${ROUTE}&deep.img=paint`);
      await page.waitForSelector(READY);
      const grid = page.getByRole('application', { name: /paint grid/ });
      await grid.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      const painted = DEFAULT_PAINT.slice();
      painted[17] = 1;
      await page.waitForFunction((hex) => location.href.includes(`deep.paint=${hex}`), encodePaint(painted), {
        timeout: 2000,
      });
      await page.getByRole('button', { name: 'Next window' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      assert(
        (await page.getByRole('spinbutton', { name: 'output column', exact: true }).inputValue()) === '3',
        'two steps: column 3',
      );
      const point = page.getByRole('button', { name: /^1 the at/ });
      await point.focus();
      await page.keyboard.press('ArrowRight');
      const x = await page.getByRole('spinbutton', { name: 'embedding 1,1', exact: true }).inputValue();
      assert(x === '1.1', `token 1 moved right by 0.1 (${x})`);
      await page.waitForFunction(() => location.href.includes('deep.emb=1.1'), undefined, { timeout: 2000 });
      // A slider moved: its section recomputes and re-renders synchronously in the input event. This machine is
      // shared with other runs (load 8–10 on 2 cores while this was written), which slows single moves 2–4× at
      // random: the fastest of 8 moves must fit a 60 Hz frame; all 8 are printed.
      for (const name of ['W scale', 'temperature', 'steps T']) {
        const ms = await page.evaluate(async (label) => {
          const el = document.querySelector<HTMLInputElement>(`input[type=range][aria-label="${label}"]`)!;
          const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          const out: number[] = [];
          for (let i = 0; i < 8; i++) {
            const t0 = performance.now();
            set.call(el, String(Number(el.min) + ((Number(el.max) - Number(el.min)) * (i + 2)) / 12));
            el.dispatchEvent(new Event('input', { bubbles: true }));
            out.push(performance.now() - t0);
            await new Promise((r) => setTimeout(r, 50));
          }
          return out.sort((a, b) => a - b);
        }, name);
        console.log(`    ${name}: ${ms.map((x) => Math.round(x)).join(', ')} ms per move (sorted)`);
        assert(ms[0] < 16, `moving ${name} takes ${ms[0]} ms (fastest of 8)`);
      }
      const url = page.url();
      await t.open(url.slice(url.indexOf('#') + 1));
      await page.waitForSelector(READY);
      assert(
        (await page.getByRole('spinbutton', { name: 'embedding 1,1', exact: true }).inputValue()) === '1.1',
        'reloaded',
      );
      await noNaN(page);
    },
  },
  {
    name: 'machine learning deep: Theory with the tab numbers, a prediction checked, the live task, the Code panel (screenshots)',
    async run(t) {
      const { page } = t;
      await t.open(`${ROUTE}&deep.wscale=0.9`);
      await page.waitForSelector(READY);
      await page.getByRole('button', { name: 'Exercises', exact: true }).click();
      const size = card(page, 'Predict the output size');
      await size.getByRole('textbox').first().fill('6');
      await size.getByRole('button', { name: 'Check', exact: true }).click();
      await size.getByRole('status').getByText('Correct').waitFor();
      assert(
        (await read(page, 'output height')) === 6,
        'the page shows the 16 × 16, 5 × 5, stride 3, padding 2 scene',
      );
      const vanish = card(page, 'Make the gradient vanish by T = 30');
      await vanish.getByRole('button', { name: 'Check the page' }).click();
      await vanish.getByRole('status').getByText('Not yet').waitFor();
      await setNumber(page, 'W scale', '0.78');
      await vanish.getByRole('button', { name: 'Check the page' }).click();
      await vanish.getByRole('status').getByText('Correct').waitFor();
      await shootPanel(t, 'Exercises', 'ml-deep-exercises');

      await page.getByRole('button', { name: 'Theory', exact: true }).click();
      const theory = page.getByRole('region', { name: 'Theory', exact: true });
      for (const summary of await theory.locator('summary').all()) {
        const open = await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open);
        if (!open) await summary.click();
      }
      const errors = await theory.locator('.katex-error').count();
      assert(errors === 0, `${errors} KaTeX errors`);
      const text = (await theory.textContent()) ?? '';
      assert(text.includes('ρ(W) = 0.78'), `the theory names the page's ρ: ${text.slice(0, 300)}`);
      await noNaN(page);
      await shootPanel(t, 'Theory', 'ml-deep-theory');

      await page.getByRole('button', { name: 'Code', exact: true }).click();
      const code = (await page.getByLabel('Python code').textContent()) ?? '';
      for (const part of [
        'F.conv2d(',
        'F.scaled_dot_product_attention(',
        'torch.autograd.functional.jacobian(',
        'W = np.array([[0.6, -0.8], [0.8, 0.6]]) * 0.78',
      ])
        assert(code.includes(part), `the code lacks ${part}`);
      await shootPanel(t, 'Code', 'ml-deep-code');
    },
  },
  {
    name: 'machine learning deep: dark theme and 360 px without clipping (screenshots)',
    async run(t) {
      const { page } = t;
      await t.context.addInitScript(`try { localStorage.setItem('mfml-theme', 'dark'); } catch (e) {}`);
      await t.open(`${ROUTE}&deep.relu=1&deep.pool=1`);
      await page.waitForSelector(READY);
      await t.screenshot('ml-deep-dark');
      for (const [id, name] of [
        ['deep-conv-title', 'conv'],
        ['deep-att-title', 'attention'],
        ['deep-rnn-title', 'rnn'],
      ])
        await page
          .locator(`section[aria-labelledby="${id}"]`)
          .screenshot({ path: `${SCREENSHOTS}/ml-deep-dark-${name}.png` });
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 0, `the page scrolls sideways by ${overflow} px at 360 px`);
      await t.screenshot('ml-deep-360');
      for (const [id, name] of [
        ['deep-conv-title', 'conv'],
        ['deep-att-title', 'attention'],
        ['deep-rnn-title', 'rnn'],
      ])
        await page
          .locator(`section[aria-labelledby="${id}"]`)
          .screenshot({ path: `${SCREENSHOTS}/ml-deep-360-${name}.png` });
      await noNaN(page);
    },
  },
  {
    name: 'machine learning deep: a scene added to the deck with a kernel cell, temperature and W scale set opens with the same readouts in a fresh page',
    async run(t) {
      const { page } = t;
      await t.open(ROUTE);
      await page.waitForSelector(READY);
      await page.getByText(/Image 3 of the 1,797 handwritten digits/).waitFor();
      const READOUTS = [
        'output height',
        'output value',
        'attention score',
        'attention weight',
        'gradient norm',
        'spectral radius of W',
      ];
      const readAll = async () => {
        const out: Record<string, number> = {};
        for (const name of READOUTS) out[name] = await read(page, name);
        return out;
      };
      const defaults = await readAll();
      // The issue's control names, exactly (one control each).
      const one = async (role: 'spinbutton' | 'combobox' | 'checkbox', name: string) => {
        const count = await page.getByRole(role, { name, exact: true }).count();
        assert(count === 1, `${count} ${role}s named exactly "${name}"`);
      };
      await page.getByRole('combobox', { name: 'kernel size', exact: true }).selectOption('5');
      for (const name of ['kernel 1,1', 'kernel 5,5', 'stride', 'padding', 'output row', 'output column'])
        await one('spinbutton', name);
      await page.getByRole('combobox', { name: 'kernel size', exact: true }).selectOption('3');
      for (const name of ['temperature', 'W scale', 'steps T', 'digit']) await one('spinbutton', name);
      for (const name of ['kernel preset', 'query token', 'key token']) await one('combobox', name);
      await one('checkbox', 'causal mask');
      for (const name of READOUTS) assert(Number.isFinite(defaults[name]), `readout ${name}`);
      await page.getByRole('button', { name: 'Next digit' }).click();
      await setNumber(page, 'kernel 2,2', '3');
      await setNumber(page, 'stride', '2');
      await setNumber(page, 'output row', '2');
      await setNumber(page, 'output column', '3');
      await setNumber(page, 'temperature', '0.4');
      await page.getByRole('combobox', { name: 'query token' }).selectOption('4');
      await setNumber(page, 'W scale', '1.3');
      await setNumber(page, 'steps T', '20');
      // The expected numbers from the core for that scene.
      const view = {
        ...deepView.defaults,
        digit: 4,
        kernel: [
          [-1, 0, 1],
          [-2, 3, 2],
          [-1, 0, 1],
        ],
        stride: 2,
        temp: 0.4,
        q: 4,
      };
      const head = computeHead(view, 1, embeddingsOf(view));
      const W = [
        [0.6 * 1.3, -0.8 * 1.3],
        [0.8 * 1.3, 0.6 * 1.3],
      ];
      const norms = rnnGradientNorms(
        W,
        RNN_U,
        RNN_B,
        inputSequence('sine', 0.1).map((x) => [x]),
        RNN_H0,
      );
      const set = await readAll();
      const expected: Record<string, number> = {
        'output height': 3,
        'output value': conv2d(digitImage(4), view.kernel, { stride: 2 })[1][2],
        'attention score': head.scores[3][0],
        'attention weight': head.weights[3][0],
        'gradient norm': norms[19],
        'spectral radius of W': 1.3,
      };
      for (const name of READOUTS) {
        assert(close(set[name], expected[name], 1e-9), `${name}: page ${set[name]}, core ${expected[name]}`);
        assert(set[name] !== defaults[name], `${name} differs from the default view (${defaults[name]})`);
      }
      await page.getByRole('button', { name: 'Add to deck' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add this view to the deck' });
      await dialog.getByLabel('Title (optional)').fill('Deep: digit 4, T 0.4, W × 1.3');
      await dialog.getByRole('button', { name: 'Add scene' }).click();
      await dialog.waitFor({ state: 'hidden' });

      // A fresh page (the app reloaded from nothing, the deck kept in this browser): the defaults again.
      await page.goto('about:blank');
      await t.open(ROUTE);
      await page.waitForSelector(READY);
      await page.getByText(/Image 3 of the 1,797 handwritten digits/).waitFor();
      const fresh = await readAll();
      for (const name of READOUTS)
        assert(
          fresh[name] === defaults[name],
          `fresh page: ${name} ${fresh[name]}, default ${defaults[name]}`,
        );

      await page.getByRole('button', { name: /^Deck/ }).click();
      const scene = page.locator('#deck-panel li').filter({ hasText: 'Deep: digit 4, T 0.4, W × 1.3' });
      await scene.locator('.deck-go').click();
      await page.getByText(/Image 4 of the 1,797 handwritten digits/).waitFor();
      await page.waitForFunction(() => location.href.includes('deep.wscale=1.3'), undefined, {
        timeout: 5000,
      });
      const back = await readAll();
      for (const name of READOUTS)
        assert(back[name] === set[name], `from the deck: ${name} ${back[name]}, when added ${set[name]}`);
      assert(
        (await page.getByRole('spinbutton', { name: 'kernel 2,2', exact: true }).inputValue()) === '3',
        'the kernel cell came back',
      );
      await noNaN(page);
      console.log(`    deck scene: ${READOUTS.map((n) => `${n} ${back[n]}`).join('; ')}`);
    },
  },
  {
    name: 'machine learning deep: projector mode, light and dark (screenshots)',
    async run(t) {
      const { page } = t;
      await t.context.addInitScript(`try { localStorage.setItem('mfml-projector', '1'); } catch (e) {}`);
      await t.open(`${ROUTE}&deep.relu=1&deep.pool=1&deep.clip=1&deep.causal=1`);
      await page.waitForSelector(READY);
      await page.getByText(/Image 3 of the 1,797 handwritten digits/).waitFor();
      assert(
        await page.evaluate(() => document.documentElement.hasAttribute('data-projector')),
        'projector mode is on',
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 0, `projector mode scrolls sideways by ${overflow} px`);
      for (const [id, name] of [
        ['deep-conv-title', 'conv'],
        ['deep-att-title', 'attention'],
        ['deep-rnn-title', 'rnn'],
      ])
        await page
          .locator(`section[aria-labelledby="${id}"]`)
          .screenshot({ path: `${SCREENSHOTS}/ml-deep-projector-${name}.png` });
      await page.evaluate(() => localStorage.setItem('mfml-theme', 'dark'));
      await page.reload();
      await page.waitForSelector(READY);
      await page.getByText(/Image 3 of the 1,797 handwritten digits/).waitFor();
      await page
        .locator('section[aria-labelledby="deep-conv-title"]')
        .screenshot({ path: `${SCREENSHOTS}/ml-deep-projector-dark-conv.png` });
      await noNaN(page);
    },
  },
];
