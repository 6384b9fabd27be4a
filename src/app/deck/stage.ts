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

/** The natural width a figure is laid out at: the width the pages were designed for, never wider than the box. */
export const DESIGN_WIDTH = 760;
const MIN_WIDTH = 300;
const PAD = 8;

/** The scale and position that fit a figure of natural size `w`×`h` into `box`, centred. */
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

/**
 * The natural width to try next for a figure that measured `w`×`h` (aspect h/w), aiming for the scale a
 * figure of {@link DESIGN_WIDTH} gets when the width limits it: a tall figure is laid out narrower.
 */
export function nextWidth(box: StageBox, w: number, h: number): number {
  const bw = box.width - 2 * PAD;
  const bh = box.height - 2 * PAD;
  const design = Math.min(DESIGN_WIDTH, bw);
  const target = bw / design; // the scale a wide figure gets
  const aspect = h / Math.max(1, w);
  const heightLimited = aspect * design * target > bh;
  const want = heightLimited ? bh / target / aspect : design;
  return Math.round(Math.max(MIN_WIDTH, Math.min(bw, want)));
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
    const ro = new ResizeObserver(() => schedule());
    const release = (el: HTMLElement) => {
      el.classList.remove(ACTIVE);
      el.style.removeProperty('width');
      el.style.removeProperty('transform');
      ro.unobserve(el);
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
      // Content wider or taller than the box (a chart sized by its column, not by the figure) counts too.
      let w = Math.max(figure.offsetWidth, figure.scrollWidth);
      const h = Math.max(figure.offsetHeight, figure.scrollHeight);
      if (passes === 0 || !figure.style.width) {
        w = Math.min(DESIGN_WIDTH, Math.max(MIN_WIDTH, b.width - 2 * PAD));
        figure.style.width = `${w}px`;
        passes = 1;
        timer = window.setTimeout(schedule, 120);
        return;
      }
      if (passes < 4 && h > 0) {
        const next = nextWidth(b, w, h);
        if (Math.abs(next - w) > Math.max(8, w * 0.04)) {
          figure.style.width = `${next}px`;
          passes++;
          timer = window.setTimeout(schedule, 120);
          return;
        }
        passes = 4;
      }
      const { scale, x, y } = fitInto(b, w, h);
      figure.style.transform = `translate(${x}px, ${y}px) scale(${scale.toFixed(4)})`;
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
