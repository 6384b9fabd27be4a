import { useEffect, useRef } from 'react';

/** Input types that take arrow keys, Space or letters for themselves. Buttons and checkboxes do not type. */
const TYPING_INPUTS = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'range',
  'date',
  'datetime-local',
  'month',
  'week',
  'time',
  'color',
]);

/** Roles whose widgets consume arrow keys (a custom slider or spinbutton must keep them). */
const TYPING_ROLES = new Set(['textbox', 'searchbox', 'spinbutton', 'slider', 'combobox', 'listbox']);

/**
 * Whether a keyboard event (or its target) belongs to a field the user is typing in or adjusting: a text
 * field, a select, a slider (native range or role slider/spinbutton) or contenteditable. Global shortcuts
 * (P, Space, arrows) must ignore such events, so typing "p" into f(x, y) never toggles projector mode and an
 * arrow key on a slider moves the slider, not the deck.
 */
export function isTypingTarget(e: Event | EventTarget | null): boolean {
  const el = elementOf(e);
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return TYPING_INPUTS.has(((el as HTMLInputElement).type || 'text').toLowerCase());
  const role = el.getAttribute('role');
  if (role && TYPING_ROLES.has(role)) return true;
  // An element inside an editable region (a span in a contenteditable div).
  return !!el.closest('[contenteditable=""], [contenteditable="true"]');
}

/** Controls that Space/Enter activate, and widgets that move by arrow keys (radio groups, tab lists, menus). */
const ACTIVATES =
  'button, a[href], summary, input[type="checkbox"], input[type="radio"], [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"]';
const ARROW_WIDGETS =
  'input[type="radio"], [role="radio"], [role="tab"], [role="menuitem"], [role="option"], [role="treeitem"], [role="gridcell"], [role="listbox"], [role="menu"], [role="tablist"], [role="radiogroup"]';
const ARROW_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/**
 * Whether the focused element already gives `key` a meaning of its own, so a global shortcut on that key must
 * stand aside: every key in a typing field ({@link isTypingTarget}), Space/Enter on a button, link or
 * checkbox (it would click it and fire the shortcut too), arrows in a radio group, tab list or menu, and the
 * arrows a focused 3-D scene turns by.
 */
export function ownsKey(e: Event | EventTarget | null, key: string): boolean {
  if (isTypingTarget(e)) return true;
  const el = elementOf(e);
  if (!el) return false;
  if (key === ' ' || key === 'Enter') return el.matches(ACTIVATES);
  if (ARROW_KEYS.has(key)) return !!el.closest(ARROW_WIDGETS) || turnsByArrows(el, key);
  return false;
}

/**
 * A 3-D scene that declares the arrow key among its shortcuts owns it while it has keyboard focus. Focus left
 * there by a mouse drag does not count: a lecturer who turned the surface by hand still moves on with →.
 */
function turnsByArrows(el: HTMLElement, key: string): boolean {
  const shortcuts = el.getAttribute('aria-keyshortcuts')?.split(' ') ?? [];
  if (!shortcuts.includes(key)) return false;
  try {
    return el.matches(':focus-visible');
  } catch {
    // An engine that cannot match the pseudo-class: keyboard focus is the likelier one.
    return true;
  }
}

function elementOf(e: Event | EventTarget | null): HTMLElement | null {
  const target = typeof Event !== 'undefined' && e instanceof Event ? e.target : e;
  if (!target || typeof (target as Element).closest !== 'function') return null;
  return target as HTMLElement;
}

export interface ShortcutOptions {
  /** Also fire while focus is in a field that owns the key (default false: see {@link ownsKey}). */
  inFields?: boolean;
  /** Listen only while true (default true). */
  enabled?: boolean;
  /** Call preventDefault when the shortcut fires (default true: Space must not scroll, arrows not pan). */
  preventDefault?: boolean;
  /**
   * Take the key before anyone else (capture phase) and stop it there when the shortcut fires, so a page's
   * own shortcut on the same key does not act too (the presenter's Space/arrows over the calculus race).
   */
  exclusive?: boolean;
}

/**
 * Calls `handler` when one of `keys` (KeyboardEvent.key values: 'p', 'ArrowRight', ' ', '?') is pressed
 * anywhere in the document, except where the focused element owns the key ({@link ownsKey}: typing fields,
 * sliders, selects, Space on a button, arrows in a tab list) and never with Ctrl, Meta or Alt held (those
 * belong to the browser and to assistive technology). Letters match either case; Shift is allowed so '?'
 * works. The handler may change between renders without re-subscribing.
 */
export function useShortcut(
  keys: string | readonly string[],
  handler: (e: KeyboardEvent) => void,
  options: ShortcutOptions = {},
): void {
  const { inFields = false, enabled = true, preventDefault = true, exclusive = false } = options;
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const list = (typeof keys === 'string' ? [keys] : keys).map(norm).join('\u0000');
  useEffect(() => {
    if (!enabled) return;
    const wanted = new Set(list.split('\u0000'));
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (!wanted.has(norm(e.key))) return;
      if (!inFields && ownsKey(e, e.key)) return;
      if (preventDefault) e.preventDefault();
      if (exclusive) e.stopPropagation();
      latest.current(e);
    };
    window.addEventListener('keydown', onKey, { capture: exclusive });
    return () => window.removeEventListener('keydown', onKey, { capture: exclusive });
  }, [list, enabled, inFields, preventDefault, exclusive]);
}

function norm(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key;
}
