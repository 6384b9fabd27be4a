/**
 * What the engine adapters share: the Driver methods built on a handful of engine primitives (evaluate a
 * script, click or focus an element by CSS selector, type, press a key, navigate, screenshot).
 */
import { mkdirSync } from 'node:fs';
import {
  findCall,
  HOOK_SCRIPT,
  namesCall,
  poll,
  SHOTS,
  type Driver,
  type Name,
  type Role,
  type Where,
} from './driver';

export abstract class BaseDriver implements Driver {
  abstract readonly engine: string;
  /** Errors collected from documents already left, and from the driver's own console events. */
  protected collected: string[] = [];

  constructor(readonly base: string) {
    mkdirSync(SHOTS, { recursive: true });
  }

  protected abstract rawEval<T>(expression: string): Promise<T>;
  protected abstract rawGoto(url: string): Promise<void>;
  protected abstract rawReload(): Promise<void>;
  protected abstract rawClick(selector: string): Promise<void>;
  /** Types into the focused element with real key events (no change of selection first). */
  protected abstract rawType(text: string): Promise<void>;
  protected abstract rawKey(key: string): Promise<void>;
  protected abstract rawScreenshot(path: string): Promise<void>;

  evaluate<T>(expression: string): Promise<T> {
    return this.rawEval<T>(expression);
  }

  /** Moves the page's collected errors into `collected` (before the document is left). */
  protected async harvest(): Promise<void> {
    const found = await this.rawEval<string[] | null>(
      'window.__xbErrors ? window.__xbErrors.splice(0) : null',
    ).catch(() => null);
    if (found) this.collected.push(...found);
  }

  /** After a load: the hooks (again, for engines without init scripts), then the page heading. */
  protected async settle(): Promise<void> {
    await this.rawEval(HOOK_SCRIPT);
    await this.waitFor(
      `!!document.querySelector('main h1') && document.readyState === 'complete'`,
      'the page heading (main h1)',
      20_000,
    );
  }

  async open(route: string): Promise<void> {
    await this.openUrl(`${this.base}/#${route}`);
  }

  async openUrl(url: string): Promise<void> {
    await this.harvest();
    // Through about:blank, so that a link differing only in its hash still loads a new document.
    await this.rawGoto('about:blank');
    await this.rawGoto(url);
    await this.settle();
  }

  async reload(): Promise<void> {
    await this.harvest();
    await this.rawReload();
    await this.settle();
  }

  url(): Promise<string> {
    return this.rawEval<string>('location.href');
  }

  protected async find(role: Role, name: Name, where?: Where, timeout = 10_000): Promise<string> {
    const sel = await poll(() => this.rawEval<string | null>(findCall(role, name, where)), timeout);
    if (sel) return sel;
    const names = await this.rawEval<string[]>(namesCall(role, where));
    throw new Error(
      `no ${role} named ${String(name)}${where?.within ? ` in ${where.within}` : ''}; visible: ${JSON.stringify(names.slice(0, 40))}`,
    );
  }

  async click(role: Role, name: Name, where?: Where): Promise<void> {
    const sel = await this.find(role, name, where);
    await this.rawEval(`document.querySelector('${sel}').scrollIntoView({ block: 'center' })`);
    await this.rawClick(sel);
  }

  async fill(role: Role, name: Name, value: string): Promise<void> {
    const sel = await this.find(role, name);
    await this.rawEval(`(() => { const el = document.querySelector('${sel}');
      el.scrollIntoView({ block: 'center' }); el.focus(); el.select(); })()`);
    await this.rawType(value);
    const got = await this.rawEval<string>(`document.querySelector('${sel}').value`);
    if (got !== value) throw new Error(`typed "${value}" into ${role} ${String(name)} but it holds "${got}"`);
  }

  async select(name: Name, label: string): Promise<void> {
    const sel = await this.find('combobox', name);
    const ok = await this.rawEval<boolean>(`(() => {
      const el = document.querySelector('${sel}');
      const option = [...el.options].find((o) => o.textContent.trim() === ${JSON.stringify(label)});
      if (!option) return false;
      el.focus();
      const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
      set.call(el, option.value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    })()`);
    if (!ok) throw new Error(`combobox ${String(name)} has no option "${label}"`);
  }

  press(key: string): Promise<void> {
    return this.rawKey(key);
  }

  output(label: string): Promise<string | null> {
    return this.rawEval<string | null>(
      `(() => { const o = document.querySelector('output[aria-label=${JSON.stringify(label)}]'); return o ? o.getAttribute('data-value') : null; })()`,
    );
  }

  async waitFor(expression: string, what: string, timeout = 15_000): Promise<void> {
    const ok = await poll(() => this.rawEval<boolean>(`!!(${expression})`).catch(() => false), timeout);
    if (!ok) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
  }

  async screenshot(name: string): Promise<void> {
    await this.rawScreenshot(`${SHOTS}/xb-${this.engine}-${name}.png`);
  }

  private forgotten: RegExp[] = [];

  forget(pattern: RegExp): void {
    // Kept as a filter: a driver's console events may still be on their way.
    this.forgotten.push(pattern);
  }

  async errors(): Promise<string[]> {
    await this.harvest();
    return this.collected.filter((e) => !this.forgotten.some((p) => p.test(e)));
  }
}
