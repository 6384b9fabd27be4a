import { useEffect, useSyncExternalStore } from 'react';

/**
 * The stage layout: the page's main figure (the element a page marks `data-stage="main"`) fills the screen,
 * the rest of the page stays laid out but invisible (nothing is unmounted, so a page keeps working), and the
 * page's controls can come back as a narrow strip on the left.
 *
 * The figure is laid out at a natural width near the size it was designed for and then scaled up with a CSS
 * transform to fill the free area, like a slide: its text grows with it (axis labels of 12 px at a natural
 * width of 760 px are 20 px on a 1280 px screen). A figure whose height limits it is narrowed and measured
 * again (at most a few passes) so that its scale, and so its text, stays about the same.
 */

/** Where the figure may go: the free part of the window (the bar and the strip excluded). */
export interface StageBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The natural width a figure is first laid out at: the width the pages were designed for. */
export const DESIGN_WIDTH = 760;
const MIN_WIDTH = 300;
const PAD = 8;
/** Axis text should reach this size on the stage (px). */
export const STAGE_TEXT_PX = 21;

/** The scale and position that fit content of natural size `w`×`h` into `box`, centred. */
export function fitInto(box: StageBox, w: number, h: number): { scale: number; x: number; y: number } {
  const bw = Math.max(1, box.width - 2 * PAD);
  const bh = Math.max(1, box.height - 2 * PAD);
  const scale = Math.max(0.1, Math.min(bw / Math.max(1, w), bh / Math.max(1, h)));
  return {
    scale,
    x: Math.round(box.left + PAD + (bw - scale * w) / 2),
    y: Math.round(box.top + PAD + (bh - scale * h) / 2),
  };
}

/** A content size measured at a layout width. */
export interface Sample {
  width: number;
  w: number;
  h: number;
}

/**
 * The layout width to give a figure, from its content measured at two widths (content that follows the width
 * linearly, like a chart of fixed aspect, a canvas of fixed height, or neither): the width whose content,
 * scaled to fit the box, covers the most screen, with its text (smallest `minText` px at scale 1) at least
 * {@link STAGE_TEXT_PX} where that costs little.
 */
export function bestWidth(box: StageBox, a: Sample, b: Sample, minText: number): number {
  const bw = Math.max(1, box.width - 2 * PAD);
  const bh = Math.max(1, box.height - 2 * PAD);
  const dw = b.width - a.width;
  const slopeW = dw !== 0 ? (b.w - a.w) / dw : 0;
  const slopeH = dw !== 0 ? (b.h - a.h) / dw : 0;
  const target = STAGE_TEXT_PX / Math.max(1, minText);
  let best = a.width;
  let bestScore = -Infinity;
  for (let i = 0; i <= 48; i++) {
    const width = MIN_WIDTH + ((bw - MIN_WIDTH) * i) / 48;
    const w = Math.max(1, a.w + slopeW * (width - a.width));
    const h = Math.max(1, a.h + slopeH * (width - a.width));
    const s = Math.min(bw / w, bh / h);
    // Cover about two thirds of the free area first, then make the text large enough, then cover more.
    const cover = (s * s * w * h) / (bw * bh);
    const score = Math.min(cover, 0.76) + 0.1 * cover - 0.5 * Math.max(0, 1 - s / target);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = width;
    }
  }
  return Math.round(best);
}

/** What a figure draws (its charts, canvases and words), relative to its top-left corner, at scale 1. */
function contentBox(fig: HTMLElement): { l: number; t: number; w: number; h: number } {
  const fr = fig.getBoundingClientRect();
  const s = fig.offsetWidth > 0 ? fr.width / fig.offsetWidth : 1;
  let l = Infinity;
  let t = Infinity;
  let r = -Infinity;
  let b = -Infinity;
  const parts = fig.querySelectorAll<Element>(
    'svg, canvas, img, button, label, output, li, p, h2, h3, legend, .katex-display',
  );
  for (const el of parts) {
    if (el.parentElement?.closest('svg')) continue; // the outer svg counts, not its children
    const rr = el.getBoundingClientRect();
    if (rr.width === 0 || rr.height === 0) continue;
    l = Math.min(l, (rr.left - fr.left) / s);
    t = Math.min(t, (rr.top - fr.top) / s);
    r = Math.max(r, (rr.right - fr.left) / s);
    b = Math.max(b, (rr.bottom - fr.top) / s);
  }
  if (!Number.isFinite(l)) return { l: 0, t: 0, w: fig.offsetWidth, h: fig.offsetHeight };
  return { l, t, w: r - l, h: b - t };
}

/** The smallest axis text of a figure, at scale 1 (px). */
function smallestText(fig: HTMLElement): number {
  let min = Infinity;
  for (const el of fig.querySelectorAll('.axis text, .axis-label'))
    min = Math.min(min, parseFloat(getComputedStyle(el).fontSize) || Infinity);
  return Number.isFinite(min) ? min : 12;
}

