import { useState } from 'react';
import { downloadBlob, fileStem, resolve, type ElementSource } from './download';
import { canvasToPng, type RenderAt } from './pngExport';

/**
 * "Export PNG": downloads a canvas at 2x its on-screen size (see canvasToPng: pass `renderAt` for a true
 * re-render at that scale; the WebGL canvas needs `preserveDrawingBuffer: true`).
 */
export function ExportPngButton({
  canvas,
  filename,
  label,
  scale = 2,
  renderAt,
  onSaved,
}: {
  canvas: ElementSource<HTMLCanvasElement>;
  filename?: string;
  label?: string;
  scale?: number;
  renderAt?: RenderAt;
  /** Told when the file has been handed to the browser (e.g. to close a menu). */
  onSaved?: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const onClick = async () => {
    const el = resolve(canvas);
    if (!el) {
      setProblem('The picture is not on screen.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const blob = await canvasToPng(el, { scale, renderAt });
      const name = filename ?? fileStem(el.closest('[aria-label]')?.getAttribute('aria-label') ?? '', 'view');
      downloadBlob(blob, `${name}@${scale}x.png`);
      onSaved?.();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'The picture could not be exported.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={onClick} disabled={busy} aria-label={label}>
        Export PNG
      </button>
      {problem && (
        <span className="error-note" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
