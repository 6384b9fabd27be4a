import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { activePlayer, onPlayersChange } from '../../stores/presenting';
import { markSceneChange } from '../../ui/sceneTransition';
import { setFullscreen } from '../fullscreen';
import { flushPendingUrlWrites } from '../useUrlState';
import { clickerAction } from './clicker';
import type { Scene } from './deckCodec';
import { sceneLabel } from './deckOps';
import { presentedHash, useDeckStore, type Presentation } from './deckStore';
import { prefetchScenes } from './prefetch';
import { openChannel, presenterViewUrl, type ShowState, type ViewMessage } from './presenterChannel';
import { requestRefit, useStageBar, useStageFit } from './stage';
import './presenter.css';

/**
 * Starts presenting `scenes` from `start`, full screen. Call it from the click or key press that asks for
 * it: browsers grant full screen only inside a user gesture (if refused, the presentation runs in the window).
 * The code of every page in the deck starts loading now, so no scene opens on a "Loading…" placeholder.
 */
export function startPresenting(scenes: Scene[], start = 0): void {
  if (scenes.length === 0) return;
  prefetchScenes(scenes);
  // Full screen chosen before (projector mode's button) outlives the presentation; ours does not.
  ownFullscreen = !document.fullscreenElement;
  startedAt = Date.now();
  useDeckStore.getState().present(scenes, start);
  if (ownFullscreen)
    void setFullscreen(true).then(() => {
      // In full screen Escape belongs to the browser (it leaves full screen, ending the show). With the
      // keyboard locked, a press reaches the page (a field is left, the show ends), a long press still exits.
      const kb = (navigator as Navigator & { keyboard?: { lock?: (keys: string[]) => Promise<void> } })
        .keyboard;
      if (document.fullscreenElement) kb?.lock?.(['Escape'])?.catch(() => undefined);
    });
}

let ownFullscreen = false;
let startedAt = Date.now();

/** While a deck is presented: goes to the current scene's address and shows where the class is in the deck. */
export function Presenter() {
  const presentation = useDeckStore((s) => s.presentation);
  return presentation ? <PresenterOverlay p={presentation} /> : null;
}

function showState(p: Presentation): ShowState {
  return {
    titles: p.scenes.map(sceneLabel),
    speaker: p.scenes.map((s) => s.speaker ?? ''),
    builds: p.scenes.map((s) => s.builds?.length ?? 0),
    index: p.index,
    build: p.build,
    startedAt,
  };
}

