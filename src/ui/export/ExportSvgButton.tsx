import { useState } from 'react';
import { downloadBlob, fileStem, resolve, type ElementSource } from './download';
import { serializeChart } from './chartStack';

/**
 * "Export SVG": downloads a self-contained SVG of a D3 chart (styles inlined, see serializeSvg), named after
 * the chart's aria-label. `svg` is a ref or a getter; `label` overrides the button's accessible name.
 */
export function ExportSvgButton({
  svg,
  filename,
  label,
  onSaved,
}: {
  svg: ElementSource<SVGSVGElement>;
  filename?: string;
  label?: string;
  /** Told when the file has been handed to the browser (e.g. to close a menu). */
  onSaved?: () => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const onClick = () => {
    const el = resolve(svg);
    if (!el) {
      setProblem('The chart is not on screen.');
      return;
    }
    setProblem(null);
    // A chart drawn in stacked layers is saved whole (chartStack).
    const text = serializeChart(el);
    const name = filename ?? fileStem(el.getAttribute('aria-label') ?? '');
    downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
    onSaved?.();
  };
  return (
    <>
      <button type="button" onClick={onClick} aria-label={label}>
        Export SVG
      </button>
      {problem && (
        <span className="error-note" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