/** The figure a page marked as its main one, the first that is laid out (a hidden tab's is not). */
export function findStageFigure(root: ParentNode = document): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('main [data-stage="main"]'))
    if (el.getClientRects().length > 0) return el;
  // A tab that has not marked its figure: its first chart.
  for (const el of root.querySelectorAll<HTMLElement>('main .results .chart'))
    if (el.getClientRects().length > 0) return el;
  return null;
}

const ACTIVE = 'stage-figure';
const STRIP = 'stage-controls';

/**
 * While `enabled`: keeps the main figure fitted to the box `box()` gives (re-read on every pass), following
 * the figure's own size changes, page changes (a new figure) and window resizes. Calls `report` with the
 * figure found (or null) after each pass.
 */
export function useStageFit(enabled: boolean, box: () => StageBox, key: string, strip: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const main = document.getElementById('main');
    if (!main) return;
    let figure: HTMLElement | null = null;
    let controls: HTMLElement | null = null;
    let passes = 0;
    let frame = 0;
    let timer = 0;
    // During the measuring passes the figure's own resizes are expected; afterwards they ask for a new fit.
    const ro = new ResizeObserver(() => {
      if (passes >= 3) schedule();
    });
    const release = (el: HTMLElement) => {
      el.classList.remove(ACTIVE);
      el.style.removeProperty('width');
      el.style.removeProperty('transform');
      ro.unobserve(el);
    };
    let samples: Sample[] = [];
    const wait = () => {
      timer = window.setTimeout(schedule, 150);
    };
    const apply = () => {
      const found = findStageFigure();
      if (found !== figure) {
        if (figure) release(figure);
        figure = found;
        passes = 0;
        if (!figure) return;
        figure.classList.add(ACTIVE);
        ro.observe(figure);
      }
      if (!figure) return;
      // The page's controls beside the figure become the strip (the panel of the same two-column layout).
      const want = strip
        ? (figure.closest('.two-col')?.querySelector<HTMLElement>(':scope > .controls') ??
          document.querySelector<HTMLElement>('main .controls'))
        : null;
      if (want !== controls) {
        controls?.classList.remove(STRIP);
        controls = want;
        controls?.classList.add(STRIP);
        passes = 0;
      }
      const b = box();
      const bw = Math.max(MIN_WIDTH, b.width - 2 * PAD);
      // Passes: lay out at the design width, then at a narrower one, then at the best width those predict.
      if (passes === 0) {
        samples = [];
        figure.style.transform = 'none';
        figure.style.width = `${Math.min(DESIGN_WIDTH, bw)}px`;
        passes = 1;
        return wait();
      }
      if (passes === 1 || passes === 2) {
        const c = contentBox(figure);
        samples.push({ width: figure.offsetWidth, w: c.w, h: c.h });
        if (passes === 1)
          figure.style.width = `${Math.round(Math.max(MIN_WIDTH, figure.offsetWidth * 0.7))}px`;
        else figure.style.width = `${bestWidth(b, samples[0], samples[1], smallestText(figure))}px`;
        passes++;
        return wait();
      }
      const c = contentBox(figure);
      const { scale, x, y } = fitInto(b, c.w, c.h);
      figure.style.transform = `translate(${Math.round(x - c.l * scale)}px, ${Math.round(y - c.t * scale)}px) scale(${scale.toFixed(4)})`;
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      frame = requestAnimationFrame(apply);
    };
    const refit = () => {
      passes = 0;
      schedule();
    };
    const mo = new MutationObserver(() => {
      if (findStageFigure() !== figure) schedule();
    });
    mo.observe(main, { childList: true, subtree: true });
    window.addEventListener('resize', refit);
    const off = onStageChange(refit);
    schedule();
    return () => {
      off();
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      mo.disconnect();
      ro.disconnect();
      window.removeEventListener('resize', refit);
      if (figure) release(figure);
      controls?.classList.remove(STRIP);
    };
    // `box` is read on every pass; a change of `key` (the scene, the arrangement, the bar) refits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, key, strip]);
}

/* The stage toggle outside a presentation (projector controls), and what the presenter shows. */
const listeners = new Set<() => void>();
let outsideToggle = false;

export function stageToggled(): boolean {
  return outsideToggle;
}
export function setStageToggled(on: boolean): void {
  if (on === outsideToggle) return;
  outsideToggle = on;
  listeners.forEach((l) => l());
}
/** Something that changes the free area (the strip shown or hidden, the bar) asks for a refit. */
export function requestRefit(): void {
  listeners.forEach((l) => l());
}
function onStageChange(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
export function useStageToggled(): boolean {
  return useSyncExternalStore(onStageChange, stageToggled, () => false);
}