function PresenterOverlay({ p }: { p: Presentation }) {
  const { step, stop } = useDeckStore.getState();
  const box = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const ink = useRef<HTMLCanvasElement>(null);
  const scene = p.scenes[p.index];
  const hash = presentedHash(p);
  const builds = scene.builds?.length ?? 0;
  const [barHidden, setBarHidden] = useState(false);
  const [blank, setBlank] = useState(false);
  const [laser, setLaser] = useState(false);
  const [pen, setPen] = useState(false);
  // The controls strip: the scene's choice, flipped by C until the next scene.
  const [stripFlipAt, setStripFlipAt] = useState<number | null>(null);
  const stripFlip = stripFlipAt === p.index;
  const [playing, setPlaying] = useState(false);
  const hasPlayer = useSyncExternalStore(onPlayersChange, () => activePlayer() !== null);
  const arrangement = scene.stage ?? 'page';
  const staged = arrangement !== 'page';
  const strip = staged && (arrangement === 'controls') !== stripFlip;

  // Pages restore their state from the address and follow hashchange, so a scene is just an address.
  useEffect(() => {
    if (window.location.hash !== hash) {
      // A live edit still waiting to reach the address lands first (in the scene it was made in).
      flushPendingUrlWrites();
      // Pages that can animate the change (a matrix morphing to the next scene's) do so.
      markSceneChange();
      window.location.hash = hash;
    }
    window.scrollTo(0, 0); // each scene starts at the top, like a slide
    // The pen's strokes belong to the step they were drawn on.
    const c = ink.current;
    c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
  }, [hash]);

  // Autoplay: once the scene's page has registered its animation, start it at the scene's speed.
  useEffect(() => {
    if (!scene.autoplay) return;
    const speed = scene.speed ?? 1;
    let timer = 0;
    let done = false;
    const tryPlay = () => {
      const player = activePlayer();
      if (done || !player) return;
      done = true;
      player.play(speed);
      setPlaying(true);
    };
    // The page of the previous scene may still be mounted for a moment: wait for the address to be read.
    timer = window.setTimeout(tryPlay, 200);
    const off = onPlayersChange(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(tryPlay, 120);
    });
    return () => {
      off();
      window.clearTimeout(timer);
    };
  }, [hash, scene.autoplay, scene.speed]);

  useEffect(() => {
    const root = document.documentElement;
    if (scene.hidePreview) root.setAttribute('data-hide-preview', '');
    else root.removeAttribute('data-hide-preview');
    return () => root.removeAttribute('data-hide-preview');
  }, [scene.hidePreview]);

  useEffect(() => {
    const root = document.documentElement;
    if (staged) root.setAttribute('data-stage-layout', strip ? 'controls' : 'figure');
    else root.removeAttribute('data-stage-layout');
    requestRefit();
    return () => root.removeAttribute('data-stage-layout');
  }, [staged, strip]);

  const stageBox = useStageBar(bar, strip, barHidden);
  useStageFit(
    staged,
    stageBox,
    `${hash}|${strip}|${barHidden}`,
    strip,
    scene.panels ?? 'all',
    scene.layout ?? 'auto',
  );

  const leaveField = () => {
    const el = document.activeElement as HTMLElement | null;
    el?.blur();
    box.current?.focus({ preventScroll: true });
  };
  const togglePlay = () => {
    const player = activePlayer();
    if (!player) return;
    if (player.playing()) {
      player.pause();
      setPlaying(false);
    } else {
      player.play(scene.speed ?? 1);
      setPlaying(true);
    }
  };

  // Keys a presentation clicker sends (see clickerAction), taken before the page's own shortcuts.
  const act = useRef<(e: KeyboardEvent) => void>(() => undefined);
  const onClicker = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const action = clickerAction(e);
    if (!action) return;
    if (action === 'commit-field' || action === 'leave-field') {
      // The field handles the key first (Enter may commit, Escape may restore), then focus goes to the stage.
      window.setTimeout(leaveField, 0);
      if (action === 'leave-field') e.stopPropagation();
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    if (blank && (action === 'next' || action === 'previous' || action === 'blank')) {
      setBlank(false);
      return;
    }
    switch (action) {
      case 'next':
      case 'previous':
        // Leaving a field commits what was typed (a live edit) before the scene moves on.
        if (document.activeElement && document.activeElement !== box.current) leaveField();
        step(action === 'next' ? 1 : -1);
        break;
      case 'end':
        if (pen || laser) {
          setPen(false);
          setLaser(false);
        } else stop();
        break;
      case 'blank':
        setBlank(true);
        break;
      case 'play':
        togglePlay();
        break;
      case 'bar':
        setBarHidden((h) => !h);
        break;
      case 'controls':
        if (staged) setStripFlipAt((at) => (at === p.index ? null : p.index));
        break;
      case 'laser':
        setLaser((l) => !l);
        setPen(false);
        break;
      case 'pen':
        setPen((d) => !d);
        setLaser(false);
        break;
    }
  };
  useEffect(() => {
    act.current = onClicker;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => act.current(e);
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);

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

  // The presenter view (a second window) follows the show and drives it.
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const ch = openChannel();
    channel.current = ch;
    if (!ch) return;
    ch.onmessage = (e: MessageEvent<ViewMessage>) => {
      const m = e.data;
      const s = useDeckStore.getState();
      if (m?.type === 'hello' && s.presentation)
        ch.postMessage({ type: 'state', state: showState(s.presentation) });
      else if (m?.type === 'step') s.step(m.delta === -1 ? -1 : 1);
      else if (m?.type === 'goto' && typeof m.index === 'number') s.goTo(m.index);
      else if (m?.type === 'blank') setBlank((b) => !b);
    };
    return () => {
      ch.postMessage({ type: 'ended' });
      ch.close();
      channel.current = null;
    };
  }, []);
  useEffect(() => {
    channel.current?.postMessage({ type: 'state', state: showState(p) });
  }, [p]);

  // Laser pointer: a dot following the pointer. Pen: strokes on a layer over the stage, cleared per scene.
  const dot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!laser) return;
    const move = (e: PointerEvent) => {
      if (dot.current) dot.current.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
    };
    window.addEventListener('pointermove', move);
    return () => window.removeEventListener('pointermove', move);
  }, [laser]);
  useEffect(() => {
    const c = ink.current;
    if (!c) return;
    const size = () => {
      const dpr = window.devicePixelRatio || 1;
      c.width = Math.round(window.innerWidth * dpr);
      c.height = Math.round(window.innerHeight * dpr);
    };
    size();
    window.addEventListener('resize', size);
    return () => window.removeEventListener('resize', size);
  }, []);
  const drawing = useRef<{ x: number; y: number } | null>(null);
  const penDown = (e: React.PointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = { x: e.clientX, y: e.clientY };
  };
  const penMove = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const from = drawing.current;
    const ctx = ink.current?.getContext('2d');
    if (!from || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.strokeStyle = '#e0115f';
    ctx.lineWidth = 5 * dpr;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(from.x * dpr, from.y * dpr);
    ctx.lineTo(e.clientX * dpr, e.clientY * dpr);
    ctx.stroke();
    drawing.current = { x: e.clientX, y: e.clientY };
  };

  const openPresenterView = () => {
    window.open(presenterViewUrl(window.location.href), 'mfml-presenter-view', 'popup,width=960,height=640');
  };

  const label = sceneLabel(scene);
  return (
    <>
      <canvas
        ref={ink}
        className={`presenter-ink${pen ? ' drawing' : ''}`}
        aria-hidden="true"
        onPointerDown={penDown}
        onPointerMove={penMove}
        onPointerUp={() => (drawing.current = null)}
        onPointerCancel={() => (drawing.current = null)}
      />
      {laser && <div ref={dot} className="presenter-laser" aria-hidden="true" />}
      {blank && (
        <div className="presenter-blank" data-testid="blank-stage" aria-label="Blank screen" role="img" />
      )}
      <div
        className={`presenter${barHidden ? ' bar-hidden' : ''}`}
        role="region"
        aria-label="Presentation"
        ref={box}
        tabIndex={-1}
      >
        {barHidden ? (
          <button
            type="button"
            className="presenter-show"
            onClick={() => setBarHidden(false)}
            title="Show the presenter bar (H)"
          >
            Show presenter bar
          </button>
        ) : (
          <div className="presenter-bar" ref={bar}>
            <div className="presenter-text">
              <p className="presenter-where-line">
                <span className="presenter-where" aria-live="polite">
                  Scene {p.index + 1} of {p.scenes.length} — {label}
                </span>
                {builds > 0 && (
                  <span className="presenter-build">
                    {' '}
                    · step {p.build + 1} of {builds + 1}
                  </span>
                )}
              </p>
              {scene.note && <p className="presenter-note">{scene.note}</p>}
            </div>
            <div className="presenter-buttons">
              <button type="button" onClick={() => step(-1)} disabled={p.index === 0 && p.build === 0}>
                Previous
              </button>
              <button
                type="button"
                onClick={() => step(1)}
                disabled={p.index === p.scenes.length - 1 && p.build === builds}
              >
                Next
              </button>
              {hasPlayer && (
                <button type="button" onClick={togglePlay} aria-pressed={playing} title="Play or pause (K)">
                  Play/pause
                </button>
              )}
              <button type="button" onClick={openPresenterView} title="Opens a second window">
                Presenter view
              </button>
              <button type="button" onClick={() => setBarHidden(true)} title="Hide this bar (H)">
                Hide bar
              </button>
              <button type="button" onClick={stop} aria-label="End presentation">
                End
              </button>
            </div>
          </div>
        )}
      </div>
    </>
  );
}
