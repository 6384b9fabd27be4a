import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { downloadBlob } from '../../ui/export/download';
import { DECK_VERSION, decodeDeckJson, encodeDeckJson, type Deck, type Scene } from './deckCodec';
import { shortDeckLink } from './deckLink';
import { ShareLink } from './ShareLink';
import { DeckList } from './DeckList';
import { useDeckStore } from './deckStore';
import { startPresenting } from './Presenter';
import { usePrintDeck } from './PrintDeck';
import './deck.css';

/** Closes the panel and gives focus back to the top bar's Deck button. */
function close(): void {
  useDeckStore.getState().setPanelOpen(false);
  document.getElementById('deck-toggle')?.focus();
}

interface Undo {
  label: string;
  scenes: Scene[];
}

/**
 * The side panel of the scene deck: the list, Present, and the ways a deck travels (a link, a JSON file).
 * An import that cannot be read is refused with an alert and leaves the deck as it was.
 */
export function DeckPanel() {
  const open = useDeckStore((s) => s.panelOpen);
  return open ? <DeckPanelBody /> : null;
}

/** The top bar's bottom edge while it is on screen, so the panel never covers the bar's buttons. */
function useBelowTopbar(): number {
  const [top, setTop] = useState(0);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const bar = document.querySelector('.topbar');
        setTop(bar ? Math.max(0, Math.round(bar.getBoundingClientRect().bottom)) : 0);
      });
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, []);
  return top;
}

function DeckPanelBody() {
  const top = useBelowTopbar();
  const scenes = useDeckStore((s) => s.scenes);
  const storageProblem = useDeckStore((s) => s.storageProblem);
  const replace = useDeckStore((s) => s.replace);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The link shown is the deck's at the moment it was made; an edit hides it (it would be stale).
  const [made, setMade] = useState<{ url: string; of: Scene[] } | null>(null);
  const link = made && made.of === scenes ? made.url : null;
  const [undo, setUndo] = useState<Undo | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('dialog[open]')) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const deck = (): Deck => ({ version: DECK_VERSION, scenes });
  const say = (message: string) => {
    setError(null);
    setStatus(message);
  };

  const share = async () => {
    const url = await shortDeckLink(deck(), window.location.href);
    setMade({ url, of: scenes });
    try {
      await navigator.clipboard.writeText(url);
      say('Link copied to the clipboard. Anyone who opens it sees this deck and can import or present it.');
    } catch {
      say('Copy the link from the field below.');
    }
  };
  const download = () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadBlob(new Blob([encodeDeckJson(deck())], { type: 'application/json' }), `scene-deck-${day}.json`);
    say(`Downloaded the deck (${scenes.length} scenes) as a JSON file.`);
  };
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(`“${file.name}” could not be read. Your deck is unchanged.`);
      return;
    }
    const result = decodeDeckJson(text);
    if (!result.ok) {
      setStatus('');
      setError(`${result.error} Your deck is unchanged.`);
      return;
    }
    const previous = replace(result.deck.scenes);
    setUndo({ label: 'Undo import', scenes: previous });
    const migrated = result.migratedFrom !== null ? ` (converted from format ${result.migratedFrom})` : '';
    say(`Imported ${result.deck.scenes.length} scenes from “${file.name}”${migrated}.`);
  };

  return (
    <aside id="deck-panel" className="deck-panel" aria-labelledby="deck-heading" style={{ top }}>
      <div className="deck-head">
        <h2 id="deck-heading" tabIndex={-1} ref={heading}>
          Scene deck <span className="fine">({scenes.length})</span>
        </h2>
        <button type="button" onClick={close} aria-label="Close the deck panel">
          Close
        </button>
      </div>
      {storageProblem && <p className="error-note">{storageProblem}</p>}
      <div className="buttons deck-buttons">
        <button
          type="button"
          className="primary"
          disabled={scenes.length === 0}
          onClick={() => startPresenting(scenes)}
        >
          Present
        </button>
        <button type="button" disabled={scenes.length === 0} onClick={share}>
          Share link
        </button>
        <button
          type="button"
          disabled={scenes.length === 0}
          onClick={() => {
            close();
            usePrintDeck.getState().open(scenes);
          }}
        >
          Print deck
        </button>
        <button type="button" disabled={scenes.length === 0} onClick={download}>
          Download JSON
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import JSON file
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Deck JSON file to import"
          onChange={importFile}
        />
      </div>
      {link && <ShareLink url={link} />}
      <p className="deck-status" role="status">
        {status}
        {undo && status && (
          <button
            type="button"
            className="chip"
            onClick={() => {
              replace(undo.scenes);
              setUndo(null);
              say('Undone.');
            }}
          >
            {undo.label}
          </button>
        )}
      </p>
      {error && (
        <p className="error-note" role="alert">
          {error}
        </p>
      )}
      <DeckList
        onPresentFrom={(i) => startPresenting(scenes, i)}
        onDeleted={(before, label) => {
          setUndo({ label: 'Undo delete', scenes: before });
          say(`Deleted “${label}”.`);
        }}
        announce={(m) => {
          setUndo(null);
          say(m);
        }}
      />
      <p className="fine">
        Keys: Alt+↑ / Alt+↓ move the focused scene. While presenting: → or Page Down or Space next, ← or Page
        Up previous, Esc ends.
      </p>
    </aside>
  );
}
