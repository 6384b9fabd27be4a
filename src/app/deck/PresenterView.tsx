import { useEffect, useRef, useState } from 'react';
import { openChannel, type ShowState, type StageMessage, type ViewMessage } from './presenterChannel';
import './presenter.css';

function clockText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const mm = Math.floor(s / 60);
  return `${mm}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The presenter view (`#/presenter-view`, opened by the presenter bar in a second window): the current and
 * next scene titles, the speaker notes, a timer, and buttons that drive the stage window over a
 * BroadcastChannel. It shows nothing to the class and works only while that window presents.
 */
export function PresenterView() {
  const [state, setState] = useState<ShowState | null>(null);
  const [ended, setEnded] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const ch = openChannel();
    channel.current = ch;
    if (!ch) return;
    ch.onmessage = (e: MessageEvent<StageMessage>) => {
      if (e.data?.type === 'state') {
        setState(e.data.state);
        setEnded(false);
      } else if (e.data?.type === 'ended') setEnded(true);
    };
    ch.postMessage({ type: 'hello' } satisfies ViewMessage);
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => {
      window.clearInterval(tick);
      ch.close();
    };
  }, []);
  useEffect(() => {
    document.title = 'Presenter view — Math for ML Playground';
  }, []);
  const send = (m: ViewMessage) => channel.current?.postMessage(m);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (['PageDown', 'ArrowRight', ' '].includes(e.key)) send({ type: 'step', delta: 1 });
      else if (['PageUp', 'ArrowLeft'].includes(e.key)) send({ type: 'step', delta: -1 });
      else if (e.key === 'b' || e.key === '.') send({ type: 'blank' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!state || ended)
    return (
      <section className="page presenter-view">
        <h1>Presenter view</h1>
        <p>{ended ? 'The presentation has ended.' : 'Waiting for the presenting window…'}</p>
      </section>
    );
  const { titles, speaker, builds, index, build } = state;
  const next = index + 1 < titles.length ? titles[index + 1] : null;
  return (
    <section className="page presenter-view" aria-label="Presenter view">
      <h1>Presenter view</h1>
      <p className="pv-timer">
        Elapsed <output aria-label="elapsed time">{clockText(now - state.startedAt)}</output>
      </p>
      <h2 className="pv-current">
        Now: scene {index + 1} of {titles.length} — <span data-testid="pv-current">{titles[index]}</span>
        {builds[index] > 0 && (
          <span className="fine">
            {' '}
            (step {build + 1} of {builds[index] + 1})
          </span>
        )}
      </h2>
      <p className="pv-next">
        Next: <span data-testid="pv-next">{next ?? 'end of the deck'}</span>
      </p>
      <div className="buttons">
        <button type="button" onClick={() => send({ type: 'step', delta: -1 })}>
          Previous
        </button>
        <button type="button" className="primary" onClick={() => send({ type: 'step', delta: 1 })}>
          Next
        </button>
        <button type="button" onClick={() => send({ type: 'blank' })}>
          Blank the stage
        </button>
      </div>
      <h3>Speaker notes</h3>
      <p className="pv-notes" data-testid="pv-notes">
        {speaker[index] || 'No speaker notes for this scene.'}
      </p>
      <h3>Scenes</h3>
      <ol className="pv-list">
        {titles.map((t, i) => (
          <li key={i}>
            <button
              type="button"
              className="chip"
              aria-current={i === index ? 'step' : undefined}
              onClick={() => send({ type: 'goto', index: i })}
            >
              {t}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
