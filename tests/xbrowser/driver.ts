/**
 * The small browser interface the cross-browser smoke suite is written against. Each engine has an adapter
 * (firefox.ts: puppeteer-core over WebDriver BiDi; webkit.ts: webdriverio over classic WebDriver); the
 * suite itself (smoke.ts) never sees a driver library.
 *
 * Elements are found the way a user names them, by ARIA role and accessible name, with one in-page script
 * (FIND_SCRIPT) so that every engine resolves a name the same way. The script marks the element it found
 * with a `data-xb` attribute; the adapter then acts on it with real input events through its driver.
 */

export type Role =
  'button' | 'tab' | 'link' | 'spinbutton' | 'slider' | 'textbox' | 'combobox' | 'checkbox' | 'radio';

/** An accessible name: a string matches exactly (whitespace collapsed), a RegExp matches anywhere. */
export type Name = string | RegExp;

export interface Where {
  /** Only inside the first element matching this CSS selector. */
  within?: string;
}

export interface Driver {
  /** 'firefox' | 'webkit' (or another adapter's name): screenshots and logs carry it. */
  readonly engine: string;
  /** The app's origin, `http://127.0.0.1:<port>`. */
  readonly base: string;
  /** Loads `base/#route` as a new document and waits for the page heading. */
  open(route: string): Promise<void>;
  /** Loads an absolute URL (a copied link) as a new document and waits for the page heading. */
  openUrl(url: string): Promise<void>;
  /** Reloads the current document and waits for the page heading. */
  reload(): Promise<void>;
  url(): Promise<string>;
  click(role: Role, name: Name, where?: Where): Promise<void>;
  /** Replaces the text of a field by typing `value` (real key events), then checks the field holds it. */
  fill(role: Role, name: Name, value: string): Promise<void>;
  /** Picks the option labelled `label` of the native <select> named `name`. */
  select(name: Name, label: string): Promise<void>;
  /** A key on the focused element: 'Enter', 'Escape', 'p', … */
  press(key: string): Promise<void>;
  /** The `data-value` of `<output aria-label={label}>`, or null when there is none. */
  output(label: string): Promise<string | null>;
  /** Evaluates a JavaScript expression (a string, so no bundler helper leaks into the page); awaits promises. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy; fails naming `what` after `timeout` ms. */
  waitFor(expression: string, what: string, timeout?: number): Promise<void>;
  /** A screenshot in test-results/screenshots/xb-<engine>-<name>.png. */
  screenshot(name: string): Promise<void>;
  /** Console errors, uncaught exceptions and unhandled rejections seen since the test began. */
  errors(): Promise<string[]>;
  /** Drops the collected errors matching `pattern` (errors a test caused on purpose). */
  forget(pattern: RegExp): void;
}

/**
 * Installed in every document (an init script where the engine has one, otherwise right after load): it
 * keeps console errors, uncaught errors and unhandled rejections in `window.__xbErrors` for engines whose
 * driver reports no console events (classic WebDriver), and gives the page the `__name` helper that tsx's
 * keepNames adds to functions.
 */
export const HOOK_SCRIPT = `(() => {
  if (window.__xbErrors) return;
  window.__xbErrors = [];
  window.__name = (f) => f;
  const text = (v) => (v && v.stack ? String(v.message) : typeof v === 'string' ? v : (() => { try { return JSON.stringify(v); } catch (e) { return String(v); } })());
  const original = console.error;
  console.error = function (...args) {
    window.__xbErrors.push('console.error: ' + args.map(text).join(' '));
    return original.apply(this, args);
  };
  window.addEventListener('error', (e) => {
    if (e.target && e.target !== window) return; // a failed <img>/<script> load; the network check covers it
    // The ResizeObserver spec reports skipped notifications as this error event (they are delivered in the
    // next frame); it is no exception of the page. WebKit reported it once on the Machine learning page.
    if (/^ResizeObserver loop/.test(e.message || '')) return;
    window.__xbErrors.push('uncaught: ' + (e.message || text(e.error)));
  });
  window.addEventListener('unhandledrejection', (e) => {
    window.__xbErrors.push('unhandled rejection: ' + text(e.reason));
  });
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__xbErrors.push('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline code'));
  });
})()`;

