import { isTypingTarget, ownsKey } from '../../ui/keyboard';

/** What a key press means while presenting. */
export type ClickerAction =
  | 'next'
  | 'previous'
  | 'end'
  | 'blank'
  | 'play'
  | 'bar'
  | 'controls'
  | 'laser'
  | 'pen'
  | 'leave-field'
  | 'commit-field';

/**
 * Maps a key press while presenting to an action, or null to leave the key to the page:
 * - PageDown / PageUp (what clickers send) always move, also with focus in a number field or a slider (the
 *   field is left first, which commits what was typed);
 * - → / Space / ← move when focus is outside a control (inside a slider the arrows move the slider, Space on a
 *   button presses it);
 * - in a field, Enter commits and gives focus back to the stage, Escape leaves the field;
 * - outside fields: Escape ends, B or . blanks the stage (clickers' black-screen key), K plays or pauses the
 *   scene's animation, H hides or shows the presenter bar, C shows or hides the controls strip, L the laser
 *   pointer, D the pen.
 */
export function clickerAction(e: KeyboardEvent): ClickerAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return null;
  const key = e.key;
  if (key === 'PageDown') return 'next';
  if (key === 'PageUp') return 'previous';
  if (isTypingTarget(e)) {
    if (key === 'Escape') return 'leave-field';
    const el = e.target as HTMLElement;
    if (key === 'Enter' && el.tagName !== 'TEXTAREA' && !el.isContentEditable) return 'commit-field';
    return null;
  }
  if (ownsKey(e, key)) return null;
  switch (key) {
    case 'ArrowRight':
    case ' ':
      return 'next';
    case 'ArrowLeft':
      return 'previous';
    case 'Escape':
      return 'end';
  }
  if (e.shiftKey) return null;
  switch (key.toLowerCase()) {
    case 'b':
    case '.':
      return 'blank';
    case 'k':
      return 'play';
    case 'h':
      return 'bar';
    case 'c':
      return 'controls';
    case 'l':
      return 'laser';
    case 'd':
      return 'pen';
  }
  return null;
}
