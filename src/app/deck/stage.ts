import { useCallback, useEffect, useSyncExternalStore, type RefObject } from 'react';
import type { StageLayoutChoice, StagePanelChoice } from './deckCodec';

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
    // Cover about two thirds of the free area first, then make the text large enough, then cover more; among
    // widths that cover about as much, the one whose text is not blown up past 1.5 times the target (a figure
    // laid out narrow and scaled by 3 shows 50 px titles that wrap, and less of its picture).
    const cover = (s * s * w * h) / (bw * bh);
    const score =
      Math.min(cover, 0.76) +
      0.1 * cover -
      0.5 * Math.max(0, 1 - s / target) -
      0.05 * Math.max(0, s / target - 1.5);
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
  const add = (rr: DOMRect) => {
    l = Math.min(l, (rr.left - fr.left) / s);
    t = Math.min(t, (rr.top - fr.top) / s);
    r = Math.max(r, (rr.right - fr.left) / s);
    b = Math.max(b, (rr.bottom - fr.top) / s);
  };
  const parts = fig.querySelectorAll<Element>(
    // A readout is its label and its value: the value alone would leave the label outside the fit.
    'svg, canvas, img, button, label, output, .readout, li, p, h2, h3, legend, .katex-display',
  );
  for (const el of parts) {
    if (el.parentElement?.closest('svg')) continue; // the outer svg counts, not its children
    const rr = el.getBoundingClientRect();
    // Nothing drawn, or words for screen readers only (clipped to a pixel's width, below the chart): they
    // would make the figure look taller than what shows, and the fit shrink it.
    if (rr.width <= 2 || rr.height <= 2) continue;
    add(rr);
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

/** Which of the page's figures go on stage: the main one with its companions (`all`), or the main one alone. */
export type StagePanels = StagePanelChoice;
/** How several staged figures share the screen: side by side, stacked, or by the screen's shape (`auto`). */
export type StageLayout = StageLayoutChoice;

/**
 * The figures to stage: the main one, then (with `all`) the page's companions of it, the laid-out elements it
 * marks `data-stage="companion"` (a chart worth showing beside a square figure: the network's loss curves, the
 * chain's trace plots).
 */
export function findStageFigures(panels: StagePanels = 'all', root: ParentNode = document): HTMLElement[] {
  const main = findStageFigure(root);
  if (!main) return [];
  if (panels === 'main') return [main];
  const companions = [...root.querySelectorAll<HTMLElement>('main [data-stage="companion"]')].filter(
    (el) => el.getClientRects().length > 0 && !el.contains(main) && !main.contains(el),
  );
  return [main, ...companions];
}

/** The most of the stage the main figure takes when it shares it with companions. */
const MAIN_SHARE = 0.62;

/** Whether several figures in `box` go side by side (`side`) or one above the other (`stacked`). */
export function isSideBySide(box: StageBox, layout: StageLayout): boolean {
  return layout === 'side' || (layout === 'auto' && box.width >= box.height);
}

/**
 * The boxes of figures of content sizes `sizes` (at their design width; the main figure first) in `box`: the
 * main figure beside its companions (side by side) or above them (stacked). The main figure gets the room its
 * shape can use at the full height (side by side) or width (stacked), at most {@link MAIN_SHARE} of the stage;
 * the companions share the rest, one above the other beside it (side by side) or in a row below it
 * (stacked), each by its shape.
 */
export function splitStage(
  box: StageBox,
  sizes: { w: number; h: number }[],
  layout: StageLayout,
): StageBox[] {
  if (sizes.length <= 1) return [box];
  const side = isSideBySide(box, layout);
  const along = side ? box.width : box.height;
  const across = side ? box.height : box.width;
  // A figure's length along the split per unit across it: width per height side by side, else height per width.
  const ratio = ({ w, h }: { w: number; h: number }) =>
    Math.max(0.25, Math.min(4, side ? w / Math.max(1, h) : h / Math.max(1, w)));
  const first = Math.round(Math.min(along * MAIN_SHARE, across * ratio(sizes[0])));
  // The companions share the rest across the split: each by its length across it per unit along it.
  const rest = sizes.slice(1).map((s) => 1 / ratio(s));
  const total = rest.reduce((x, y) => x + y, 0);
  const out: StageBox[] = [
    side
      ? { left: box.left, top: box.top, width: first, height: box.height }
      : { left: box.left, top: box.top, width: box.width, height: first },
  ];
  let at = side ? box.top : box.left;
  for (const [i, r] of rest.entries()) {
    const part =
      i === rest.length - 1
        ? (side ? box.top + box.height : box.left + box.width) - at
        : Math.round((across * r) / total);
    out.push(
      side
        ? { left: box.left + first, top: at, width: box.width - first, height: part }
        : { left: at, top: box.top + first, width: part, height: box.height - first },
    );
    at += part;
  }
  return out;
}

const ACTIVE = 'stage-figure';
/** The attribute that tells a staged figure how it shares the stage: `alone`, `side` or `stacked`. */
const SPLIT = 'data-stage-split';
const STRIP = 'stage-controls';

/**
 * While `enabled`: keeps the staged figures (the main one and, with `panels` = `all`, its companions, arranged
 * by `layout`) fitted to the box `box()` gives (re-read on every pass), following the figures' own size
 * changes, page changes (new figures) and window resizes.
 */
export function useStageFit(
  enabled: boolean,
  box: () => StageBox,
  key: string,
  strip: boolean,
  panels: StagePanels = 'all',
  layout: StageLayout = 'auto',
): void {
  useEffect(() => {
    if (!enabled) return;
    const main = document.getElementById('main');
    if (!main) return;
    let figures: HTMLElement[] = [];
    let controls: HTMLElement | null = null;
    let passes = 0;
    let frame = 0;
    let timer = 0;
    // During the measuring passes the figures' own resizes are expected; afterwards they ask for a new fit.
    const ro = new ResizeObserver(() => {
      if (passes >= 3) schedule();
    });
    const release = (el: HTMLElement) => {
      el.classList.remove(ACTIVE);
      el.removeAttribute(SPLIT);
      el.style.removeProperty('width');
      el.style.removeProperty('transform');
      ro.unobserve(el);
    };
    let samples: Sample[][] = [];
    let boxes: StageBox[] = [];
    const wait = () => {
      timer = window.setTimeout(schedule, 150);
    };
    const same = (a: HTMLElement[], b: HTMLElement[]) =>
      a.length === b.length && a.every((el, i) => el === b[i]);
    const apply = () => {
      const found = findStageFigures(panels);
      if (!same(found, figures)) {
        for (const el of figures) if (!found.includes(el)) release(el);
        figures = found;
        passes = 0;
        for (const el of figures) {
          el.classList.add(ACTIVE);
          ro.observe(el);
        }
      }
      const figure = figures[0];
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
      // How the figures share the stage, for a page's own rules (trace plots in a row below a figure).
      const split = figures.length === 1 ? 'alone' : isSideBySide(b, layout) ? 'side' : 'stacked';
      if (figures.some((el) => el.getAttribute(SPLIT) !== split)) {
        for (const el of figures) el.setAttribute(SPLIT, split);
        passes = 0;
      }
      // Passes: lay out at the design width, then at a narrower one, then at the best width those predict.
      if (passes === 0) {
        samples = figures.map(() => []);
        boxes = figures.map(() => b);
        for (const el of figures) {
          el.style.transform = 'none';
          el.style.width = `${Math.min(DESIGN_WIDTH, bw)}px`;
        }
        passes = 1;
        return wait();
      }
      if (passes === 1 || passes === 2) {
        const contents = figures.map(contentBox);
        figures.forEach((el, i) =>
          samples[i].push({ width: el.offsetWidth, w: contents[i].w, h: contents[i].h }),
        );
        if (passes === 1) {
          // Each figure's share of the stage, from its shape at the design width.
          boxes = splitStage(b, contents, layout);
          for (const el of figures)
            el.style.width = `${Math.round(Math.max(MIN_WIDTH, el.offsetWidth * 0.7))}px`;
        } else
          figures.forEach((el, i) => {
            el.style.width = `${bestWidth(boxes[i], samples[i][0], samples[i][1], smallestText(el))}px`;
          });
        passes++;
        return wait();
      }
      boxes =
        figures.length === 1
          ? [b]
          : splitStage(
              b,
              samples.map((s) => s[0]),
              layout,
            );
      figures.forEach((el, i) => {
        const c = contentBox(el);
        const { scale, x, y } = fitInto(boxes[i], c.w, c.h);
        el.style.transform = `translate(${Math.round(x - c.l * scale)}px, ${Math.round(y - c.t * scale)}px) scale(${scale.toFixed(4)})`;
      });
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
      if (!same(findStageFigures(panels), figures)) schedule();
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
      for (const el of figures) release(el);
      controls?.classList.remove(STRIP);
    };
    // `box` is read on every pass; a change of `key` (the scene, the arrangement, the bar) refits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, key, strip, panels, layout]);
}

/**
 * The bar along the bottom of the stage (the presenter bar, or the stage toggle's): keeps `--presenter-h` at
 * its height (the page's bottom padding, the strip's bottom edge) and returns the free area for
 * {@link useStageFit}: right of the controls strip when `strip`, above the bar unless it is `hidden`.
 */
export function useStageBar(
  bar: RefObject<HTMLElement | null>,
  strip: boolean,
  hidden = false,
): () => StageBox {
  useEffect(() => {
    const el = bar.current;
    const root = document.documentElement;
    const set = () => root.style.setProperty('--presenter-h', `${barHeight(bar, hidden)}px`);
    set();
    const ro = el ? new ResizeObserver(set) : null;
    if (el) ro?.observe(el);
    return () => {
      ro?.disconnect();
      root.style.removeProperty('--presenter-h');
    };
  }, [bar, hidden]);
  return useCallback(() => {
    const r = strip ? document.querySelector('.stage-controls')?.getBoundingClientRect() : undefined;
    const free = window.innerHeight - barHeight(bar, hidden);
    // A strip across the width (a narrow screen) is above the figure; otherwise on its left.
    if (r && r.width > window.innerWidth * 0.6) {
      const top = Math.ceil(r.bottom);
      return { left: 0, top, width: window.innerWidth, height: Math.max(1, free - top) };
    }
    const left = r ? Math.ceil(r.right) : 0;
    return { left, top: 0, width: window.innerWidth - left, height: free };
  }, [bar, strip, hidden]);
}

function barHeight(bar: RefObject<HTMLElement | null>, hidden: boolean): number {
  return hidden ? 0 : Math.ceil(bar.current?.getBoundingClientRect().height ?? 0);
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
