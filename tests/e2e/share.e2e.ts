import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { encodeDeckJson, encodeDeckParam } from '../../src/app/deck/deckCodec';
import { LECTURE } from '../unit/app/deckLinkLecture';
import { assert, type E2ETest, type TestContext } from './harness';

/** Puts a deck in this browser's storage (as the app keeps it) and reloads so the store reads it. */
async function seedDeck(t: TestContext, json: string): Promise<void> {
  await t.open('/');
  await t.page.evaluate((text) => window.localStorage.setItem('mfml-deck', text), json);
  await t.page.reload();
  await t.page.locator('main h1').first().waitFor();
}

/** Clicks, waits for the download it starts, and returns the file's bytes and suggested name. */
async function download(page: Page, click: () => Promise<void>): Promise<{ bytes: Buffer; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return { bytes: readFileSync(await dl.path()), name: dl.suggestedFilename() };
}

const panelHidden = (page: Page) =>
  page.locator('#export-panel').evaluate((el) => (el as HTMLElement).hidden);
const exportButton = (page: Page) => page.getByRole('button', { name: 'Export', exact: true });

/**
 * Plays a recorded video in the page: its size, how far it played, and two frames (early and late) as the
 * share of pixels that differ between them, with the late frame left on screen for a screenshot.
 */
async function playInPage(page: Page, bytes: Buffer, type: string) {
  return page.evaluate(
    async ({ base64, type }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const video = document.createElement('video');
      video.muted = true;
      video.src = URL.createObjectURL(new Blob([data], { type }));
      document.body.appendChild(video);
      await new Promise((ok, fail) => {
        video.onloadedmetadata = ok;
        video.onerror = () => fail(new Error(`video error ${video.error?.code}`));
      });
      const grab = () => {
        const c = document.createElement('canvas');
        c.width = video.videoWidth;
        c.height = video.videoHeight;
        c.getContext('2d')!.drawImage(video, 0, 0);
        return c;
      };
      await video.play();
      const t0 = performance.now();
      while (video.currentTime <= 0.3 && performance.now() - t0 < 8000)
        await new Promise((r) => setTimeout(r, 30));
      const early = grab().getContext('2d')!.getImageData(0, 0, video.videoWidth, video.videoHeight).data;
      while (!video.ended && video.currentTime <= 4 && performance.now() - t0 < 15000)
        await new Promise((r) => setTimeout(r, 50));
      const lateCanvas = grab();
      const late = lateCanvas.getContext('2d')!.getImageData(0, 0, video.videoWidth, video.videoHeight).data;
      let changed = 0;
      let ink = 0;
      for (let i = 0; i < late.length; i += 4) {
        if (
          Math.abs(late[i] - early[i]) +
            Math.abs(late[i + 1] - early[i + 1]) +
            Math.abs(late[i + 2] - early[i + 2]) >
          60
        )
          changed++;
        if (
          Math.abs(late[i] - late[0]) + Math.abs(late[i + 1] - late[1]) + Math.abs(late[i + 2] - late[2]) >
          60
        )
          ink++;
      }
      const out = {
        w: video.videoWidth,
        h: video.videoHeight,
        time: video.currentTime,
        changed: changed / (late.length / 4),
        ink: ink / (late.length / 4),
      };
      video.remove();
      // The late frame, on top of the page, for the screenshot.
      lateCanvas.id = 'share-video-frame';
      lateCanvas.style.cssText =
        'position:fixed;left:0;top:0;z-index:9999;max-width:100vw;border:2px solid red';
      document.body.appendChild(lateCanvas);
      return out;
    },
    { base64: bytes.toString('base64'), type },
  );
}

const sharedTitles = (page: Page) => page.locator('main .deck-list .deck-go').allTextContents();

