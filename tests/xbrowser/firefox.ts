/**
 * Firefox adapter: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (`browser: 'firefox'`).
 * One browser per run, a fresh browser context (its own storage and service workers) per test.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type BrowserContext, type KeyInput, type Page } from 'puppeteer-core';
import { BaseDriver } from './base';
import { HOOK_SCRIPT } from './driver';

export function findFirefox(): string | null {
  const candidates = [
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  ];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export async function launchFirefox(executablePath: string, display: string | undefined): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // A virtual display gives Firefox WebGL even in headless mode (llvmpipe); without one it has none.
    env: { ...process.env, ...(display ? { DISPLAY: display } : {}) },
    extraPrefsFirefox: {
      // No first-run pages, updates or telemetry in the throwaway profile.
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
}

export class FirefoxDriver extends BaseDriver {
  readonly engine = 'firefox';
  private constructor(
    base: string,
    private readonly context: BrowserContext,
    readonly page: Page,
  ) {
    super(base);
    page.on('console', (m) => {
      if (m.type() === 'error') this.collected.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) =>
      this.collected.push(`page error: ${e instanceof Error ? e.message : String(e)}`),
    );
  }

  static async create(browser: Browser, base: string): Promise<FirefoxDriver> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(HOOK_SCRIPT);
    return new FirefoxDriver(base, context, page);
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
    await this.page.keyboard.press(key as KeyInput);
  }
  protected async rawScreenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage: true });
  }
}
