// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createElement as h } from 'react';
import { fireEvent, render } from '@testing-library/react';
import { isTypingTarget, ownsKey, useShortcut } from '../../../src/ui/keyboard';

function el(html: string): HTMLElement {
  const fragment = document.createRange().createContextualFragment(html);
  const first = fragment.firstElementChild as HTMLElement;
  document.body.appendChild(fragment);
  return first;
}

describe('isTypingTarget', () => {
  it.each([
    ['<input type="text">', true],
    ['<input>', true],
    ['<input type="range">', true],
    ['<input type="number">', true],
    ['<textarea></textarea>', true],
    ['<select><option>a</option></select>', true],
    ['<div contenteditable="true"></div>', true],
    ['<div role="slider" tabindex="0"></div>', true],
    ['<span role="spinbutton"></span>', true],
    ['<button>b</button>', false],
    ['<input type="checkbox">', false],
    ['<a href="#x">link</a>', false],
    ['<div></div>', false],
  ])('isTypingTarget(%s) is %s', (html, expected) => {
    expect(isTypingTarget(el(html))).toBe(expected);
  });
  it('isTypingTarget(keydown event from a text field) reads the event target', () => {
    const input = el('<input type="text">');
    const e = new KeyboardEvent('keydown', { key: 'p', bubbles: true });
    let seen: boolean | null = null;
    input.addEventListener('keydown', (ev) => (seen = isTypingTarget(ev)));
    input.dispatchEvent(e);
    expect(seen).toBe(true);
  });
  it('isTypingTarget(span inside contenteditable) is true; isTypingTarget(null) is false', () => {
    const box = el('<div contenteditable="true"><b>x</b></div>');
    expect(isTypingTarget(box.querySelector('b'))).toBe(true);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });
});

describe('ownsKey', () => {
  it('ownsKey(button, " ") is true (Space clicks it), ownsKey(button, "p") is false', () => {
    const b = el('<button>b</button>');
    expect(ownsKey(b, ' ')).toBe(true);
    expect(ownsKey(b, 'p')).toBe(false);
    expect(ownsKey(b, 'ArrowRight')).toBe(false);
  });
  it('ownsKey(tab, "ArrowRight") is true (tab lists move by arrows)', () => {
    const t = el('<div role="tablist"><button role="tab">a</button></div>');
    expect(ownsKey(t.querySelector('button'), 'ArrowRight')).toBe(true);
  });
  it('ownsKey(3-D scene declaring the arrows) is true only with keyboard focus (:focus-visible), and only for its keys', () => {
    const scene = el('<div tabindex="0" role="img" aria-keyshortcuts="ArrowLeft ArrowRight + - 0"></div>');
    let visible = true;
    const matches = scene.matches.bind(scene);
    vi.spyOn(scene, 'matches').mockImplementation((s) => (s === ':focus-visible' ? visible : matches(s)));
    expect(ownsKey(scene, 'ArrowLeft')).toBe(true);
    expect(ownsKey(scene, 'ArrowUp')).toBe(false);
    // Focus left by a mouse drag: the presenter's → still moves to the next scene.
    visible = false;
    expect(ownsKey(scene, 'ArrowLeft')).toBe(false);
    expect(ownsKey(el('<div tabindex="0"></div>'), 'ArrowLeft')).toBe(false);
  });
});

function Probe({ keys, onKey }: { keys: string[]; onKey: () => void }) {
  useShortcut(keys, onKey);
  return h(
    'div',
    null,
    h('input', { 'aria-label': 'field' }),
    h('input', { 'aria-label': 'slider', type: 'range' }),
    h('button', null, 'go'),
  );
}

describe('useShortcut', () => {
  it('useShortcut("p") fires on p and P from the page, not from a field or slider, not with Ctrl', () => {
    const onKey = vi.fn();
    const { getByLabelText } = render(h(Probe, { keys: ['p'], onKey }));
    fireEvent.keyDown(document.body, { key: 'p' });
    fireEvent.keyDown(document.body, { key: 'P', shiftKey: true });
    expect(onKey).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(getByLabelText('field'), { key: 'p' });
    fireEvent.keyDown(getByLabelText('slider'), { key: 'p' });
    fireEvent.keyDown(document.body, { key: 'p', ctrlKey: true });
    expect(onKey).toHaveBeenCalledTimes(2);
  });
  it('useShortcut(["ArrowRight", " "]) stands aside for a slider and for Space on a button', () => {
    const onKey = vi.fn();
    const { getByLabelText, getByText } = render(h(Probe, { keys: ['ArrowRight', ' '], onKey }));
    fireEvent.keyDown(getByLabelText('slider'), { key: 'ArrowRight' });
    fireEvent.keyDown(getByText('go'), { key: ' ' });
    expect(onKey).not.toHaveBeenCalled();
    fireEvent.keyDown(getByText('go'), { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(onKey).toHaveBeenCalledTimes(2);
  });
  it('useShortcut prevents the default action (Space must not scroll the slide)', () => {
    render(h(Probe, { keys: [' '], onKey: () => undefined }));
    const e = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    document.body.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
  });
});

describe('useShortcut(keys, handler, { exclusive: true })', () => {
  function Two({ onPage, onDeck }: { onPage: () => void; onDeck: () => void }) {
    // A page shortcut on window (bubble phase), registered first, and an exclusive one on the same key.
    useShortcut('ArrowRight', onPage);
    useShortcut('ArrowRight', onDeck, { exclusive: true });
    return h('p', null, 'x');
  }
  it('takes the key before a page shortcut and stops it there', () => {
    const onPage = vi.fn();
    const onDeck = vi.fn();
    render(h(Two, { onPage, onDeck }));
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(onDeck).toHaveBeenCalledTimes(1);
    expect(onPage).not.toHaveBeenCalled();
  });
});
