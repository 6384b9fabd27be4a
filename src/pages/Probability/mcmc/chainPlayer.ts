/**
 * Replays a chain at a watchable speed by mutating a canvas and a few SVG elements from a
 * requestAnimationFrame loop: React never sees a frame. Samples are painted incrementally within a
 * few milliseconds per frame, so a jump to the end of a 10^6-step chain spreads over frames and the
 * main thread never blocks for long.
 */
import type { McmcRunState } from '../../../stores/probability/mcmc/store';
import { PointRaster } from './pointRaster';
import { formatCount } from '../../../ui/formatCount';
import { prefersReducedMotion, REDUCED_MOTION_STEP_MS } from '../../../ui/motion';

/** Plotting stops for the frame after this long (checked every PAINT_BATCH points), whatever the load. */
const PAINT_BUDGET_MS = 3;
const PAINT_BATCH = 2000;
/** The sample colour comes from CSS (it follows the theme); re-read at most this often. */
const COLOR_TTL_MS = 1000;

export interface PlayerElements {
  canvas: HTMLCanvasElement;
  line: SVGLineElement;
  dot: SVGCircleElement;
  cross: SVGPathElement;
  ring: SVGCircleElement;
  counter: HTMLElement;
}

export interface PlotGeometry {
  sx: (x: number) => number;
  sy: (y: number) => number;
  width: number;
  height: number;
}

export class ChainPlayer {
  /** Steps revealed so far (fractional between frames). */
  private cursor = 0;
  private painted = 0;
  private runId = -1;
  private last = 0;
  private geometry: PlotGeometry | null = null;
  /** The step whose move the markers show, and for which geometry, so an idle frame writes nothing. */
  private drawn = '';
  private raf = 0;
  private inFrame = false;
  private stopped = false;
  private colorAt = -Infinity;
  private dpr = 1;
  private readonly raster: PointRaster;
  playing = true;
  speed = 10;

  constructor(
    private readonly el: PlayerElements,
    private readonly read: () => McmcRunState | null,
    private readonly onFinished: () => void,
  ) {
    this.raster = new PointRaster(el.canvas);
  }

  setGeometry(g: PlotGeometry): void {
    this.dpr = Math.min(2, globalThis.devicePixelRatio || 1);
    this.raster.resize(g.width, g.height, this.dpr);
    this.geometry = g;
    this.drawn = '';
    this.colorAt = -Infinity;
    this.clear();
    this.wake();
  }

  /** Paints everything again (new colours after a theme change). */
  repaint(): void {
    this.colorAt = -Infinity;
    this.clear();
    this.wake();
  }

  rewind(): void {
    this.cursor = 0;
    this.clear();
    this.wake();
  }

  skipToEnd(): void {
    this.cursor = this.read()?.received ?? 0;
    this.wake();
  }

  private clear(): void {
    this.raster.clear();
    this.raster.flush();
    this.painted = 0;
  }

  /** Schedules frames until there is nothing left to animate (an idle page runs no loop at all). */
  wake(): void {
    // Inside a frame the loop itself decides whether to go on.
    if (this.raf !== 0 || this.stopped || this.inFrame) return;
    this.last = 0;
    const loop = (now: number) => {
      this.inFrame = true;
      const more = this.frame(now);
      this.inFrame = false;
      this.raf = more && !this.stopped ? requestAnimationFrame(loop) : 0;
    };
    this.raf = requestAnimationFrame(loop);
  }

