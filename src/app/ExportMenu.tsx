import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ExportPngButton } from '../ui/export/ExportPngButton';
import { ExportSvgButton } from '../ui/export/ExportSvgButton';
import { RecordVideoButton } from '../ui/export/RecordVideoButton';

interface Found {
  svgs: string[];
  canvases: string[];
}

// A chart drawn in stacked layers (data-chart-stack) is listed once, by its labelled layer: its unlabelled
// layers (aria-hidden) are saved with it (serializeChart), never alone.
const SVG_SELECTOR = 'main svg.chart:not([data-chart-stack] > svg[aria-hidden="true"])';
const CANVAS_SELECTOR = 'main canvas';

function labelOf(el: Element, fallback: string): string {
  return (
    (el.getAttribute('aria-label') ?? el.closest('[aria-label]')?.getAttribute('aria-label') ?? '').trim() ||
    fallback
  );
}

function scan(): Found {
  return {
    svgs: Array.from(document.querySelectorAll(SVG_SELECTOR), (el, i) => labelOf(el, `Chart ${i + 1}`)),
    canvases: Array.from(document.querySelectorAll(CANVAS_SELECTOR), (el, i) => labelOf(el, `View ${i + 1}`)),
  };
}

// Looked up when a button is pressed: a page may have re-rendered its chart since the menu opened.
const nth =
  <T extends Element>(selector: string, i: number) =>
  (): T | null =>
    (document.querySelectorAll(selector)[i] as T | undefined) ?? null;

/** One kind of figure found on the page (views or charts): each with its save button and its video button. */
function FigureList({
  title,
  labels,
  selector,
  save,
  onRecordingChange,
  done,
}: {
  title: string;
  labels: string[];
  selector: string;
  /** The save button of the i-th figure. */
  save: (i: number, label: string) => ReactNode;
  onRecordingChange: (recording: boolean) => void;
  done: (what: string) => () => void;
}) {
  if (labels.length === 0) return null;
  return (
    <ul aria-label={title}>
      {labels.map((label, i) => (
        <li key={`${title}${i}:${label}`}>
          <span className="export-label">{label}</span>
          <span className="export-actions">
            {save(i, label)}
            <RecordVideoButton
              figure={nth(selector, i)}
              label={label}
              onRecordingChange={onRecordingChange}
              onSaved={done(`a video of ${label}`)}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The top bar's "Export" menu: works on every page without the page's help by finding its D3 charts
 * (`main svg.chart`) and canvases (`main canvas`), labelled by their aria-label. Each can be saved (SVG or
 * PNG) or recorded as video (the chart's figure with its live overlays, see recordFigure). The menu closes
 * after a file is saved, on Escape, on a click outside it and on moving to another page; focus returns to the
 * Export button after a save or Escape. The panel stays mounted while closed so a recording continues (its
 * indicator then shows on the Export button).
 */
export function ExportMenu({ path }: { path: string }) {
  // The page the menu was opened on: moving to another page closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;
  const [found, setFound] = useState<Found | null>(null);
  const [top, setTop] = useState(0);
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      setOpenOn(null);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpenOn(null);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    // A new page (lazy, then drawing) brings new charts: look again once it has had a moment to mount.
    const again = window.setTimeout(() => !recording && setFound(scan()), 400);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
      window.clearTimeout(again);
    };
  }, [open, path, recording]);

  const toggle = () => {
    if (!open) {
      if (!recording) setFound(scan());
      setTop(Math.round(button.current?.getBoundingClientRect().bottom ?? 48) + 6);
      setSaved('');
    }
    setOpenOn(open ? null : path);
  };
  /** After a file is saved: close the menu, give focus back to its button, and say what was saved. */
  const done = (what: string) => () => {
    setOpenOn(null);
    setSaved(`Saved ${what}.`);
    button.current?.focus();
  };
  const empty = found && found.svgs.length === 0 && found.canvases.length === 0;
  return (
    <div className="export-menu" ref={root}>
      <button type="button" ref={button} aria-expanded={open} aria-controls="export-panel" onClick={toggle}>
        {recording && <span className="rec-dot" aria-hidden="true" />} Export
      </button>
      <span className="visually-hidden" role="status">
        {saved}
      </span>
      {found && (
        <div
          id="export-panel"
          className="export-panel"
          hidden={!open}
          style={{ top }}
          role="group"
          aria-label="Export"
        >
          {empty && <p className="fine">This page has no chart or 3D view to export yet.</p>}
          <FigureList
            title="Views"
            labels={found.canvases}
            selector={CANVAS_SELECTOR}
            onRecordingChange={setRecording}
            done={done}
            save={(i, label) => (
              <ExportPngButton
                canvas={nth<HTMLCanvasElement>(CANVAS_SELECTOR, i)}
                label={`Export PNG: ${label}`}
                onSaved={done(`the PNG of ${label}`)}
              />
            )}
          />
          <FigureList
            title="Charts"
            labels={found.svgs}
            selector={SVG_SELECTOR}
            onRecordingChange={setRecording}
            done={done}
            save={(i, label) => (
              <ExportSvgButton
                svg={nth<SVGSVGElement>(SVG_SELECTOR, i)}
                label={`Export SVG: ${label}`}
                onSaved={done(`the SVG of ${label}`)}
              />
            )}
          />
          <p className="fine">
            SVG: styles inlined, opens in a vector editor. PNG: 2× the on-screen size. Video: the figure as on
            screen (at least 720 px on its long side), WebM or, in Safari, MP4; up to 20 s.
          </p>
        </div>
      )}
    </div>
  );
}
