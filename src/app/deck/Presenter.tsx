import { useEffect, useRef } from 'react';
import { useShortcut } from '../../ui/keyboard';
import { markSceneChange } from '../../ui/sceneTransition';
import { setFullscreen } from '../fullscreen';
import type { Scene } from './deckCodec';
import { sceneLabel } from './deckOps';
import { useDeckStore } from './deckStore';
import './presenter.css';

/**
 * Starts presenting `scenes` from `start`, full screen. Call it from the click or key press that asks for
 * it: browsers grant full screen only inside a user gesture (if refused, the presentation runs in the window).
 */
export function startPresenting(scenes: Scene[], start = 0): void {
  if (scenes.length === 0) return;
  // Full screen chosen before (projector mode's button) outlives the presentation; ours does not.
  ownFullscreen = !document.fullscreenElement;
  useDeckStore.getState().present(scenes, start);
  if (ownFullscreen) void setFullscreen(true);
}

let ownFullscreen = false;

/** While a deck is presented: goes to the current scene's address and shows where the class is in the deck. */
export function Presenter() {
  const presentation = useDeckStore((s) => s.presentation);
  return presentation ? <PresenterOverlay scenes={presentation.scenes} index={presentation.index} /> : null;
}

function PresenterOverlay({ scenes, index }: { scenes: Scene[]; index: number }) {
  const step = useDeckStore((s) => s.step);
  const stop = useDeckStore((s) => s.stop);
  const box = useRef<HTMLDivElement>(null);
  const scene = scenes[index];

  // Pages restore their state from the address and follow hashchange, so a scene is just an address.
  useEffect(() => {
    if (window.location.hash !== scene.hash) {
      // Pages that can animate the change (a matrix morphing to the next scene's) do so.
      markSceneChange();
      window.location.hash = scene.hash;
    }
    window.scrollTo(0, 0); // each scene starts at the top, like a slide
  }, [scene.hash]);

  // Keys a presentation clicker sends; they stand aside while a slider or text field has focus, and
  // otherwise win over a page's own shortcut on the same key (one press, one action).
  useShortcut(['ArrowRight', 'PageDown', ' '], () => step(1), { exclusive: true });
  useShortcut(['ArrowLeft', 'PageUp'], () => step(-1), { exclusive: true });
  useShortcut('Escape', stop, { exclusive: true });

  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute('data-presenting', '');
    box.current?.focus();
    // Escape in full screen is taken by the browser and never reaches the page: leaving full screen ends the show.
    let wasFull = !!document.fullscreenElement;
    const onFull = () => {
      const full = !!document.fullscreenElement;
      if (wasFull && !full) useDeckStore.getState().stop();
      wasFull = full;
    };
    document.addEventListener('fullscreenchange', onFull);
    return () => {
      document.removeEventListener('fullscreenchange', onFull);
      root.removeAttribute('data-presenting');
      if (ownFullscreen) void setFullscreen(false);
    };
  }, []);

  const label = sceneLabel(scene);
  return (
    <div className="presenter" role="region" aria-label="Presentation" ref={box} tabIndex={-1}>
      <div className="presenter-bar">
        <p className="presenter-where" aria-live="polite">
          Scene {index + 1} of {scenes.length} — {label}
        </p>
        <div className="presenter-buttons">
          <button type="button" onClick={() => step(-1)} disabled={index === 0}>
            Previous
          </button>
          <button type="button" onClick={() => step(1)} disabled={index === scenes.length - 1}>
            Next
          </button>
          <button type="button" onClick={stop} aria-label="End presentation">
            End
          </button>
        </div>
      </div>
      {scene.note && <p className="presenter-note">{scene.note}</p>}
    </div>
  );
}
