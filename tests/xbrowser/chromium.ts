/**
 * Chromium adapter (playwright-core, the e2e suite's driver), for running the smoke suite in the third engine
 * too: `XBROWSER_ENGINES=chromium npm run test:xbrowser`. Not in the default list, because `npm test` already
 * runs the full Chromium e2e suite; it gives the smoke suite's numbers (rAF rate) a Chromium baseline.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BaseDriver } from './base';
import { HOOK_SCRIPT } from './driver';

export class ChromiumDriver extends BaseDriver {
  readonly engine = 'chromium';
  private constructor(
    base: string,
    private readonly context: BrowserContext,
    readonly page: Page,
  ) {
    super(base);
    page.on('console', (m) => {
      if (m.type() === 'error') this.collected.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.collected.push(`page error: ${e.message}`));
  }

  static async create(browser: Browser, base: string): Promise<ChromiumDriver> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(HOOK_SCRIPT);
    return new ChromiumDriver(base, context, await context.newPage());
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  protected async rawEval<T>(expression: string): Promise<T> {
    return (await this.page.evaluate(expression)) as T;
  }
  protected async rawGoto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  }
  protected async rawReload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load', timeout: 30_000 });
  }
  protected async rawClick(selector: string): Promise<void> {
    await this.page.click(selector);
  }
  protected async rawType(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  protected async rawKey(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }
  protected async rawScreenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
