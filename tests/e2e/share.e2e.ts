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
];
