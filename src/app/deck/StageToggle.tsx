import { useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import { useShortcut } from '../../ui/keyboard';
import { useDeckStore } from './deckStore';
import { findStageFigure, requestRefit, useStageBar, useStageFit } from './stage';

interface StageModeState {
  on: boolean;
  toggle(): void;
  leave(): void;
}

/** The stage layout outside a presentation (a lecturer showing one page live, without a deck). */
export const useStageMode = create<StageModeState>((set, get) => ({
  on: false,
  toggle: () => set({ on: !get().on }),
  leave: () => set({ on: false }),
}));

/**
 * The top bar's "Stage" button (key S): the page's main figure fills the window, as it does on a presented
 * scene whose arrangement is the figure. While a deck is presented the scene decides, so the button waits.
 */
export function StageButton() {
  const on = useStageMode((s) => s.on);
  const presenting = useDeckStore((s) => s.presentation !== null);
  const toggle = useStageMode((s) => s.toggle);
  useShortcut('s', toggle, { enabled: !presenting });
  return (
    <button
      type="button"
      aria-pressed={on}
      disabled={presenting}
      onClick={toggle}
      title="Stage: the page's main figure fills the screen (S)"
    >
      Stage
    </button>
  );
}

/** The stage itself while it is on and no deck is presented. */
export function StageMode() {
  const on = useStageMode((s) => s.on);
  const presenting = useDeckStore((s) => s.presentation !== null);
  return on && !presenting ? <StageOverlay /> : null;
}

function StageOverlay() {
  const leave = useStageMode((s) => s.leave);
  const [strip, setStrip] = useState(false);
  const [hash, setHash] = useState(() => window.location.hash);
  const [missing, setMissing] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const leaveButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute('data-stage-layout', strip ? 'controls' : 'figure');
    requestRefit();
    return () => root.removeAttribute('data-stage-layout');
  }, [strip]);

  // A page without a figure to stage (the home page) says so in the bar instead of showing nothing.
  useEffect(() => {
    const check = () => setMissing(findStageFigure() === null);
    const timer = window.setTimeout(check, 400);
    return () => window.clearTimeout(timer);
  }, [hash]);

  // Focus goes to "Leave stage" and, when the stage closes (Esc, S, the button), back to where it was (the
  // Stage button, a field): the button it sat on is gone by then, and focus would fall to <body>.
  useEffect(() => {
    const before = document.activeElement;
    leaveButton.current?.focus({ preventScroll: true });
    return () => {
      if (before instanceof HTMLElement && before !== document.body && before.isConnected)
        before.focus({ preventScroll: true });
    };
  }, []);

  const stageBox = useStageBar(bar, strip);
  useStageFit(true, stageBox, `${hash}|${strip}`, strip);

  useShortcut('Escape', leave);
  useShortcut('c', () => setStrip((s) => !s));

  return (
    <div className="presenter stage-mode" role="region" aria-label="Stage">
      <div className="presenter-bar" ref={bar}>
        <div className="presenter-text">
          <p className="presenter-where-line">
            {missing
              ? 'This page has no figure to put on stage.'
              : 'Stage: the main figure fills the screen. The page keeps working (its controls: C).'}
          </p>
        </div>
        <div className="presenter-buttons">
          <button type="button" aria-pressed={strip} onClick={() => setStrip((s) => !s)} title="Controls (C)">
            Controls
          </button>
          <button type="button" ref={leaveButton} onClick={leave} title="Leave the stage (S or Esc)">
            Leave stage
          </button>
        </div>
      </div>
    </div>
  );
}
