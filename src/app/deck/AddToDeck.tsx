import { useRef, useState, type FormEvent } from 'react';
import { checkSceneHash } from './deckCodec';
import { sceneLabel, scenePage } from './deckOps';
import { useDeckStore } from './deckStore';
import { currentViewAddress } from '../useUrlState';

/**
 * "Add to deck": captures the view on screen as its address (the page's whole state: every setting has a key)
 * with an optional title and note, in a small modal form.
 */
export function AddToDeck({ path }: { path: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const add = useDeckStore((s) => s.add);
  const onDeckPage = path === '/deck';

  const open = () => {
    setTitle('');
    setNote('');
    setProblem(null);
    dialog.current?.showModal();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The view on screen, from its store: a pause or a drag a moment ago is in it even if the address is not;
    // complete, so that points the address bar leaves out are in the scene (and the deck's JSON).
    const checked = checkSceneHash(currentViewAddress({ complete: true }));
    if ('error' in checked) {
      setProblem(`This view cannot be added: ${checked.error}.`);
      return;
    }
    const scene = { hash: checked.hash, title: title.trim(), note: note.trim() };
    add(scene);
    dialog.current?.close();
    const n = useDeckStore.getState().scenes.length;
    setStatus(`Added “${sceneLabel(scene)}” to the deck (${n} scene${n === 1 ? '' : 's'}).`);
  };

  return (
    <>
      <button
        type="button"
        onClick={open}
        disabled={onDeckPage}
        title={onDeckPage ? 'A deck link cannot be a scene' : undefined}
      >
        Add to deck
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
      <dialog ref={dialog} className="app-dialog" aria-labelledby="add-scene-title">
        <form onSubmit={submit}>
          <h2 id="add-scene-title">Add this view to the deck</h2>
          <p className="fine">
            Page: {scenePage(currentViewAddress())}. The scene keeps every setting of the view.
          </p>
          <label className="field">
            <span>Title (optional)</span>
            <input type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label className="field">
            <span>Note for the class (optional)</span>
            <textarea value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} />
          </label>
          {problem && (
            <p className="error-note" role="alert">
              {problem}
            </p>
          )}
          <div className="buttons">
            <button type="submit" className="primary">
              Add scene
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
