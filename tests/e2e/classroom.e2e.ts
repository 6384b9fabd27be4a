import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { assert, type E2ETest, type TestContext } from './harness';

const hashOf = (page: Page): Promise<string> => page.evaluate(() => window.location.hash);
const rootFontSize = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const isProjector = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.hasAttribute('data-projector'));

/** Clicks, waits for the download it starts, and returns the file's bytes and suggested name. */
async function download(page: Page, click: () => Promise<void>): Promise<{ bytes: Buffer; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const path = await dl.path();
  return { bytes: readFileSync(path), name: dl.suggestedFilename() };
}

async function addScene(page: Page, title: string, note = ''): Promise<string> {
  await page.getByRole('button', { name: 'Add to deck' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add this view to the deck' });
  await dialog.getByLabel('Title (optional)').fill(title);
  await dialog.getByLabel('Note for the class (optional)').fill(note);
  await dialog.getByRole('button', { name: 'Add scene' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return hashOf(page);
}

/** Three scenes on two pages: the probability page twice (two distributions) and the home page. */
async function buildDeck(t: TestContext): Promise<string[]> {
  await t.open('/probability?v=1&dist=exponential');
  await t.page.waitForSelector('svg.chart');
  const a = await addScene(t.page, 'Exponential', 'Memoryless: the density starts at its peak.');
  await t.open('/probability?v=1&dist=normal');
  await t.page.waitForSelector('svg.chart');
  const b = await addScene(t.page, 'Normal', 'Mean 0, sd 1.');
  await t.open('/');
  const c = await addScene(t.page, 'Where to start');
  assert(
    a.includes('dist=exponential') && b.includes('dist=normal') && c === '#/',
    `scene hashes ${a} | ${b} | ${c}`,
  );
  return [a, b, c];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** A static server over a private copy of dist/; `deploy()` changes its sw.js as a new build would. */
async function serveCopyOfDist(): Promise<{ url: string; deploy(): void; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mfml-deploy-'));
  cpSync('dist', dir, { recursive: true });
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: () => appendFileSync(join(dir, 'sw.js'), '\n// the next deploy\n'),
    close: () =>
      new Promise((ok) =>
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          ok();
        }),
      ),
  };
}

const deckTitles = (page: Page): Promise<string[]> =>
  page.locator('#deck-panel .deck-list .deck-go').allTextContents();

export const classroomTests: E2ETest[] = [
  {
    name: 'classroom: projector mode toggles by key P and by button and enlarges the root font size',
    async run(t) {
      await t.open('/probability');
      await t.page.waitForSelector('svg.chart path');
      await t.page.getByLabel('Theme').selectOption('light');
      assert((await rootFontSize(t.page)) === '16px', `normal root font ${await rootFontSize(t.page)}`);
      const normalStroke = await t.page.evaluate(
        () => getComputedStyle(document.querySelector('svg.chart .density-line')!).strokeWidth,
      );
      await t.page.locator('main h1').click();
      await t.page.keyboard.press('p');
      assert(await isProjector(t.page), 'P did not turn projector mode on');
      assert((await rootFontSize(t.page)) === '22px', `projector root font ${await rootFontSize(t.page)}`);
      const button = t.page.getByRole('button', { name: 'Projector mode' });
      assert((await button.getAttribute('aria-pressed')) === 'true', 'button not pressed in projector mode');
      assert(await t.page.getByRole('button', { name: 'Full screen' }).isVisible(), 'no Full screen button');
      const stroke = await t.page.evaluate(
        () => getComputedStyle(document.querySelector('svg.chart .density-line')!).strokeWidth,
      );
      assert(stroke === '4.5px', `projector density stroke ${stroke}`);
      await t.page.waitForTimeout(300);
      await t.screenshot('projector-light');
      await t.page.getByLabel('Theme').selectOption('dark');
      const bg = await t.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert(bg === 'rgb(0, 0, 0)', `dark projector background ${bg}`);
      await t.page.waitForTimeout(300);
      await t.screenshot('projector-dark');
      // Kept across a reload (localStorage), and P typed into a field does not toggle it.
      await t.page.reload();
      await t.page.waitForSelector('main h1');
      assert(await isProjector(t.page), 'projector mode was not remembered');
      const field = t.page.getByRole('spinbutton').first();
      await field.focus();
      await t.page.keyboard.press('p');
      assert(await isProjector(t.page), 'P in a text field toggled projector mode');
      await t.page.getByRole('slider').first().focus();
      await t.page.keyboard.press('p');
      assert(await isProjector(t.page), 'P on a slider toggled projector mode');
      await button.click();
      assert(!(await isProjector(t.page)), 'the button did not leave projector mode');
      assert((await rootFontSize(t.page)) === '16px', 'leaving did not restore the font size');
      console.log(`    projector: root font 16px → 22px, density stroke ${normalStroke} → ${stroke}`);
    },
  },
  {
    name: 'classroom: projector mode recolours the 3D scenes (pure black behind the linear-algebra scene on the dark projector)',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&dim=3');
      await page.locator('.la-canvas canvas').waitFor();
      await page.getByLabel('Theme').selectOption('dark');
      const corner = async () => {
        await page.waitForTimeout(400);
        await page.waitForFunction(
          () =>
            (document.querySelector('.la-canvas canvas') as HTMLCanvasElement | null)?.dataset.present !==
            'busy',
        );
        return page.evaluate(() => {
          const c = document.querySelector('.la-canvas canvas') as HTMLCanvasElement;
          const off = document.createElement('canvas');
          [off.width, off.height] = [c.width, c.height];
          const ctx = off.getContext('2d')!;
          ctx.drawImage(c, 0, 0);
          return Array.from(ctx.getImageData(2, 2, 1, 1).data.slice(0, 3));
        });
      };
      const dark = await corner();
      await page.locator('main h1').click();
      await page.keyboard.press('p');
      const projector = await corner();
      console.log(`    scene background: dark theme ${dark}, dark projector ${projector}`);
      assert(projector.join() === '0,0,0', `dark projector scene background ${projector}`);
      assert(dark.join() !== projector.join(), 'the scene kept its colours in projector mode');
    },
  },
  {
    name: 'classroom: projector mode hides panels marked .secondary and leaving it shows them again',
    async run(t) {
      await t.open('/');
      const teaching = t.page.getByRole('heading', { name: 'Teaching with it' });
      assert(await teaching.isVisible(), 'the secondary section is hidden outside projector mode');
      await t.page.getByRole('button', { name: 'Projector mode' }).click();
      assert(!(await teaching.isVisible()), 'projector mode did not hide the secondary section');
      await t.page.keyboard.press('p');
      assert(await teaching.isVisible(), 'leaving projector mode did not restore the secondary section');
    },
  },
  {
    name: 'classroom: a deck of three scenes across two pages steps forward and back by key and the URL follows',
    async run(t) {
      const hashes = await buildDeck(t);
      await t.page.getByRole('button', { name: /^Deck/ }).click();
      const panel = t.page.locator('#deck-panel');
      await panel.waitFor();
      assert(
        JSON.stringify(await deckTitles(t.page)) ===
          JSON.stringify(['1. Exponential', '2. Normal', '3. Where to start']),
        `deck ${await deckTitles(t.page)}`,
      );
      await t.screenshot('deck-panel');
      // Reorder by button and by keyboard (Alt+↑ on the focused item), rename, then restore the order.
      await panel.getByRole('button', { name: 'Move “Where to start” up' }).click();
      assert((await deckTitles(t.page))[1] === '2. Where to start', `after Up: ${await deckTitles(t.page)}`);
      await t.page.keyboard.press('Alt+ArrowDown');
      assert(
        (await deckTitles(t.page))[2] === '3. Where to start',
        `after Alt+↓: ${await deckTitles(t.page)}`,
      );
      await panel.getByRole('button', { name: 'Rename “Normal”' }).click();
      await panel.getByLabel('Title').fill('Standard normal');
      await panel.getByRole('button', { name: 'Save' }).click();
      assert(
        (await deckTitles(t.page))[1] === '2. Standard normal',
        `after rename: ${await deckTitles(t.page)}`,
      );

      await panel.getByRole('button', { name: 'Present', exact: true }).click();
      const where = t.page.locator('.presenter-where');
      const expect = async (i: number, title: string) => {
        // A page may complete a scene's address with its defaults (replace, no history entry): every
        // parameter of the scene must be in the address, with its value.
        await t.page.waitForFunction((h) => {
          const split = (x: string) => [x.split('?')[0], new URLSearchParams(x.split('?')[1] ?? '')] as const;
          const [wantPath, want] = split(h);
          const [path, have] = split(window.location.hash);
          return path === wantPath && [...want].every(([k, v]) => have.get(k) === v);
        }, hashes[i]);
        await t.page.waitForFunction(
          (text) => document.querySelector('.presenter-where')?.textContent === text,
          `Scene ${i + 1} of 3 — ${title}`,
        );
      };
      await expect(0, 'Exponential');
      assert(
        (await t.page.locator('.presenter-note').textContent())?.startsWith('Memoryless'),
        'note not shown',
      );
      assert(!(await t.page.locator('.topbar').isVisible()), 'the top bar stays visible while presenting');
      await t.page.keyboard.press('ArrowRight');
      await expect(1, 'Standard normal');
      // The page restored the scene's state from the address.
      await t.page.waitForFunction(
        () =>
          (document.querySelector('select[aria-label="Distribution"]') as HTMLSelectElement | null)?.value ===
          'normal',
      );
      await t.page.keyboard.press('PageDown');
      await expect(2, 'Where to start');
      await t.page.keyboard.press('ArrowRight'); // past the end: stays
      await expect(2, 'Where to start');
      await t.page.keyboard.press('ArrowLeft');
      await expect(1, 'Standard normal');
      await t.page.keyboard.press('PageUp');
      await expect(0, 'Exponential');
      await t.page.keyboard.press('Space');
      await expect(1, 'Standard normal');
      await t.page.waitForSelector('svg.chart path');
      await t.page.waitForTimeout(300);
      await t.screenshot('presenting');
      // A slider keeps its arrow keys while presenting.
      await t.page.getByRole('slider').first().focus();
      await t.page.keyboard.press('ArrowRight');
      assert(
        (await where.textContent())?.startsWith('Scene 2 of 3'),
        'an arrow on a slider changed the scene',
      );
      await t.page.locator('main h1').click();
      await t.page.keyboard.press('Escape');
      await where.waitFor({ state: 'detached' });
      assert(await t.page.locator('.topbar').isVisible(), 'the top bar did not come back');
    },
  },
  {
    name: 'classroom: presenting, the matrix morphs from one linear-algebra scene to the next (a jump under reduced motion)',
    async run(t) {
      const { page } = t;
      await t.open('/linear-algebra?v=1&a=1,0,0,1');
      await page.locator('.la-canvas canvas').waitFor();
      await addScene(page, 'Identity');
      await t.open('/linear-algebra?v=1&a=0,-1.5,1.5,0.5');
      await addScene(page, 'Rotate and stretch');
      await page.getByRole('button', { name: /^Deck/ }).click();
      await page.locator('#deck-panel').getByRole('button', { name: 'Present', exact: true }).click();
      await page.waitForFunction(() =>
        document.querySelector('.presenter-where')?.textContent?.startsWith('Scene 1'),
      );
      /** Distinct pictures on the scene's canvas, sampled every animation frame for `ms` after Right. */
      const picturesAfterRight = async (ms: number): Promise<number> => {
        await page.waitForTimeout(600);
        await page.keyboard.press('ArrowRight');
        return page.evaluate(
          `new Promise((done) => {
            const seen = new Set();
            const small = document.createElement('canvas');
            small.width = small.height = 48;
            const ctx = small.getContext('2d', { willReadFrequently: true });
            const end = performance.now() + ${ms};
            const sample = () => {
              const c = document.querySelector('.la-canvas canvas');
              if (c) {
                ctx.drawImage(c, 0, 0, 48, 48);
                const d = ctx.getImageData(0, 0, 48, 48).data;
                let h = 0;
                for (let i = 0; i < d.length; i += 4) h = (h * 31 + d[i] + 7 * d[i + 1] + 13 * d[i + 2]) >>> 0;
                seen.add(h);
              }
              if (performance.now() < end) requestAnimationFrame(sample);
              else done(seen.size);
            };
            requestAnimationFrame(sample);
          })`,
        );
      };
      const morphing = await picturesAfterRight(1400);
      await page.keyboard.press('ArrowLeft');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.waitForTimeout(1200);
      const stepped = await picturesAfterRight(1400);
      console.log(`    pictures after Right: ${morphing} with the morph, ${stepped} under reduced motion`);
      assert(morphing >= 5, `the scene change showed only ${morphing} pictures: no morph`);
      assert(stepped <= 3, `under reduced motion the scene change showed ${stepped} pictures`);
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'classroom: an exported deck link reproduces the deck in a fresh context; a damaged link changes nothing',
    async run(t) {
      await buildDeck(t);
      await t.page.getByRole('button', { name: /^Deck/ }).click();
      await t.page.getByRole('button', { name: 'Share link' }).click();
      const link = await t.page.getByLabel('Deck link').inputValue();
      assert(link.startsWith(`${t.base}/#/deck?z=`), `link ${link}`);
      const browser = t.context.browser()!;
      const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      try {
        await fresh.addInitScript('window.__name = (f) => f;');
        const page = await fresh.newPage();
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(link);
        await page.getByRole('heading', { name: 'Shared scene deck' }).waitFor();
        const shared = await page.locator('main .deck-list .deck-go').allTextContents();
        assert(
          JSON.stringify(shared) === JSON.stringify(['Exponential', 'Normal', 'Where to start']),
          `shared ${shared}`,
        );
        await page.getByRole('button', { name: 'Import this deck' }).click();
        await page.getByRole('button', { name: 'Open the deck' }).click();
        const imported = await deckTitles(page);
        assert(imported.join('|') === '1. Exponential|2. Normal|3. Where to start', `imported ${imported}`);
        const stored = await page.evaluate(() =>
          JSON.parse(window.localStorage.getItem('mfml-deck') ?? 'null'),
        );
        assert(stored?.version === 3 && stored.scenes.length === 3, `stored ${JSON.stringify(stored)}`);
        assert(stored.scenes[0].note.startsWith('Memoryless'), 'note lost on the way');
        // A link cut short: refused with an alert, and the deck just imported is untouched.
        await page.goto(link.slice(0, link.length - 7) + '!!');
        await page.getByRole('alert').filter({ hasText: 'cannot be read' }).waitFor();
        const after = await page.evaluate(() => window.localStorage.getItem('mfml-deck'));
        assert(after === JSON.stringify(stored, null, 2) + '\n', 'a damaged link changed the stored deck');
      } finally {
        await fresh.close();
      }
      assert(errors.length === 0, `console errors in the fresh context: ${errors.join(' | ')}`);
    },
  },
  {
    name: 'classroom: a deck downloads as JSON, imports from a file (migrating version 0), and a malformed file is refused',
    async run(t) {
      await buildDeck(t);
      await t.page.getByRole('button', { name: /^Deck/ }).click();
      const file = await download(t.page, () =>
        t.page.getByRole('button', { name: 'Download JSON' }).click(),
      );
      const json = JSON.parse(file.bytes.toString('utf8'));
      assert(
        file.name.endsWith('.json') && json.version === 3 && json.scenes.length === 3,
        `file ${file.name}`,
      );
      const chooser = t.page.locator('#deck-panel input[type=file]');
      await chooser.setInputFiles({
        name: 'old.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(['#/linear-algebra', '#/probability?v=1&dist=gamma'])),
      });
      await t.page.getByRole('status').filter({ hasText: 'converted from format 0' }).waitFor();
      const titles = await deckTitles(t.page);
      assert(titles.join('|') === '1. Linear algebra|2. Probability', `after v0 import ${titles}`);
      const before = await t.page.evaluate(() => window.localStorage.getItem('mfml-deck'));
      await chooser.setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"version":1,"scenes":[{"hash":"https://evil.example"}]}'),
      });
      const alert = t.page.locator('#deck-panel [role=alert]');
      await alert.waitFor();
      assert(
        /not an address of this playground.*unchanged/.test((await alert.textContent()) ?? ''),
        `alert ${await alert.textContent()}`,
      );
      await chooser.setInputFiles({
        name: 'worse.json',
        mimeType: 'application/json',
        buffer: Buffer.from('not json'),
      });
      await t.page.locator('#deck-panel [role=alert]').filter({ hasText: 'not JSON' }).waitFor();
      assert(
        (await t.page.evaluate(() => window.localStorage.getItem('mfml-deck'))) === before,
        'a refused file changed the deck',
      );
      assert((await deckTitles(t.page)).length === 2, 'a refused file changed the list');
    },
  },
  {
    name: "classroom: Export SVG of a probability chart is a parseable, self-contained SVG with the chart's paths",
    async run(t) {
      await t.open('/probability');
      await t.page.waitForSelector('svg.chart .density-line, svg.chart path');
      await t.page.getByRole('button', { name: 'Export', exact: true }).click();
      const first = t.page
        .locator('#export-panel')
        .getByRole('button', { name: /^Export SVG: / })
        .first();
      const label = ((await first.getAttribute('aria-label')) ?? '').replace('Export SVG: ', '');
      const file = await download(t.page, () => first.click());
      assert(file.name.endsWith('.svg'), `file name ${file.name}`);
      const check = await t.page.evaluate(
        ({ text, label }) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          const live = Array.from(document.querySelectorAll('main svg.chart')).find(
            (s) => s.getAttribute('aria-label') === label,
          )!;
          const livePaths = Array.from(live.querySelectorAll('path'))
            .filter((p) => !p.closest('.tooltip'))
            .map((p) => p.getAttribute('d'));
          const paths = Array.from(doc.querySelectorAll('path'));
          const styled = paths.filter((p) => /stroke:/.test(p.getAttribute('style') ?? '')).length;
          return {
            error: doc.querySelector('parsererror')?.textContent ?? null,
            ns: doc.documentElement.namespaceURI,
            viewBox: doc.documentElement.getAttribute('viewBox'),
            paths: paths.map((p) => p.getAttribute('d')),
            livePaths,
            styled,
            classRules: /var\(--/.test(text),
          };
        },
        { text: file.bytes.toString('utf8'), label },
      );
      assert(check.error === null, `SVG does not parse: ${check.error}`);
      assert(
        check.ns === 'http://www.w3.org/2000/svg' && !!check.viewBox,
        `root ${check.ns} ${check.viewBox}`,
      );
      assert(check.paths.length >= 3, `only ${check.paths.length} paths`);
      assert(
        check.livePaths.every((d) => check.paths.includes(d)),
        'a path of the live chart is missing from the SVG',
      );
      assert(
        check.styled === check.paths.length,
        `${check.paths.length - check.styled} paths without inline stroke`,
      );
      assert(!check.classRules, 'the SVG still refers to CSS variables');
      console.log(`    svg: "${label}", ${check.paths.length} paths, ${file.bytes.length} bytes`);
    },
  },
  {
    name: 'classroom: Export PNG of the linear-algebra view is a non-blank PNG at 2x',
    async run(t) {
      await t.open('/linear-algebra');
      const canvas = await t.page.waitForSelector('main canvas', { timeout: 15_000 }).catch(() => null);
      if (!canvas) {
        console.log('    SKIPPED (assertion): the linear-algebra page has no <canvas> in this build');
        return;
      }
      await t.page.waitForTimeout(800);
      const css = await t.page.evaluate(() => {
        const r = document.querySelector('main canvas')!.getBoundingClientRect();
        return { w: Math.round(r.width), h: Math.round(r.height) };
      });
      await t.page.getByRole('button', { name: 'Export', exact: true }).click();
      const button = t.page
        .locator('#export-panel')
        .getByRole('button', { name: /^Export PNG: / })
        .first();
      const file = await download(t.page, () => button.click());
      const b = file.bytes;
      assert(b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])), 'not a PNG signature');
      const w = b.readUInt32BE(16);
      const h = b.readUInt32BE(20);
      assert(w === css.w * 2 && h === css.h * 2, `PNG ${w}×${h}, canvas ${css.w}×${css.h} CSS px`);
      const stats = await t.page.evaluate(async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const c = document.createElement('canvas');
        c.width = bmp.width;
        c.height = bmp.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(bmp, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        const bg = d.slice(0, 4);
        let differ = 0;
        const colours = new Set<number>();
        for (let i = 0; i < d.length; i += 4 * 7) {
          if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 30) differ++;
          colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        }
        return { share: differ / (d.length / 28), colours: colours.size, alpha: d[3] };
      }, b.toString('base64'));
      assert(stats.share > 0.01 && stats.colours > 8, `PNG looks blank: ${JSON.stringify(stats)}`);
      assert(stats.alpha === 255, 'PNG background is transparent');
      console.log(`    png: ${w}×${h}, ${(stats.share * 100).toFixed(1)}% drawn, ${stats.colours} colours`);
    },
  },
  {
    name: 'classroom: Record video yields a WebM over 10 kB that a <video> element plays past 0.5 s',
    async run(t) {
      await t.open('/linear-algebra');
      const canvas = await t.page.waitForSelector('main canvas', { timeout: 15_000 }).catch(() => null);
      assert(canvas, 'no canvas on the linear-algebra page to record');
      await t.page.getByRole('button', { name: 'Export', exact: true }).click();
      const record = t.page
        .locator('#export-panel')
        .getByRole('button', { name: /^Record video: / })
        .first();
      await record.click();
      await t.page
        .getByRole('button', { name: 'Animate' })
        .click()
        .catch(() => undefined);
      const indicator = t.page.locator('#export-panel .rec-status');
      await t.page.waitForFunction(() =>
        /Recording [1-9] s of 20/.test(
          document.querySelector('#export-panel .rec-status')?.textContent ?? '',
        ),
      );
      // Clicking Animate (outside the menu) closes the menu; the recording goes on, and its red dot shows on
      // the Export button as well as in the panel. The dot and the seconds come from the same state; on a
      // loaded machine the dot's paint may trail.
      await t.page
        .locator('.export-menu .rec-dot')
        .first()
        .waitFor({ state: 'visible', timeout: 2000 })
        .catch(() => assert(false, 'no red dot while recording'));
      assert((await indicator.getAttribute('role')) === 'status', 'indicator is not a status');
      await t.screenshot('recording');
      await t.page.waitForFunction(() =>
        /Recording [2-9] s/.test(document.querySelector('#export-panel .rec-status')?.textContent ?? ''),
      );
      // Stop is in the menu: open it again if the click on Animate closed it.
      if (!(await t.page.locator('#export-panel').isVisible()))
        await t.page.getByRole('button', { name: 'Export', exact: true }).click();
      const file = await download(t.page, () =>
        t.page
          .locator('#export-panel')
          .getByRole('button', { name: /^Stop recording: / })
          .click(),
      );
      const b = file.bytes;
      assert(b.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])), 'not an EBML/WebM header');
      assert(b.length > 10_000, `WebM is only ${b.length} bytes`);
      const played = await t.page.evaluate(async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const video = document.createElement('video');
        video.muted = true;
        video.src = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
        document.body.appendChild(video);
        await new Promise((ok, fail) => {
          video.onloadedmetadata = ok;
          video.onerror = () => fail(new Error(`video error ${video.error?.code}`));
        });
        await video.play();
        const t0 = performance.now();
        while (video.currentTime <= 0.5 && performance.now() - t0 < 8000)
          await new Promise((r) => setTimeout(r, 50));
        const out = { time: video.currentTime, w: video.videoWidth, h: video.videoHeight };
        video.remove();
        return out;
      }, b.toString('base64'));
      assert(played.time > 0.5, `video stopped at ${played.time} s`);
      assert(played.w > 0 && played.h > 0, 'video has no picture size');
      console.log(
        `    webm: ${b.length} bytes, ${played.w}×${played.h}, played to ${played.time.toFixed(2)} s`,
      );
    },
  },
  {
    name: 'classroom: where MediaRecorder is missing, Record video is disabled and says so',
    async run(t) {
      await t.context.addInitScript('delete window.MediaRecorder;');
      await t.open('/linear-algebra');
      await t.page.waitForSelector('main canvas', { timeout: 15_000 });
      await t.page.getByRole('button', { name: 'Export', exact: true }).click();
      const button = t.page
        .locator('#export-panel')
        .getByRole('button', { name: /Record video/ })
        .first();
      assert(await button.isDisabled(), 'Record video is enabled without MediaRecorder');
      assert(
        /Recording is not supported in this browser/.test((await button.textContent()) ?? ''),
        'no reason given',
      );
    },
  },
  {
    name: 'classroom: "?" opens the keyboard shortcuts dialog and Escape closes it',
    async run(t) {
      await t.open('/');
      await t.page.keyboard.press('Shift+Slash');
      const dialog = t.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await dialog.waitFor();
      assert((await dialog.locator('tbody tr').count()) >= 6, 'too few shortcuts listed');
      await t.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    },
  },
  {
    name: 'classroom: every page reflows at 360 px without horizontal scrolling, sliders wide enough for a thumb',
    async run(t) {
      await t.page.setViewportSize({ width: 360, height: 740 });
      const overflow = () =>
        t.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await t.open('/');
      assert((await overflow()) <= 0, `home scrolls sideways by ${await overflow()} px at 360 px`);
      await t.screenshot('home-360');
      await t.page.getByRole('button', { name: /^Deck/ }).click();
      assert((await overflow()) <= 0, `the deck panel scrolls sideways at 360 px`);
      await t.page.getByRole('button', { name: 'Close the deck panel' }).click();
      await t.page.getByRole('button', { name: 'Export', exact: true }).click();
      assert((await overflow()) <= 0, `the export menu scrolls sideways at 360 px`);
      const routes = [
        '/linear-algebra',
        '/linear-algebra?v=1&dim=3&view=svd',
        '/linear-algebra?v=1&view=pca',
        '/calculus',
        '/probability',
        '/probability?v=1&tab=lln',
        '/probability?v=1&tab=clt',
        '/probability?v=1&tab=montecarlo',
        '/probability?v=1&tab=bayes',
        '/probability?v=1&tab=mcmc',
        '/probability?v=1&tab=information',
        '/machine-learning?v=1&tab=nn',
        '/machine-learning?v=1&tab=nn&nn.data=sine',
        '/machine-learning?v=1&tab=regression',
        '/paths',
      ];
      const problems: string[] = [];
      for (const route of routes) {
        await t.open(route);
        await t.page.waitForTimeout(800);
        const px = await overflow();
        const wide = await t.page.evaluate(() =>
          Array.from(document.querySelectorAll('main *'))
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 3)
            .map((e) => `${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').split(' ')[0]}`),
        );
        if (px > 0) problems.push(`${route} overflows by ${px} px (${wide.join(', ')})`);
        // Sliders stay wide enough to drag with a thumb.
        const narrow = await t.page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLInputElement>('main input[type="range"]'))
            .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().width < 100)
            .map(
              (e) =>
                `${e.getAttribute('aria-label') ?? e.id} ${e.getBoundingClientRect().width.toFixed(0)} px`,
            ),
        );
        if (narrow.length > 0)
          problems.push(`${route}: sliders too narrow for a thumb: ${narrow.join(', ')}`);
        if (
          route === '/calculus' ||
          route === '/probability?v=1&tab=mcmc' ||
          route.startsWith('/machine-learning')
        )
          await t.screenshot(`360-${route.replace(/\W+/g, '-')}`);
      }
      assert(problems.length === 0, problems.join('\n'));
    },
  },
  {
    name: 'classroom: a new deploy (a changed sw.js) takes over on the next visit and says "Updated to the latest version"',
    async run(t) {
      // Playwright cannot intercept a service worker's own script, so the "deploy" happens on a private copy
      // of dist/ served by a small static server, where sw.js can be changed between two visits.
      const site = await serveCopyOfDist();
      try {
        await t.page.goto(`${site.url}/#/`);
        await t.page.waitForSelector('main h1');
        await t.page.evaluate(async () => {
          await navigator.serviceWorker.ready;
          if (!navigator.serviceWorker.controller)
            await new Promise((r) =>
              navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
            );
        });
        const notice = t.page.getByRole('status').filter({ hasText: 'Updated to the latest version' });
        assert((await notice.count()) === 0, 'the first install announced an update');
        site.deploy();
        await t.page.reload();
        await t.page.waitForSelector('main h1');
        await notice.waitFor({ timeout: 15_000 });
        await t.screenshot('updated-notice');
        await notice.getByRole('button', { name: 'Dismiss' }).click();
        assert((await notice.count()) === 0, 'the notice did not go away');
      } finally {
        await site.close();
      }
    },
  },
  {
    name: 'classroom: offline — with the network cut after the first load, reloading still shows every page',
    async run(t) {
      await t.open('/');
      const build = await t.page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((r) =>
            navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
          );
        return new Promise<string>((resolve) => {
          navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data.build), { once: true });
          reg.active!.postMessage('version');
        });
      });
      assert(/^[0-9a-f]{16}$/.test(build), `service worker build ${build}`);
      let blocked = 0;
      await t.context.route('**/*', (route) => {
        blocked++;
        return route.abort('internetdisconnected');
      });
      await t.context.setOffline(true);
      const pages = [
        { route: '/', ready: 'main .cards' },
        { route: '/probability', ready: 'svg.chart path' },
        { route: '/linear-algebra', ready: 'main canvas' },
        { route: '/calculus', ready: 'main h1' },
      ];
      for (const { route, ready } of pages) {
        await t.page.evaluate((h) => (window.location.hash = h), `#${route}`);
        await t.page.reload();
        await t.page.waitForSelector('main h1', { timeout: 15_000 });
        await t.page.waitForSelector(ready, { timeout: 15_000 });
      }
      await t.screenshot('offline-calculus');
      assert(blocked > 0, 'no request reached the cut network: the test proves nothing');
      await t.context.setOffline(false);
      console.log(`    offline: build ${build}, ${blocked} network requests refused, every page rendered`);
    },
  },
];
