import { useEffect, useRef, useState } from 'react';
import { downloadBlob, fileStem, resolve, type ElementSource } from './download';
import { NO_RECORDING, figureRoot, recordFigure, recordingFormat } from './recorder';
import './export.css';

/**
 * "Record video": records a figure (a canvas, an SVG chart with its overlays, see recordFigure) with
 * MediaRecorder until pressed again or `maxSeconds` pass, then downloads it: WebM, or MP4 where the browser
 * records only MP4 (Safari). While recording, a red dot and the seconds show (role status). Where the browser
 * can record neither the button is disabled and says so.
 */
export function RecordVideoButton({
  figure,
  filename,
  label,
  maxSeconds = 20,
  fps = 30,
  onRecordingChange,
  onSaved,
}: {
  /** The canvas or chart; its figure (the parent holding its overlays) is what is recorded. */
  figure: ElementSource<Element>;
  filename?: string;
  label?: string;
  maxSeconds?: number;
  fps?: number;
  /** Told when a recording starts and ends (e.g. to keep a menu's indicator visible). */
  onRecordingChange?: (recording: boolean) => void;
  /** Told when a video has been saved (e.g. to close a menu). */
  onSaved?: () => void;
}) {
  const [supported] = useState(() => recordingFormat() !== null);
  const [seconds, setSeconds] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const stopRef = useRef<(() => void) | null>(null);
  useEffect(() => () => stopRef.current?.(), []);

  if (!supported)
    return (
      <button
        type="button"
        disabled
        aria-label={label ? `Record video: ${label} (${NO_RECORDING})` : undefined}
      >
        Record video <span className="fine">({NO_RECORDING})</span>
      </button>
    );

  const start = () => {
    const el = resolve(figure);
    if (!el) {
      setMessage({ text: 'The animation is not on screen.', error: true });
      return;
    }
    const name =
      filename ??
      fileStem(
        el.getAttribute('aria-label') ?? el.closest('[aria-label]')?.getAttribute('aria-label') ?? '',
        'animation',
      );
    setMessage(null);
    setSeconds(0);
    onRecordingChange?.(true);
    stopRef.current = recordFigure(figureRoot(el), {
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
        downloadBlob(result.blob, `${name}.${result.extension}`);
        setMessage({
          text: `Saved a ${(result.ms / 1000).toFixed(1)} s ${result.extension.toUpperCase()} video (${result.width}×${result.height}).`,
          error: false,
        });
        onSaved?.();
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
