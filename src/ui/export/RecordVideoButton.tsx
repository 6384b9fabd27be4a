import { useEffect, useRef, useState } from 'react';
import { downloadBlob, fileStem, resolve, type ElementSource } from './download';
import { recordCanvas, webmRecordingType } from './recorder';
import './export.css';

/**
 * "Record video": records a canvas as WebM with MediaRecorder until pressed again or `maxSeconds` pass,
 * then downloads it. While recording, a red dot and the seconds show (role status). Where the browser cannot
 * record WebM the button is disabled and says so.
 */
export function RecordVideoButton({
  canvas,
  filename,
  label,
  maxSeconds = 20,
  fps = 30,
  onRecordingChange,
}: {
  canvas: ElementSource<HTMLCanvasElement>;
  filename?: string;
  label?: string;
  maxSeconds?: number;
  fps?: number;
  /** Told when a recording starts and ends (e.g. to keep a menu's indicator visible). */
  onRecordingChange?: (recording: boolean) => void;
}) {
  const [supported] = useState(() => webmRecordingType() !== null);
  const [seconds, setSeconds] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const stopRef = useRef<(() => void) | null>(null);
  useEffect(() => () => stopRef.current?.(), []);

  if (!supported)
    return (
      <button
        type="button"
        disabled
        aria-label={label ? `Record video: ${label} (Recording is not supported in this browser)` : undefined}
      >
        Record video <span className="fine">(Recording is not supported in this browser)</span>
      </button>
    );

  const start = () => {
    const el = resolve(canvas);
    if (!el) {
      setMessage({ text: 'The animation is not on screen.', error: true });
      return;
    }
    const name =
      filename ?? fileStem(el.closest('[aria-label]')?.getAttribute('aria-label') ?? '', 'animation');
    setMessage(null);
    setSeconds(0);
    onRecordingChange?.(true);
    stopRef.current = recordCanvas(el, {
      fps,
      maxMs: maxSeconds * 1000,
      onTick: (ms) => setSeconds(Math.floor(ms / 1000)),
      onDone: (result) => {
        stopRef.current = null;
        setSeconds(null);
        onRecordingChange?.(false);
        if ('error' in result) {
          setMessage({ text: result.error, error: true });
          return;
        }
        downloadBlob(result.blob, `${name}.webm`);
        setMessage({ text: `Saved a ${(result.ms / 1000).toFixed(1)} s video.`, error: false });
      },
    });
  };
  const recording = seconds !== null;
  return (
    <span className="record-video">
      <button
        type="button"
        aria-label={label ? `${recording ? 'Stop recording' : 'Record video'}: ${label}` : undefined}
        aria-pressed={recording}
        onClick={() => (recording ? stopRef.current?.() : start())}
      >
        {recording ? 'Stop recording' : 'Record video'}
      </button>
      <span role="status" className="rec-status">
        {recording ? (
          <>
            <span className="rec-dot" aria-hidden="true" />
            Recording {seconds} s of {maxSeconds}
          </>
        ) : message && !message.error ? (
          message.text
        ) : (
          ''
        )}
      </span>
      {message?.error && (
        <span className="error-note" role="alert">
          {message.text}
        </span>
      )}
    </span>
  );
}