/**
 * `window.__xbFind(role, nameSource, isRegex, within)`: marks the first visible element with that role and
 * accessible name with `data-xb="<n>"` and returns the CSS selector for it, or null. The accessible name is
 * computed as browsers do for these roles: aria-labelledby, aria-label, the <label>s of a form control, the
 * text content of buttons, links and tabs, then title.
 */
export const FIND_SCRIPT = `(() => {
  if (window.__xbFind) return;
  const ROLES = {
    button: 'button:not([role]), input[type=button], input[type=submit], [role=button]',
    tab: '[role=tab]',
    link: 'a[href]:not([role]), [role=link]',
    spinbutton: 'input[type=number]:not([role]), [role=spinbutton]',
    slider: 'input[type=range]:not([role]), [role=slider]',
    textbox: 'input:not([type]):not([role]), input[type=text]:not([role]), input[type=search]:not([role]), textarea:not([role]), [role=textbox]',
    combobox: 'select:not([multiple]):not([role]), [role=combobox]',
    checkbox: 'input[type=checkbox]:not([role]), [role=checkbox]',
    radio: 'input[type=radio]:not([role]), [role=radio]',
  };
  const squash = (s) => s.replace(/\\s+/g, ' ').trim();
  // Text of a subtree as a name: hidden parts and the values of nested form controls left out.
  const textOf = (node) => {
    let out = '';
    for (const c of node.childNodes) {
      if (c.nodeType === 3) out += c.textContent;
      else if (c.nodeType === 1) {
        if (c.getAttribute('aria-hidden') === 'true' || /^(INPUT|SELECT|TEXTAREA|SCRIPT|STYLE)$/.test(c.tagName)) continue;
        if (c.getAttribute('aria-label')) out += ' ' + c.getAttribute('aria-label') + ' ';
        else out += ' ' + textOf(c) + ' ';
      }
    }
    return out;
  };
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return squash(by.split(/\\s+/).map((id) => { const r = document.getElementById(id); return r ? textOf(r) : ''; }).join(' '));
    const label = el.getAttribute('aria-label');
    if (label) return squash(label);
    if (el.labels && el.labels.length) return squash([...el.labels].map(textOf).join(' '));
    if (!/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) { const t = squash(textOf(el)); if (t) return t; }
    if (el.tagName === 'INPUT' && /^(button|submit)$/.test(el.type)) return squash(el.value);
    return squash(el.getAttribute('title') || '');
  };
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  let counter = 0;
  window.__xbFind = (role, source, isRegex, within) => {
    const scope = within ? document.querySelector(within) : document;
    if (!scope) return null;
    const re = isRegex ? new RegExp(source) : null;
    const want = isRegex ? '' : squash(source);
    const all = [...scope.querySelectorAll(ROLES[role])].filter((el) => {
      const n = nameOf(el);
      return re ? re.test(n) : n === want;
    });
    const el = all.find(visible) || all[0];
    if (!el) return null;
    const id = String(++counter);
    el.setAttribute('data-xb', id);
    return '[data-xb="' + id + '"]';
  };
  // The accessible names of every element of a role (for messages when a name is not found).
  window.__xbNames = (role, within) => {
    const scope = within ? document.querySelector(within) : document;
    return scope ? [...scope.querySelectorAll(ROLES[role])].filter(visible).map(nameOf) : [];
  };
})()`;

/** The in-page call that finds (role, name) and returns its selector or null. */
export function findCall(role: Role, name: Name, where: Where = {}): string {
  const source = typeof name === 'string' ? name : name.source;
  return `(${FIND_SCRIPT}, window.__xbFind(${JSON.stringify(role)}, ${JSON.stringify(source)}, ${
    typeof name !== 'string'
  }, ${JSON.stringify(where.within ?? null)}))`;
}

/** The in-page call listing the accessible names of a role (for a helpful "not found" message). */
export function namesCall(role: Role, where: Where = {}): string {
  return `(${FIND_SCRIPT}, window.__xbNames(${JSON.stringify(role)}, ${JSON.stringify(where.within ?? null)}))`;
}

/** Polls until `probe` returns a non-null value or `timeout` ms pass. */
export async function poll<T>(probe: () => Promise<T | null>, timeout: number): Promise<T | null> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await probe();
    if (v !== null && v !== undefined && (v as unknown) !== false) return v;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const SHOTS = 'test-results/screenshots';
