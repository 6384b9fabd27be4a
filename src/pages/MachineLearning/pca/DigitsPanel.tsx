import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { usePcaSettings, usePcaStore, type PcaAnalyzeResult } from '../../../stores/ml/pca/store';
import type { Table } from '../../../stores/ml/pca/data';
import { pcaView } from '../../../stores/ml/pca/view';
import { FieldNumber } from '../../../ui/FieldNumber';
import { formatNumber } from '../../../ui/Readout';
import { SmallLineChart } from './SmallLineChart';
import { readSurface } from './pcaColors';

const EIGEN_SHOWN = 8;

/**
 * An 8 × 8 image: grey levels (ink dark on the panel colour) for pixels, or the diverging scale (blue
 * positive, orange negative) for an eigen-digit.
 */
function DigitImage({
  values,
  signed,
  max,
  label,
  caption,
}: {
  values: ArrayLike<number>;
  signed: boolean;
  max: number;
  label: string;
  caption: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const id = `digit-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const s = readSurface();
    const img = ctx.createImageData(8, 8);
    let m = max;
    if (signed) for (let i = 0; i < 64; i++) m = Math.max(m, Math.abs(values[i]));
    for (let i = 0; i < 64; i++) {
      const v = Number.isFinite(values[i]) ? values[i] : 0;
      const t = Math.max(-1, Math.min(1, v / (m || 1)));
      const to = signed ? (t >= 0 ? s.positive : s.negative) : s.text;
      const a = signed ? Math.abs(t) : Math.max(0, t);
      for (let c = 0; c < 3; c++) img.data[4 * i + c] = s.panel[c] + (to[c] - s.panel[c]) * a;
      img.data[4 * i + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }, [values, signed, max]);
  return (
    <figure>
      <canvas
        ref={ref}
        width={8}
        height={8}
        style={{ width: 64, height: 64 }}
        role="img"
        aria-label={label}
        aria-describedby={id}
      />
      <figcaption>{caption}</figcaption>
      <p id={id} className="visually-hidden">
        {pixelSummary(values)}
      </p>
    </figure>
  );
}

/** The image in words: its range and where its largest and smallest pixels are (row and column from 1). */
export function pixelSummary(values: ArrayLike<number>): string {
  let hi = 0;
  let lo = 0;
  for (let i = 1; i < 64; i++) {
    if (values[i] > values[hi]) hi = i;
    if (values[i] < values[lo]) lo = i;
  }
  const at = (i: number) => `row ${Math.floor(i / 8) + 1}, column ${(i % 8) + 1}`;
  return `8 × 8 pixels from ${formatNumber(values[lo], 3)} (${at(lo)}) to ${formatNumber(values[hi], 3)} (${at(hi)}).`;
}

/** Digits: the mean image, the first eigen-digits, and a chosen digit rebuilt from k components. */
export const DigitsPanel = memo(function DigitsPanel({
  width,
  curve,
  reconstruction,
}: {
  width: number;
  curve: number[] | null;
  reconstruction: Float64Array | null;
}) {
  const pca = usePcaStore((s) => s.pca);
  const table = usePcaStore((s) => s.table);
  const view = usePcaSettings();
  const set = usePcaStore((s) => s.set);
  if (!pca || !table?.image || pca.d !== 64) return null;
  return (
    <section className="panel" aria-label="digits: eigen-digits and reconstruction">
      <h3>Eigen-digits and reconstruction</h3>
      <Eigen pca={pca} />
      <FieldNumber
        field={pcaView.fields.digit}
        value={view.digit}
        view={view}
        caption="digit to rebuild (row 0–1796)"
        onCommit={(v) => set('digit', v)}
      />
      <Rebuilt
        pca={pca}
        table={table}
        row={view.digit}
        k={Math.min(view.k, 64)}
        reconstruction={reconstruction}
      />
      {curve && (
        <SmallLineChart
          values={curve}
          xs={curve.map((_, i) => i)}
          width={Math.min(width, 460)}
          title={`Reconstruction error of digit row ${view.digit} by k`}
          xLabel="components k"
          yLabel="‖x − x̂‖"
          mark={Math.min(view.k, 64)}
          description={`The error of rebuilding the chosen digit from k components falls from ${formatNumber(curve[0], 4)} (k = 0: the mean image) to ${formatNumber(curve[curve.length - 1], 3)} at k = 64.`}
        />
      )}
    </section>
  );
});

function Eigen({ pca }: { pca: PcaAnalyzeResult }) {
  const comps = useMemo(
    () => Array.from({ length: EIGEN_SHOWN }, (_, c) => pca.components.subarray(c * 64, (c + 1) * 64)),
    [pca],
  );
  const scaled = pca.scale.some((s) => s !== 1);
  return (
    <div className="pca-images">
      <DigitImage
        values={pca.mean}
        signed={false}
        max={16}
        label="The mean digit as an 8 × 8 image"
        caption="mean image"
      />
      {comps.map((w, c) => (
        <DigitImage
          key={c}
          values={w}
          signed
          max={0}
          label={`Eigen-digit ${c + 1}: component ${c + 1} as an 8 × 8 image, blue positive, orange negative`}
          caption={`eigen-digit ${c + 1} (${formatNumber(pca.ratio[c] * 100, 3)} %)`}
        />
      ))}
      {scaled && <p className="pca-note">Standardized: the eigen-digits weigh standardized pixels.</p>}
    </div>
  );
}

function Rebuilt({
  pca,
  table,
  row,
  k,
  reconstruction,
}: {
  pca: PcaAnalyzeResult;
  table: Table;
  row: number;
  k: number;
  reconstruction: Float64Array | null;
}) {
  const r = Math.min(row, table.n - 1);
  const x = table.data.subarray(r * 64, (r + 1) * 64);
  return (
    <div className="pca-images">
      <DigitImage
        values={x}
        signed={false}
        max={16}
        label={`Digit row ${r}, a ${table.labels ? table.labels[r] : ''}, as drawn`}
        caption={`row ${r}: a ${table.labels ? table.labels[r] : '?'}`}
      />
      {reconstruction && (
        <DigitImage
          values={reconstruction}
          signed={false}
          max={16}
          label={`The same digit rebuilt from k = ${k} components`}
          caption={`from k = ${k} of ${pca.d}`}
        />
      )}
    </div>
  );
}
