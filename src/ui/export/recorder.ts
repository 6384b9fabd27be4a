import { backgroundOf } from './download';
import { layersOf, loadSvg, paintLayers } from './figureLayers';

export { figureRoot } from './figureLayers';

/** A container MediaRecorder can write here, its MIME type as asked for, and the file extension. */
export interface RecordingFormat {
  mimeType: string;
  container: 'webm' | 'mp4';
  extension: 'webm' | 'mp4';
}

// WebM first (Chrome, Firefox, Edge); MP4 where WebM is missing (Safari and WebKit record only MP4).
const FORMATS: RecordingFormat[] = [
  { mimeType: 'video/webm;codecs=vp9', container: 'webm', extension: 'webm' },
  { mimeType: 'video/webm;codecs=vp8', container: 'webm', extension: 'webm' },
  { mimeType: 'video/webm', container: 'webm', extension: 'webm' },
  { mimeType: 'video/mp4;codecs=avc1', container: 'mp4', extension: 'mp4' },
  { mimeType: 'video/mp4', container: 'mp4', extension: 'mp4' },
];

/** Why this browser cannot record, shown on the disabled button. */
export const NO_RECORDING =
  'Recording is not supported in this browser: it can record neither WebM nor MP4 video';

/**
 * The format this browser's MediaRecorder can write from a canvas, WebM preferred, MP4 otherwise, or null
 * (no MediaRecorder, no canvas captureStream, or neither container).
 */
export function recordingFormat(): RecordingFormat | null {
  if (typeof MediaRecorder === 'undefined' || typeof HTMLCanvasElement === 'undefined') return null;
  if (typeof HTMLCanvasElement.prototype.captureStream !== 'function') return null;
  if (typeof MediaRecorder.isTypeSupported !== 'function') return null;
  return FORMATS.find((f) => MediaRecorder.isTypeSupported(f.mimeType)) ?? null;
}

/** The WebM type this browser can record, or null (kept for callers that need WebM itself). */
export function webmRecordingType(): string | null {
  const f = recordingFormat();
  return f?.container === 'webm' ? f.mimeType : null;
}

export interface RecordingOptions {
  fps?: number;
  /** Stops by itself after this long (a teaching clip, not a screencast). */
  maxMs?: number;
  /** Each side of the video is at least this many pixels (vector layers are drawn sharp at any size). */
  minSide?: number;
  /** Called about four times a second with the elapsed milliseconds. */
  onTick?: (ms: number) => void;
  /** Called once with the finished video (or the error that stopped it). */
  onDone: (
    result: { blob: Blob; ms: number; width: number; height: number; extension: string } | { error: string },
  ) => void;
}

/**
 * Records a figure as video: a canvas (WebGL or 2D), an SVG chart, or an element holding several of them
 * (a chart with a live overlay). Each animation frame the layers are painted into a 2D mirror canvas on the
 * figure's opaque background, and the mirror is what is recorded: a canvas captures a frame only when it is
 * redrawn, and an SVG is no canvas at all. SVG layers are re-serialized only when they changed (a
 * MutationObserver marks them), and drawn as images at the recording's size, so they stay sharp. The video is
 * the figure's on-screen size in device pixels, scaled up so each side has `minSide` (default 720) pixels.
 * WebM where the browser can, MP4 otherwise. Returns a stop function (also called by itself at `maxMs`).
 */
