import { useRef } from 'react';
import { useShortcut } from '../ui/keyboard';

const SHORTCUTS: [keys: string, what: string][] = [
  ['P', 'Projector mode and full screen on or off'],
  ['S', 'Stage: the main figure fills the screen (C shows the controls, Esc leaves)'],
  ['?', 'This list of keyboard shortcuts'],
  ['Tab / Shift+Tab', 'Move between controls (the focused one has an orange ring)'],
  ['← → ↑ ↓', 'Move a focused slider by one step; with Shift, by ten'],
  ['← → ↑ ↓, + −, 0', 'On a focused 3-D view: turn and tilt it, zoom, reset the camera'],
  ['Alt+↑ / Alt+↓', 'Move the focused scene up or down in the deck panel'],
  ['→, Page Down, Space', 'While presenting: next scene'],
  ['←, Page Up', 'While presenting: previous scene'],
  ['K', 'While presenting: play or pause the scene'],
  ['B or .', 'While presenting: black screen (again to come back)'],
  ['H / C', 'While presenting: hide the bar / show the controls strip'],
  ['L / D', 'While presenting: laser pointer / pen'],
  ['Esc', 'End the presentation, close a panel or this dialog'],
];

/**
 * The "Keyboard shortcuts" help (key `?` or the top bar's ? button). Letter shortcuts never fire while
 * typing in a field or adjusting a slider, so they are safe next to formula inputs.
 */
export function ShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const open = () => {
    if (!dialog.current?.open) dialog.current?.showModal();
  };
  useShortcut('?', open);
  return (
    <>
      <button type="button" onClick={open} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
      <dialog ref={dialog} className="app-dialog" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={keys}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog" className="buttons">
          <button type="submit" className="primary">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
