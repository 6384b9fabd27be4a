import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { create } from 'zustand';
import { snapshotFigure } from '../../ui/export';
import { flushPendingUrlWrites } from '../useUrlState';
import type { Scene } from './deckCodec';
import { sceneLabel } from './deckOps';
import { prefetchScenes } from './prefetch';
import { findStageFigure } from './stage';
import './print.css';

/** One printed page: the scene's title, its class note and a picture of its main figure (or why there is none). */
export interface PrintedScene {
  title: string;
  note: string;
  image: string | null;
  missing: string | null;
}

interface PrintState {
  scenes: Scene[] | null;
  /** Opens the print sheet of `scenes` (each scene is visited once to take its picture). */
  open(scenes: Scene[]): void;
  close(): void;
}

export const usePrintDeck = create<PrintState>((set) => ({
  scenes: null,
  open: (scenes) => scenes.length > 0 && set({ scenes }),
  close: () => set({ scenes: null }),
}));

/** How long a scene may take to show its figure, and how long a figure must stay still before its picture. */
const FIGURE_WAIT_MS = 10_000;
const SETTLE_MS = 700;
const BLANK_WAIT_MS = 3000;

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
const sleep = (ms: number) => new Promise<void>((done) => window.setTimeout(done, ms));

/**
 * A small fingerprint of what a figure's canvases show (each drawn down to 12 × 12), and whether any of them is
 * still blank (one colour): a WebGL surface draws after its mesh arrives from the worker, which changes no DOM.
 */
function canvasPrint(figure: Element): { key: string; blank: boolean } {
  const probe = document.createElement('canvas');
  probe.width = probe.height = 12;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  let key = '';
  let blank = false;
  for (const c of figure.querySelectorAll('canvas')) {
    if (!ctx || c.width < 1 || c.height < 1) continue;
    ctx.clearRect(0, 0, 12, 12);
    try {
      ctx.drawImage(c, 0, 0, 12, 12);
    } catch {
      continue;
    }
    const d = ctx.getImageData(0, 0, 12, 12).data;
    let sum = 0;
    let spread = 0;
    for (let i = 0; i < d.length; i += 4) {
      sum += d[i] + 2 * d[i + 1] + 3 * d[i + 2];
      spread += Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]);
    }
    key += `${sum},`;
    if (spread < 30) blank = true;
  }
  return { key, blank };
}

/**
 * Waits until the page at the current address shows its main figure and stops changing (no DOM change and no
 * new canvas picture in the figure for {@link SETTLE_MS}: a chart drawn after a worker job, a surface after
 * its mesh), then returns the figure; null if none appears in time.
 */
async function settledFigure(cancelled: () => boolean): Promise<HTMLElement | null> {
  const t0 = performance.now();
  const late = () => performance.now() - t0 >= FIGURE_WAIT_MS;
  let figure: HTMLElement | null = null;
  while (!cancelled() && !late()) {
    figure = findStageFigure();
    if (figure && !document.querySelector('main .loading')) break;
    figure = null;
    await sleep(100);
  }
  if (!figure) return null;
  let changedAt = performance.now();
  const observer = new MutationObserver(() => (changedAt = performance.now()));
  observer.observe(figure, { subtree: true, childList: true, attributes: true, characterData: true });
  const found = performance.now();
  let last = canvasPrint(figure).key;
  try {
    for (;;) {
      await sleep(100);
      if (cancelled() || late()) break;
      const now = canvasPrint(figure);
      // A blank canvas may be a surface still waiting for its mesh, or an empty overlay: wait for it a while.
      const waitBlank = now.blank && performance.now() - found < BLANK_WAIT_MS;
      if (now.key !== last || waitBlank) changedAt = performance.now();
      last = now.key;
      if (performance.now() - changedAt >= SETTLE_MS) break;
    }
  } finally {
    observer.disconnect();
  }
  await nextFrame();
  await nextFrame();
  return figure.isConnected ? figure : findStageFigure();
}

/**
 * "Print deck": visits each scene of the deck in turn (its address, as presenting does), takes a picture of
 * its main figure (the one the stage shows), then lays the scenes out one per printed page with the title
 * and the class note (never the speaker notes), for the browser's Print or Save as PDF. The address the
 * lecturer was on is restored when the pictures are taken.
 */
export function PrintDeck() {
  const scenes = usePrintDeck((s) => s.scenes);
  return scenes ? <PrintSheet scenes={scenes} /> : null;
}

function PrintSheet({ scenes }: { scenes: Scene[] }) {
  const close = usePrintDeck((s) => s.close);
  const [pages, setPages] = useState<PrintedScene[]>([]);
  const [done, setDone] = useState(false);
  const printButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let cancelled = false;
    const urls: string[] = [];
    const home = window.location.hash;
    prefetchScenes(scenes);
    flushPendingUrlWrites();
    void (async () => {
      for (const scene of scenes) {
        if (cancelled) break;
        if (window.location.hash !== scene.hash) window.location.hash = scene.hash;
        window.scrollTo(0, 0);
        const figure = await settledFigure(() => cancelled);
        if (cancelled) break;
        const blob = figure ? await snapshotFigure(figure, 2).catch(() => null) : null;
        const url = blob ? URL.createObjectURL(blob) : null;
        if (url) urls.push(url);
        const page: PrintedScene = {
          title: sceneLabel(scene),
          note: scene.note,
          image: url,
          missing: url ? null : 'This scene shows no figure to print (see its address below).',
        };
        setPages((p) => [...p, page]);
      }
      if (cancelled) return;
      if (window.location.hash !== home) window.location.hash = home;
      setDone(true);
    })();
    return () => {
      cancelled = true;
      urls.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [scenes]);

  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute('data-print-deck', done ? 'ready' : 'taking');
    return () => root.removeAttribute('data-print-deck');
  }, [done]);

  useEffect(() => {
    if (done) printButton.current?.focus();
    else status.current?.focus();
  }, [done]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);

  return createPortal(
    <div
      className="print-deck"
      role="dialog"
      aria-modal="true"
      aria-label="Print deck"
      data-ready={done ? '' : undefined}
      data-pages={pages.length}
    >
      <div className="print-toolbar">
        <p ref={status} tabIndex={-1} role="status">
          {done
            ? `${pages.length} ${pages.length === 1 ? 'scene' : 'scenes'}, one per page. Print, or save as PDF from the print dialog.`
            : `Taking the picture of scene ${Math.min(pages.length + 1, scenes.length)} of ${scenes.length}…`}
        </p>
        <button
          ref={printButton}
          type="button"
          className="primary"
          disabled={!done}
          onClick={() => window.print()}
        >
          Print…
        </button>
        <button type="button" onClick={close}>
          {done ? 'Close' : 'Cancel'}
        </button>
      </div>
      <div className="print-pages">
        {pages.map((p, i) => (
          <section key={i} className="print-page" aria-label={`Scene ${i + 1}: ${p.title}`}>
            <h2>
              <span className="print-number">{i + 1}.</span> {p.title}
            </h2>
            {p.image ? (
              <img src={p.image} alt={`The main figure of scene ${i + 1}, ${p.title}`} />
            ) : (
              <p className="print-missing">{p.missing}</p>
            )}
            {p.note && <p className="print-note">{p.note}</p>}
            <p className="print-address">{scenes[i].hash}</p>
          </section>
        ))}
      </div>
    </div>,
    document.body,
  );
}
