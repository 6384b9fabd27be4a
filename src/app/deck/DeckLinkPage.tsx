import { useEffect, useState } from 'react';
import { useQueryParam } from '../router';
import { type DeckResult, type Scene } from './deckCodec';
import { decodeDeckQuery, SHORT_PARAM } from './deckLink';
import { sceneLabel, scenePage } from './deckOps';
import { useDeckStore } from './deckStore';
import { startPresenting } from './Presenter';
import './deck.css';

/**
 * `#/deck?z=…` (or the older `#/deck?d=…`): a deck someone shared. Shows its scenes and offers to import it
 * (replacing this browser's deck, with an undo) or to present it straight away. A damaged link is refused and
 * changes nothing. The short form is unpacked asynchronously (DecompressionStream): a moment of "Opening…".
 */
export function DeckLinkPage() {
  const short = useQueryParam(SHORT_PARAM);
  const param = useQueryParam('d');
  const [read, setRead] = useState<{ key: string; result: DeckResult } | null>(null);
  const key = `${short ?? ''}|${param ?? ''}`;
  useEffect(() => {
    let live = true;
    const query = new URLSearchParams();
    if (short) query.set(SHORT_PARAM, short);
    if (param) query.set('d', param);
    void decodeDeckQuery(query).then((result) => live && setRead({ key, result }));
    return () => {
      live = false;
    };
  }, [key, short, param]);
  const result = read && read.key === key ? read.result : null;
  const replace = useDeckStore((s) => s.replace);
  const current = useDeckStore((s) => s.scenes.length);
  const setPanelOpen = useDeckStore((s) => s.setPanelOpen);
  const [done, setDone] = useState<{ previous: Scene[] } | null>(null);

  if (!result)
    return (
      <section className="page narrow">
        <h1>Shared scene deck</h1>
        <p role="status">Opening the shared deck…</p>
      </section>
    );
  if (!result.ok)
    return (
      <section className="page narrow">
        <h1>Shared scene deck</h1>
        <p className="error-note" role="alert">
          {result.error} Your own deck is unchanged.
        </p>
        <p>
          <a href="#/">Go to the home page</a>
        </p>
      </section>
    );
  const { scenes } = result.deck;
  return (
    <section className="page narrow deck-link-page">
      <h1>Shared scene deck</h1>
      <p>
        A deck of {scenes.length} scene{scenes.length === 1 ? '' : 's'}
        {result.migratedFrom !== null ? ` (an older format ${result.migratedFrom} link, converted)` : ''}.
      </p>
      <ol className="deck-list" aria-label="Scenes in the shared deck">
        {scenes.map((s, i) => (
          <li key={i}>
            <a href={s.hash} className="deck-go">
              {sceneLabel(s)}
            </a>
            <span className="fine"> · {scenePage(s.hash)}</span>
            {s.note && <p className="fine deck-note">{s.note}</p>}
          </li>
        ))}
      </ol>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          disabled={scenes.length === 0}
          onClick={(e) => {
            setDone({ previous: replace(scenes) });
            (e.currentTarget.parentElement?.nextElementSibling as HTMLElement | null)?.focus();
          }}
        >
          Import this deck
        </button>
        <button type="button" disabled={scenes.length === 0} onClick={() => startPresenting(scenes)}>
          Present
        </button>
      </div>
      <p className="fine deck-status" role="status" tabIndex={-1}>
        {done ? (
          <>
            Imported {scenes.length} scenes into your deck
            {done.previous.length > 0 ? ` (it replaced your deck of ${done.previous.length})` : ''}.
            <button type="button" className="chip" onClick={() => setPanelOpen(true)}>
              Open the deck
            </button>
            {done.previous.length > 0 && (
              <button
                type="button"
                className="chip"
                onClick={() => {
                  replace(done.previous);
                  setDone(null);
                }}
              >
                Undo import
              </button>
            )}
          </>
        ) : current > 0 ? (
          `Importing replaces the ${current} scene${current === 1 ? '' : 's'} in your deck (you can undo).`
        ) : (
          ''
        )}
      </p>
    </section>
  );
}