export const shareTests: E2ETest[] = [
  {
    name: 'share: the 7-scene lecture deck makes a short link (< 1,000 characters) with a QR code, and the link opens the deck',
    async run(t) {
      await seedDeck(t, encodeDeckJson(LECTURE));
      await t.page.getByRole('button', { name: /^Deck/ }).click();
      await t.page.getByRole('button', { name: 'Share link' }).click();
      const field = t.page.getByLabel('Deck link');
      await field.waitFor();
      const link = await field.inputValue();
      const param = link.split('z=')[1] ?? '';
      console.log(
        `    short link: ${link.length} characters (z= ${param.length}; base ${t.base.length + 1})`,
      );
      assert(link.startsWith(`${t.base}/#/deck?z=`), `link ${link.slice(0, 80)}`);
      assert(link.length < 900, `link of ${link.length} characters`);
      const qr = t.page.locator('canvas.share-qr[data-state="drawn"]');
      await qr.waitFor({ timeout: 10_000 });
      const box = await qr.boundingBox();
      assert(
        box && box.width >= 200 && Math.abs(box.width - box.height) < 2,
        `QR box ${JSON.stringify(box)}`,
      );
      // Dark modules and light ones: the code was drawn, not left blank.
      const ink = await qr.evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let dark = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] < 128) dark++;
        return dark / (d.length / 4);
      });
      assert(ink > 0.25 && ink < 0.6, `QR dark share ${ink}`);
      await t.screenshot('share-link-qr');
      await t.page.setViewportSize({ width: 360, height: 740 });
      await qr.scrollIntoViewIfNeeded();
      const narrow = await qr.boundingBox();
      assert(
        narrow && narrow.x >= 0 && narrow.x + narrow.width <= 360,
        `QR at 360 px ${JSON.stringify(narrow)}`,
      );
      await t.page.screenshot({ path: 'test-results/screenshots/share-link-qr-360.png' });
      await t.page.setViewportSize({ width: 1280, height: 900 });

      await t.page.goto(link);
      await t.page.getByRole('heading', { name: 'Shared scene deck' }).waitFor();
      await t.page.getByText('A deck of 7 scenes').waitFor();
      const titles = await sharedTitles(t.page);
      assert(
        JSON.stringify(titles) === JSON.stringify(LECTURE.scenes.map((s) => s.title)),
        `titles ${titles}`,
      );
      const hrefs = await t.page
        .locator('main .deck-list .deck-go')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert(
        JSON.stringify(hrefs) === JSON.stringify(LECTURE.scenes.map((s) => s.hash)),
        'scene addresses changed on the way',
      );
      // An old uncompressed link of the same deck still opens.
      await t.page.goto(`${t.base}/#/deck?d=${encodeDeckParam(LECTURE)}`);
      await t.page.getByText('A deck of 7 scenes').waitFor();
      // A short link cut short is refused with a sentence.
      await t.page.goto(link.slice(0, link.length - 40));
      await t.page.getByRole('alert').filter({ hasText: 'cannot be read' }).waitFor();
    },
  },
  {
    name: 'share: the Export menu closes after an export, on Escape, on a click outside and on moving to another page',
    async run(t) {
      const { page } = t;
      await t.open('/probability');
      await page.waitForSelector('main svg.chart path');
      await exportButton(page).click();
      assert(!(await panelHidden(page)), 'the menu did not open');
      const file = await download(page, () =>
        page
          .locator('#export-panel')
          .getByRole('button', { name: /^Export SVG: / })
          .first()
          .click(),
      );
      assert(file.name.endsWith('.svg'), `file ${file.name}`);
      await page.waitForFunction(() => (document.getElementById('export-panel') as HTMLElement).hidden);
      assert(
        await exportButton(page).evaluate(
          (b) => b === document.activeElement && b.getAttribute('aria-expanded') === 'false',
        ),
        'focus is not back on the Export button after the export',
      );
      await page
        .getByRole('status')
        .filter({ hasText: /^Saved the SVG of / })
        .waitFor({ state: 'attached' });

      await exportButton(page).click();
      assert(!(await panelHidden(page)), 'the menu did not reopen');
      await page.keyboard.press('Escape');
      assert(await panelHidden(page), 'Escape left the menu open');

      await exportButton(page).click();
      await page.locator('main h1').click();
      assert(await panelHidden(page), 'a click outside left the menu open');

      await exportButton(page).click();
      assert(!(await panelHidden(page)), 'the menu did not reopen');
      // Moving by the address (back/forward or a link followed by keyboard) closes it too.
      await page.evaluate(() => (window.location.hash = '#/calculus'));
      await page
        .getByRole('heading', { level: 1 })
        .filter({ hasText: /Calculus/i })
        .waitFor();
      assert(await panelHidden(page), 'moving to another page left the menu open');
      assert(
        (await exportButton(page).getAttribute('aria-expanded')) === 'false',
        'aria-expanded stayed true',
      );
    },
  },
  {
    name: 'share: a recorded video of the 2-D contour race is WebM at least 720 px wide, plays, and shows the paths moving',
    async run(t) {
      const { page } = t;
      await page.setViewportSize({ width: 1280, height: 720 });
      await t.open(`/calculus?v=1&opt=gd,momentum,adam`);
      await page.waitForSelector('.calc-bands path');
      await exportButton(page).click();
      const label = 'Contour plot of f with descent directions and optimizer paths';
      await page
        .locator('#export-panel')
        .getByRole('button', { name: `Record video: ${label}` })
        .click();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('#export-panel .rec-status')].some((e) =>
            /Recording [5-9] s/.test(e.textContent ?? ''),
          ),
        undefined,
        { timeout: 20_000 },
      );
      if (await panelHidden(page)) await exportButton(page).click();
      const file = await download(page, () =>
        page
          .locator('#export-panel')
          .getByRole('button', { name: `Stop recording: ${label}` })
          .click(),
      );
      const b = file.bytes;
      assert(file.name.endsWith('.webm'), `file ${file.name}`);
      assert(b.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])), 'not an EBML/WebM header');
      await page.waitForFunction(() => (document.getElementById('export-panel') as HTMLElement).hidden);
      const played = await playInPage(page, b, 'video/webm');
      console.log(
        `    contour race video: ${b.length} bytes, ${played.w}×${played.h}, played to ${played.time.toFixed(2)} s, ${(played.changed * 100).toFixed(2)}% of pixels changed, ${(played.ink * 100).toFixed(1)}% drawn`,
      );
      assert(played.w >= 720, `video only ${played.w} px wide`);
      assert(played.time > 0.5, `video stopped at ${played.time} s`);
      assert(played.ink > 0.05, 'the video frame is blank');
      assert(played.changed > 0.001, 'the paths did not move in the video');
      await page
        .locator('#share-video-frame')
        .screenshot({ path: 'test-results/screenshots/share-contour-video-frame.png' });
    },
  },
  {
    name: 'share: at 360 px the CLT formula scrolls inside its box with a fading edge, and the λ₂/u₂ statement wraps whole',
    async run(t) {
      const { page } = t;
      await page.setViewportSize({ width: 360, height: 800 });
      await t.open('/probability?v=1&tab=clt');
      const clt = page.locator('main .tex-display', { hasText: '≈' }).first();
      await clt.waitFor();
      await clt.scrollIntoViewIfNeeded();
      const box = await clt.evaluate((el) => ({
        over: el.hasAttribute('data-overflow'),
        tab: (el as HTMLElement).tabIndex,
        mask: getComputedStyle(el).maskImage || getComputedStyle(el).getPropertyValue('-webkit-mask-image'),
        right: el.getBoundingClientRect().right,
      }));
      assert(box.over && box.tab === 0, `CLT formula not marked as scrolling: ${JSON.stringify(box)}`);
      assert(/gradient/.test(box.mask), `no fading edge: ${box.mask}`);
      assert(box.right <= 360, `the formula box sticks out: ${box.right}`);
      await page.screenshot({ path: 'test-results/screenshots/share-clt-formula-360.png' });
      await clt.focus();
      // Keyboard scrolling may be smooth (animated), so wait for it to settle rather than read at once.
      const atEnd = () => clt.evaluate((el) => el.scrollLeft + el.clientWidth >= el.scrollWidth - 2);
      for (let i = 0; i < 40 && !(await atEnd()); i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(50);
      }
      const end = await page
        .waitForFunction(
          (el) => !!el && el.scrollLeft + el.clientWidth >= el.scrollWidth - 2,
          await clt.elementHandle(),
          { timeout: 3000 },
        )
        .then(() => true)
        .catch(() => false);
      assert(end, 'arrow keys did not scroll the formula to its end');
      await page.screenshot({ path: 'test-results/screenshots/share-clt-formula-360-end.png' });

      await t.open('/calculus?v=1');
      const lambda = page.locator('main .tex', { hasText: 'λ2' }).first();
      await lambda.waitFor();
      await lambda.scrollIntoViewIfNeeded();
      const statements = await lambda.evaluate((el) =>
        [...el.querySelectorAll('.tex-statement')].map((s) => {
          // One line of a statement with a 2-row vector is under 60 px tall; a statement broken in two is not.
          return {
            text: s.textContent?.slice(0, 12),
            height: Math.round(s.getBoundingClientRect().height),
            right: s.getBoundingClientRect().right,
          };
        }),
      );
      console.log(`    λ formula at 360 px: ${JSON.stringify(statements)}`);
      assert(statements.length === 2, `statements ${JSON.stringify(statements)}`);
      assert(
        statements.every((s) => s.height < 60 && s.right <= 360),
        `a statement broke or overflowed: ${JSON.stringify(statements)}`,
      );
      await page.screenshot({ path: 'test-results/screenshots/share-lambda-formula-360.png' });
    },
  },
  {
    name: 'share: P turns on projector mode and full screen (as the README says), P again leaves both',
    async run(t) {
      const { page } = t;
      await t.open('/');
      await page.locator('main h1').click();
      await page.keyboard.press('p');
      await page.waitForFunction(
        () => document.documentElement.hasAttribute('data-projector') && !!document.fullscreenElement,
        undefined,
        { timeout: 5000 },
      );
      await page.keyboard.press('p');
      await page.waitForFunction(
        () => !document.documentElement.hasAttribute('data-projector') && !document.fullscreenElement,
        undefined,
        { timeout: 5000 },
      );
      await page.keyboard.press('Shift+Slash');
      await page.getByRole('dialog').getByText('Projector mode and full screen on or off').waitFor();
    },
  },
  {
    name: 'share: Print deck lays the 7-scene deck out one scene per page with its figure, title and note (PDF)',
    async run(t) {
      const { page } = t;
      await seedDeck(t, encodeDeckJson(LECTURE));
      const before = await page.evaluate(() => window.location.hash);
      await page.getByRole('button', { name: /^Deck/ }).click();
      await page.getByRole('button', { name: 'Print deck' }).click();
      const sheet = page.getByRole('dialog', { name: 'Print deck' });
      await sheet.waitFor();
      await page.locator('.print-deck[data-ready]').waitFor({ timeout: 120_000 });
      const pages = await page.locator('.print-page').evaluateAll((els) =>
        els.map((el) => {
          const img = el.querySelector('img');
          return {
            title: el.querySelector('h2')?.textContent ?? '',
            note: el.querySelector('.print-note')?.textContent ?? '',
            w: img?.naturalWidth ?? 0,
            h: img?.naturalHeight ?? 0,
          };
        }),
      );
      console.log(`    printed: ${pages.map((p) => `${p.title.slice(0, 24)} ${p.w}×${p.h}`).join('; ')}`);
      assert(pages.length === LECTURE.scenes.length, `${pages.length} printed scenes`);
      LECTURE.scenes.forEach((s, i) => {
        assert(pages[i].title.includes(s.title), `scene ${i + 1} title ${pages[i].title}`);
        assert(pages[i].note === s.note, `scene ${i + 1} note ${pages[i].note}`);
        assert(pages[i].w >= 600 && pages[i].h >= 300, `scene ${i + 1} picture ${pages[i].w}×${pages[i].h}`);
      });
      // The pictures are of different figures (contours, histograms), not one figure seven times.
      const sizes = new Set(pages.map((p) => `${p.w}x${p.h}`));
      assert(sizes.size >= 2, `all pictures ${[...sizes].join()}`);
      assert((await page.evaluate(() => window.location.hash)) === before, 'the address was not restored');
      await page.screenshot({ path: 'test-results/screenshots/share-print-deck.png' });
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      writeFileSync('test-results/share-print-deck.pdf', pdf);
      const text = pdf.toString('latin1');
      const count = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      console.log(`    PDF: ${pdf.length} bytes, ${count} pages`);
      assert(
        count === LECTURE.scenes.length,
        `the PDF has ${count} pages for ${LECTURE.scenes.length} scenes`,
      );
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });
    },
  },
];