  stop(): void {
    this.stopped = true;
    cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  /** One frame; returns whether another is needed. */
  frame(now: number): boolean {
    // Under reduced motion the chain moves in jumps about half a second apart (at the same pace);
    // in between, frames only finish painting what is already revealed.
    const reduced = prefersReducedMotion();
    if (reduced && this.playing && this.last && now - this.last < REDUCED_MOTION_STEP_MS)
      return this.painted < Math.floor(this.cursor) ? this.paintRevealed(now) : true;
    const dt = this.last ? Math.min(reduced ? REDUCED_MOTION_STEP_MS * 1.2 : 250, now - this.last) : 0;
    this.last = now;
    const run = this.read();
    const buf = run?.buffer ?? null;
    const g = this.geometry;
    const id = run?.id ?? -1;
    if (id !== this.runId) {
      this.runId = id;
      this.rewind();
    }
    if (!run || !buf || !g) {
      const key = run ? `waiting:${run.id}` : 'none';
      if (key !== this.drawn) this.hideMarkers(run ? run.request.steps : 0);
      this.drawn = key;
      return false;
    }
    const avail = buf.received;
    if (this.playing)
      this.cursor = this.speed === Infinity ? avail : Math.min(avail, this.cursor + (this.speed * dt) / 1000);
    const shown = Math.floor(this.cursor);
    if (shown < this.painted) this.clear();
    this.paint(buf.xs, buf.ys, shown, g, now);
    const key = `${run.id}:${shown}:${run.total}`;
    if (key !== this.drawn) {
      this.drawn = key;
      this.drawStep(shown, run, g);
    }
    if (this.playing && run.done && shown >= run.total) {
      this.playing = false;
      this.onFinished();
    }
    // More to reveal, or revealed steps not yet painted; new steps arriving wake the loop again.
    return (this.playing && shown < avail) || this.painted < shown;
  }

  /** Paints revealed but unpainted samples (within the frame budget); always wants another frame. */
  private paintRevealed(now: number): boolean {
    const buf = this.read()?.buffer;
    if (buf && this.geometry) this.paint(buf.xs, buf.ys, Math.floor(this.cursor), this.geometry, now);
    return true;
  }

  private paint(xs: Float64Array, ys: Float64Array, upTo: number, g: PlotGeometry, now: number): void {
    if (upTo <= this.painted) return;
    if (now - this.colorAt > COLOR_TTL_MS) {
      this.raster.setColor(getComputedStyle(this.el.canvas).color);
      this.colorAt = now;
    }
    // The scales are affine: two coefficients each (in device pixels) instead of a d3 call per point.
    const r = this.dpr;
    const bx = g.sx(0) * r;
    const ax = g.sx(1) * r - bx;
    const by = g.sy(0) * r;
    const ay = g.sy(1) * r - by;
    const t0 = performance.now();
    let k = this.painted;
    while (k < upTo) {
      const end = Math.min(upTo, k + PAINT_BATCH);
      for (; k < end; k++) this.raster.plot(ax * xs[k] + bx, ay * ys[k] + by);
      if (performance.now() - t0 > PAINT_BUDGET_MS) break;
    }
    this.painted = k;
    this.raster.flush();
  }

  /** Shows step `shown` (1-based): the move from the previous state to the proposal, and its fate. */
  private drawStep(shown: number, run: McmcRunState, g: PlotGeometry): void {
    const buf = run.buffer!;
    const { line, dot, cross, ring, counter } = this.el;
    const k = shown - 1;
    const fromX = k <= 0 ? buf.start[0] : buf.xs[k - 1];
    const fromY = k <= 0 ? buf.start[1] : buf.ys[k - 1];
    const hereX = k < 0 ? buf.start[0] : buf.xs[k];
    const hereY = k < 0 ? buf.start[1] : buf.ys[k];
    setAttrs(ring, { cx: g.sx(hereX), cy: g.sy(hereY), display: '' });
    if (k < 0) {
      line.setAttribute('display', 'none');
      dot.setAttribute('display', 'none');
      cross.setAttribute('display', 'none');
      setText(counter, `start (${hereX.toFixed(2)}, ${hereY.toFixed(2)}) · ${formatCount(run.total)} steps`);
      return;
    }
    const ok = buf.accepted[k] === 1;
    const px = g.sx(buf.px[k]);
    const py = g.sy(buf.py[k]);
    setAttrs(line, { x1: g.sx(fromX), y1: g.sy(fromY), x2: px, y2: py, display: '' });
    line.setAttribute('class', ok ? 'move-line accepted' : 'move-line rejected');
    setAttrs(dot, { cx: px, cy: py, display: ok ? '' : 'none' });
    cross.setAttribute('transform', `translate(${px.toFixed(1)},${py.toFixed(1)})`);
    cross.setAttribute('display', ok ? 'none' : '');
    setText(
      counter,
      `step ${formatCount(shown)} of ${formatCount(run.total)}: ${ok ? 'accepted ●' : 'rejected ×'}`,
    );
  }

  private hideMarkers(total: number): void {
    for (const e of [this.el.line, this.el.dot, this.el.cross, this.el.ring])
      e.setAttribute('display', 'none');
    setText(this.el.counter, total ? 'waiting for the chain…' : 'no chain yet: press Run');
  }
}

function setAttrs(e: Element, attrs: Record<string, number | string>): void {
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, typeof v === 'number' ? v.toFixed(1) : v);
}

/** Writes text only when it changed, so that an idle animation does not touch the DOM. */
function setText(e: HTMLElement, text: string): void {
  if (e.textContent !== text) e.textContent = text;
}