export function recordFigure(figure: Element, options: RecordingOptions): () => void {
  const { fps = 30, maxMs = 20_000, minSide = 720, onTick, onDone } = options;
  const format = recordingFormat();
  if (!format) {
    onDone({ error: `${NO_RECORDING}.` });
    return () => undefined;
  }
  const box = figure.getBoundingClientRect();
  const layers = layersOf(figure);
  if (layers.length === 0 || box.width < 1 || box.height < 1) {
    onDone({ error: 'The figure is not on screen.' });
    return () => undefined;
  }
  const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
  // Both sides reach `minSide` (a square figure on the stage gives a 720 × 720 video), the long side at most 4096.
  const scale = Math.min(
    Math.max(dpr, minSide / Math.min(box.width, box.height)),
    4096 / Math.max(box.width, box.height),
  );
  const even = (v: number) => Math.max(2, Math.round(v / 2) * 2);
  const mirror = document.createElement('canvas');
  // Even sizes: VP8/VP9 and H.264 encoders round odd sizes, which some players show as a green edge.
  mirror.width = even(box.width * scale);
  mirror.height = even(box.height * scale);
  const sx = mirror.width / box.width;
  const sy = mirror.height / box.height;
  const ctx = mirror.getContext('2d');
  const background = backgroundOf(figure);
  const stream = mirror.captureStream(fps);
  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream, { mimeType: format.mimeType, videoBitsPerSecond: 6_000_000 });
  } catch {
    stream.getTracks().forEach((t) => t.stop());
    onDone({ error: 'The recording could not start in this browser.' });
    return () => undefined;
  }
  const chunks: Blob[] = [];
  let t0 = 0;
  let frame = 0;
  let lastTick = 0;
  let finished = false;
  let started = false;

  for (const layer of layers)
    if (layer.el instanceof SVGSVGElement) {
      layer.observer = new MutationObserver(() => (layer.dirty = true));
      layer.observer.observe(layer.el, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    }
  const cleanUp = () => {
    cancelAnimationFrame(frame);
    for (const l of layers) l.observer?.disconnect();
    stream.getTracks().forEach((t) => t.stop());
  };

  const paint = () => {
    if (ctx) paintLayers(ctx, layers, background, sx, sy);
  };
  const refresh = () => {
    for (const l of layers)
      if (l.el instanceof SVGSVGElement && l.dirty && !l.loading) loadSvg(l, () => undefined);
  };
  const draw = () => {
    if (finished) return;
    refresh();
    paint();
    const ms = performance.now() - t0;
    if (ms >= maxMs) return stop();
    if (ms - lastTick >= 250) {
      lastTick = ms;
      onTick?.(ms);
    }
    frame = requestAnimationFrame(draw);
  };
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  recorder.onstop = () => {
    cleanUp();
    // Some MediaRecorders (WebKitGTK's MP4) finish without a byte: say so instead of saving an empty file.
    if (chunks.reduce((n, c) => n + c.size, 0) === 0) {
      onDone({ error: 'The browser recorded nothing (an empty video); try another browser.' });
      return;
    }
    onDone({
      blob: new Blob(chunks, { type: format.mimeType.split(';')[0] }),
      ms: performance.now() - t0,
      width: mirror.width,
      height: mirror.height,
      extension: format.extension,
    });
  };
  recorder.onerror = () => {
    cleanUp();
    if (!finished) onDone({ error: 'The recording failed.' });
    finished = true;
  };
  function stop() {
    if (finished) return;
    finished = true;
    cancelAnimationFrame(frame);
    if (started && recorder.state !== 'inactive') recorder.stop();
    else {
      cleanUp();
      onDone({ error: 'The recording was stopped before it began.' });
    }
  }
  // The first frame waits for the SVG layers' first pictures, so the video does not open on a blank frame.
  let pending = layers.filter((l) => l.el instanceof SVGSVGElement).length;
  const begin = () => {
    if (finished || started) return;
    started = true;
    t0 = performance.now();
    paint();
    recorder.start(1000);
    frame = requestAnimationFrame(draw);
  };
  if (pending === 0) begin();
  else
    for (const l of layers)
      if (l.el instanceof SVGSVGElement)
        loadSvg(l, () => {
          pending -= 1;
          if (pending === 0) begin();
        });
  return stop;
}

/** Records one canvas (see {@link recordFigure}). */
export function recordCanvas(canvas: HTMLCanvasElement, options: RecordingOptions): () => void {
  return recordFigure(canvas, options);
}
