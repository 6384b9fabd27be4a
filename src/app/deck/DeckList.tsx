import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { sceneLabel, scenePage } from './deckOps';
import { useDeckStore, type DeckScene } from './deckStore';
import { SceneOptionsFields, sceneOptionsOf, type SceneOptionValues } from './SceneOptions';

/**
 * The scenes of the deck, in order: go to one, move it (Up/Down buttons, Alt+↑/Alt+↓ anywhere in the item,
 * or drag), rename it (title and note) or delete it. `announce` speaks the result of each action.
 */
export function DeckList({
  onPresentFrom,
  onDeleted,
  announce,
}: {
  onPresentFrom: (index: number) => void;
  onDeleted: (scenes: DeckScene[], label: string) => void;
  announce: (message: string) => void;
}) {
  const scenes = useDeckStore((s) => s.scenes);
  const move = useDeckStore((s) => s.move);
  const remove = useDeckStore((s) => s.remove);
  const [editing, setEditing] = useState<string | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  // Moving a DOM node drops its focus: the control that moved gets it back after the render.
  const refocus = useRef<{ id: string; control: string } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const want = refocus.current;
    if (!want) return;
    refocus.current = null;
    const item = list.current?.querySelector<HTMLElement>(`[data-scene-id="${want.id}"]`);
    (
      item?.querySelector<HTMLElement>(`[data-control="${want.control}"]:not(:disabled)`) ??
      item?.querySelector<HTMLElement>('[data-control="go"]')
    )?.focus();
  });

  const moveTo = (from: number, to: number, control: string) => {
    if (to < 0 || to >= scenes.length || to === from) return;
    refocus.current = { id: scenes[from].id, control };
    move(from, to);
    announce(`“${sceneLabel(scenes[from])}” moved to position ${to + 1} of ${scenes.length}.`);
  };
  const del = (i: number) => {
    const s = scenes[i];
    const next = scenes[i + 1] ?? scenes[i - 1];
    if (next) refocus.current = { id: next.id, control: 'go' };
    remove(s.id);
    onDeleted(scenes, sceneLabel(s));
  };
  const onKey = (i: number) => (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const control = (e.target as HTMLElement).getAttribute('data-control') ?? 'go';
    moveTo(i, i + (e.key === 'ArrowUp' ? -1 : 1), control);
  };
  const onDrop = (i: number) => (e: DragEvent) => {
    e.preventDefault();
    if (dragFrom !== null) moveTo(dragFrom, i, 'go');
    setDragFrom(null);
  };

  if (scenes.length === 0)
    return (
      <p className="fine">
        The deck is empty. Set up a view on any page and press “Add to deck”; each scene keeps the whole view.
      </p>
    );
  return (
    <ol className="deck-list" ref={list} aria-label="Scenes">
      {scenes.map((s, i) => {
        const label = sceneLabel(s);
        return (
          <li
            key={s.id}
            data-scene-id={s.id}
            draggable={editing !== s.id}
            onDragStart={() => setDragFrom(i)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop(i)}
            onKeyDown={onKey(i)}
            className={dragFrom === i ? 'dragging' : undefined}
          >
            {editing === s.id ? (
              <SceneEditor
                scene={s}
                onDone={() => {
                  refocus.current = { id: s.id, control: 'rename' };
                  setEditing(null);
                }}
              />
            ) : (
              <>
                <a href={s.hash} data-control="go" className="deck-go">
                  <span aria-hidden="true">{i + 1}. </span>
                  {label}
                </a>
                <span className="fine deck-page"> · {scenePage(s.hash)}</span>
                {s.note && <p className="fine deck-note">{s.note}</p>}
                <div className="deck-actions">
                  <button
                    type="button"
                    data-control="up"
                    disabled={i === 0}
                    onClick={() => moveTo(i, i - 1, 'up')}
                    aria-label={`Move “${label}” up`}
                  >
                    Up
                  </button>
                  <button
                    type="button"
                    data-control="down"
                    disabled={i === scenes.length - 1}
                    onClick={() => moveTo(i, i + 1, 'down')}
                    aria-label={`Move “${label}” down`}
                  >
                    Down
                  </button>
                  <button
                    type="button"
                    data-control="rename"
                    onClick={() => setEditing(s.id)}
                    aria-label={`Rename “${label}”`}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    data-control="present"
                    onClick={() => onPresentFrom(i)}
                    aria-label={`Present from “${label}”`}
                  >
                    Present
                  </button>
                  <button
                    type="button"
                    data-control="delete"
                    onClick={() => del(i)}
                    aria-label={`Delete “${label}”`}
                  >
                    Delete
                  </button>
                </div>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function SceneEditor({ scene, onDone }: { scene: DeckScene; onDone: () => void }) {
  const update = useDeckStore((s) => s.update);
  const [title, setTitle] = useState(scene.title);
  const [note, setNote] = useState(scene.note);
  const [options, setOptions] = useState<SceneOptionValues>(() => sceneOptionsOf(scene));
  return (
    <form
      className="deck-edit"
      onSubmit={(e) => {
        e.preventDefault();
        update(scene.id, { title: title.trim(), note: note.trim(), ...options });
        onDone();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <label className="field">
        <span>Title</span>
        {/* autoFocus: the form replaces the Rename button that opened it, so focus must land in it. */}
        <input
          type="text"
          value={title}
          maxLength={200}
          autoFocus
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="field">
        <span>Note</span>
        <textarea value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} />
      </label>
      <SceneOptionsFields value={options} onChange={setOptions} />
      <div className="buttons">
        <button type="submit" className="primary" data-control="save">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
