import { backgroundOf } from './download';

const WEBM_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

/**
 * The WebM type this browser's MediaRecorder can write, or null (iPad Safari, older browsers, or a canvas
 * without captureStream). Chrome and Firefox record WebM; Safari records only MP4.
 */
export function webmRecordingType(): string | null {
  if (typeof MediaRecorder === 'undefined' || typeof HTMLCanvasElement === 'undefined') return null;
  if (typeof HTMLCanvasElement.prototype.captureStream !== 'function') return null;
  if (typeof MediaRecorder.isTypeSupported !== 'function') return null;
  return WEBM_TYPES.find((t) => MediaRecorder.isTypeSupported(t)) ?? null;
}

export interface RecordingOptions {
  fps?: number;
  /** Stops by itself after this long (a teaching clip, not a screencast). */
  maxMs?: number;
  /** Called about four times a second with the elapsed milliseconds. */
  onTick?: (ms: number) => void;
  /** Called once with the finished video (or the error that stopped it). */
  onDone: (result: { blob: Blob; ms: number } | { error: string }) => void;
}

/**
 * Records a canvas (WebGL or 2D) as WebM. Frames are copied each animation frame into a 2D mirror canvas
 * on an opaque background, and the mirror is what is recorded: a canvas captures a frame only when it is
 * redrawn, so an on-demand 3D scene that holds still would otherwise give an empty, zero-length video.
 * Returns a stop function (also called by itself at `maxMs`).
 */
export function recordCanvas(canvas: HTMLCanvasElement, options: RecordingOptions): () => void {
  const { fps = 30, maxMs = 20_000, onTick, onDone } = options;
  const mimeType = webmRecordingType();
  if (!mimeType) {
    onDone({ error: 'Recording is not supported in this browser.' });
    return () => undefined;
  }
  const mirror = document.createElement('canvas');
  // Even sizes: VP8/VP9 encoders round odd sizes, which some players show as a green edge.
  mirror.width = Math.max(2, canvas.width - (canvas.width % 2));
  mirror.height = Math.max(2, canvas.height - (canvas.height % 2));
  const ctx = mirror.getContext('2d');
  const background = backgroundOf(canvas);
  const stream = mirror.captureStream(fps);
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  const t0 = performance.now();
  let frame = 0;
  let lastTick = 0;
  let finished = false;

  const draw = () => {
    if (ctx) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, mirror.width, mirror.height);
      ctx.drawImage(canvas, 0, 0, mirror.width, mirror.height);
    }
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
    stream.getTracks().forEach((t) => t.stop());
    onDone({ blob: new Blob(chunks, { type: 'video/webm' }), ms: performance.now() - t0 });
  };
  recorder.onerror = () => {
    cancelAnimationFrame(frame);
    stream.getTracks().forEach((t) => t.stop());
    if (!finished) onDone({ error: 'The recording failed.' });
    finished = true;
  };
  function stop() {
    if (finished) return;
    finished = true;
    cancelAnimationFrame(frame);
    if (recorder.state !== 'inactive') recorder.stop();
  }
  draw();
  recorder.start(1000);
  return stop;
}
