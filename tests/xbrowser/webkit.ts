/**
 * WebKit adapter (Safari's engine): Debian's webkit2gtk-driver. WebKitWebDriver speaks classic WebDriver and
 * drives the GTK MiniBrowser (which has no headless mode: it needs a display, see xvfb in run.ts); webdriverio
 * talks to it. Each test gets its own session (a fresh, ephemeral MiniBrowser). Classic WebDriver reports no
 * console events, so errors come from the in-page hooks (HOOK_SCRIPT), installed right after each load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { remote } from 'webdriverio';
import { BaseDriver } from './base';

type Session = Awaited<ReturnType<typeof remote>>;

const MINIBROWSER = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];

export function findWebKit(): { driver: string; browser: string } | null {
  const driver = [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'].find(
    (p): p is string => !!p && existsSync(p),
  );
  const browser = MINIBROWSER.find((p): p is string => !!p && existsSync(p));
  return driver && browser ? { driver, browser } : null;
}

/** WebKitWebDriver on `port`, on the virtual display; the caller kills it (by its pid) when done. */
export function startWebKitWebDriver(
  driver: string,
  port: number,
  display: string | undefined,
): ChildProcess {
  return spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...(display ? { DISPLAY: display } : {}) },
  });
}

const KEYS: Record<string, string> = {
  Enter: '\uE007',
  Escape: '\uE00C',
  Tab: '\uE004',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  Space: '\uE00D',
};

export class WebKitDriver extends BaseDriver {
  readonly engine = 'webkit';
  private constructor(
    base: string,
    private readonly session: Session,
  ) {
    super(base);
  }

  static async create(port: number, browser: string, base: string): Promise<WebKitDriver> {
    const session = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      connectionRetryTimeout: 60_000,
      connectionRetryCount: 1,
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver rejects the BiDi capability webdriverio 9 asks for by default.
        'wdio:enforceWebDriverClassic': true,
        // Without --automation, session creation hangs and leaves a MiniBrowser behind.
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    });
    await session.setWindowSize(1280, 900).catch(() => undefined);
    return new WebKitDriver(base, session);
  }

  async close(): Promise<void> {
    await this.session.deleteSession().catch(() => undefined);
  }

  protected async rawEval<T>(expression: string): Promise<T> {
    // Classic "execute async script", with the expression as the script's own text (the driver compiles it,
    // so the page's Content Security Policy, which forbids eval, does not apply); promises are awaited.
    const r = (await this.session.executeAsync(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${expression})).then(
         (v) => done({ ok: true, v: v === undefined ? null : v }),
         (e) => done({ ok: false, v: String(e && e.stack ? e.message : e) }));`,
    )) as { ok: boolean; v: unknown };
    if (!r.ok) throw new Error(`in the page: ${String(r.v)}`);
    return r.v as T;
  }
  protected async rawGoto(url: string): Promise<void> {
    await this.session.url(url);
  }
  protected async rawReload(): Promise<void> {
    await this.session.refresh();
  }
  protected async rawClick(selector: string): Promise<void> {
    await this.session.$(selector).click();
  }
  protected async rawType(text: string): Promise<void> {
    // One action per character: WebKitGTK drops keys of a longer action sequence (typing "10000" gave "10").
    for (const ch of text) await this.session.keys([ch]);
  }
  protected async rawKey(key: string): Promise<void> {
    await this.session.keys([KEYS[key] ?? key]);
  }
  protected async rawScreenshot(path: string): Promise<void> {
    const png = await this.session.takeScreenshot();
    writeFileSync(path, Buffer.from(png, 'base64'));
  }
}
