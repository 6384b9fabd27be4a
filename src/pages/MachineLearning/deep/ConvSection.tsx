import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { KERNEL_PRESET_NAMES, type KernelPresetName } from '../../../core';
import { computeConv, presetOf } from '../../../stores/ml/deep/compute';
import { PAINT_SIZE } from '../../../stores/ml/deep/images';
import { useDeepSlice, CONV_KEYS } from './useSlice';
import { useDeepStore } from '../../../stores/ml/deep/store';
import {
  deepView,
  ENTRY_LIMIT,
  IMAGE_NAMES,
  IMAGE_SOURCES,
  type ImageSource,
} from '../../../stores/ml/deep/view';
import { useWidth } from '../../../ui/ChartFrame';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FieldNumber } from '../../../ui/FieldNumber';
import { NumberField } from '../../../ui/NumberField';
import { formatNumber, Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { cellText, GridPicture } from './GridPicture';

const f = deepView.fields;
const PRESET_LABELS: Record<KernelPresetName, string> = {
  identity: 'identity',
  'box blur': 'box blur',
  'gaussian blur': 'Gaussian blur',
  sharpen: 'sharpen',
  'sobel x': 'Sobel x (vertical edges)',
  'sobel y': 'Sobel y (horizontal edges)',
  laplacian: 'Laplacian',
  emboss: 'emboss',
};
const texNum = (v: number) => {
  const t = cellText(v).replace('−', '-');
  return v < 0 ? `(${t})` : t;
};
const entryProblem = (v: number) =>
  Number.isFinite(v) && Math.abs(v) <= ENTRY_LIMIT
    ? null
    : `kernel entries must be between −${ENTRY_LIMIT} and ${ENTRY_LIMIT}`;

/** Cell size for a grid of `n` cells in `width` pixels (between 10 and 34). */
const cellFor = (n: number, width: number) => Math.max(10, Math.min(34, Math.floor((width - 4) / n)));

/**
 * Convolution: an image, an editable kernel, stride and padding; the sliding window stepped cell by cell with
 * its products written out, the output size formula with the numbers, ReLU and max pooling, and the
 * flipped-kernel convolution beside the cross-correlation deep learning uses.
 */
export function ConvSection({ width: outer }: { width: number }) {
  const [res, width] = useWidth<HTMLDivElement>(Math.max(240, outer - 340));
  const view = useDeepSlice(CONV_KEYS);
  const set = useDeepStore((s) => s.set);
  const setKernelCell = useDeepStore((s) => s.setKernelCell);
  const applyPreset = useDeepStore((s) => s.applyPreset);
  const setKernelSize = useDeepStore((s) => s.setKernelSize);
  const toggleCell = useDeepStore((s) => s.toggleCell);
  const clearPaint = useDeepStore((s) => s.clearPaint);
  const stepWindow = useDeepStore((s) => s.stepWindow);
  const digits = useDeepStore((s) => s.digits);
  const digitsLoading = useDeepStore((s) => s.digitsLoading);
  const digitsProblem = useDeepStore((s) => s.digitsProblem);
  const loadDigits = useDeepStore((s) => s.loadDigits);
  const stepDigit = useDeepStore((s) => s.stepDigit);
  const wantsDigits = view.img === 'digit';
  useEffect(() => {
    if (wantsDigits && !digits && !digitsProblem) loadDigits();
  }, [wantsDigits, digits, digitsProblem, loadDigits]);
  const problems = deepView.problems(view);
  const usable = !problems.kernel && !problems.stride && !problems.padding;
  const [last, setLast] = useState(view);
  if (usable && last !== view) setLast(view);
  const shown = usable ? view : last;
  const conv = useMemo(() => computeConv(shown, digits), [shown, digits]);
  const preset = presetOf(view.kernel);
  const k = view.kernel.length;
  const { stride: s, padding: p } = shown;
  const cell = conv.pending ? null : conv.cell;
  const picWidth = Math.min(width, 420);
  const inCell = cellFor(conv.padded.length, picWidth);
  const outCell = cellFor(Math.max(conv.outW, 1), Math.min(picWidth, 300));
  const filled = useMemo(
    () =>
      conv.output.map((row, i) =>
        row.map((v, j) =>
          shown.all || !cell || i * conv.outW + j <= cell.i * conv.outW + cell.j ? v : null,
        ),
      ),
    [conv, shown.all, cell],
  );
  const windowVals =
    cell && conv.padded.slice(cell.i * s, cell.i * s + k).map((r) => r.slice(cell.j * s, cell.j * s + k));
  const products = windowVals?.map((r, a) => r.map((x, b) => x * shown.kernel[a][b]));
  const value = cell ? conv.output[cell.i][cell.j] : null;
  const digitIndex = digits ? Math.max(0, Math.min(digits.n - 1, shown.digit)) : shown.digit;
  const digitLabel = digits && shown.img === 'digit' ? digits.labels[digitIndex] : null;
  const [cursor, setCursor] = useState<[number, number]>([0, 0]);
  const paintKeys = (e: KeyboardEvent<SVGSVGElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const m = moves[e.key];
    if (m) {
      e.preventDefault();
      setCursor(([r, c]) => [
        Math.max(0, Math.min(PAINT_SIZE - 1, r + m[0])),
        Math.max(0, Math.min(PAINT_SIZE - 1, c + m[1])),
      ]);
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      toggleCell(cursor[0], cursor[1]);
    }
  };
  const painting = view.img === 'paint';
  const n = conv.n;
  const sizeTex = `\\left\\lfloor \\frac{n + 2p - k}{s} \\right\\rfloor + 1 = \\left\\lfloor \\frac{${n} + 2\\cdot ${p} - ${k}}{${s}} \\right\\rfloor + 1 = ${conv.outH}`;
  return (
    <section className="deep-section" aria-labelledby="deep-conv-title">
      <h3 id="deep-conv-title">Convolution</h3>
      <div className="deep-layout">
        <div className="controls">
          <fieldset className="panel">
            <legend>Image and kernel</legend>
            <label className="field">
              <span>input image</span>
              <select
                aria-label="input image"
                value={view.img}
                onChange={(e) => set('img', e.target.value as ImageSource)}
              >
                {IMAGE_SOURCES.map((src) => (
                  <option key={src} value={src}>
                    {IMAGE_NAMES[src]}
                  </option>
                ))}
              </select>
            </label>
            {view.img === 'digit' && (
              <>
                <FieldNumber
                  field={f.digit}
                  value={view.digit}
                  view={view}
                  onCommit={(v) => set('digit', v)}
                  caption={`digit (image 0 … ${f.digit.max} of the digits set)`}
                />
                <div className="deep-buttons">
                  <button type="button" onClick={() => stepDigit(-1)}>
                    Previous digit
                  </button>
                  <button type="button" onClick={() => stepDigit(1)}>
                    Next digit
                  </button>
                </div>
                <p className="hint" role="status">
                  {digitLabel !== null
                    ? `Image ${digitIndex} of the ${digits!.n.toLocaleString('en-US')} handwritten digits shows a ${digitLabel}. Pixels: 0 paper … 16 ink (UCI data, via scikit-learn).`
                    : digitsLoading
                      ? 'Loading the handwritten digits…'
                      : ''}
                </p>
              </>
            )}
            {painting && (
              <p className="hint">
                Click cells of the input to paint or erase them; or focus the grid, move with the arrow keys
                and press Space.{' '}
                <button type="button" onClick={clearPaint}>
                  Clear the grid
                </button>
              </p>
            )}
            <div>
              <label className="field">
                <span>kernel size</span>
                <select
                  aria-label="kernel size"
                  value={String(view.ks)}
                  onChange={(e) => setKernelSize(Number(e.target.value) as 3 | 5)}
                >
                  <option value="3">3 × 3</option>
                  <option value="5">5 × 5</option>
                </select>
              </label>
              <label className="field">
                <span>kernel preset</span>
                <select
                  aria-label="kernel preset"
                  value={preset ?? 'custom'}
                  onChange={(e) => {
                    if (e.target.value !== 'custom') applyPreset(e.target.value as KernelPresetName);
                  }}
                >
                  {preset === null && <option value="custom">your own kernel</option>}
                  {KERNEL_PRESET_NAMES.map((name) => (
                    <option key={name} value={name}>
                      {PRESET_LABELS[name]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <div
              className="deep-kernel-cells"
              role="group"
              aria-label="kernel entries"
              style={{ gridTemplateColumns: `repeat(${k}, minmax(0, 1fr))` }}
            >
              {view.kernel.map((row, i) =>
                row.map((x, j) => (
                  <NumberField
                    key={`${k}-${i}-${j}`}
                    label={`kernel ${i + 1},${j + 1}`}
                    value={x}
                    step={1}
                    problem={entryProblem(x)}
                    onCommit={(v) => setKernelCell(i, j, v)}
                  />
                )),
              )}
            </div>
            <div className="deep-row">
              <FieldNumber
                field={f.stride}
                value={view.stride}
                view={view}
                onCommit={(v) => set('stride', v)}
              />
              <FieldNumber
                field={f.padding}
                value={view.padding}
                view={view}
                onCommit={(v) => set('padding', v)}
              />
            </div>
          </fieldset>
          <fieldset className="panel">
            <legend>Sliding window</legend>
            <div className="deep-row">
              <FieldNumber field={f.row} value={view.row} view={view} onCommit={(v) => set('row', v)} />
              <FieldNumber field={f.col} value={view.col} view={view} onCommit={(v) => set('col', v)} />
            </div>
            <div className="deep-buttons">
              <button type="button" onClick={() => stepWindow(-1, conv.outH, conv.outW)} disabled={!cell}>
                Previous window
              </button>
              <button type="button" onClick={() => stepWindow(1, conv.outH, conv.outW)} disabled={!cell}>
                Next window
              </button>
              <button type="button" onClick={() => set('all', true)} disabled={view.all}>
                Run all
              </button>
            </div>
            <label className="check">
              <input type="checkbox" checked={view.relu} onChange={(e) => set('relu', e.target.checked)} />{' '}
              ReLU after the convolution
            </label>
            <label className="check">
              <input type="checkbox" checked={view.pool} onChange={(e) => set('pool', e.target.checked)} /> 2
              × 2 max pooling (stride 2)
            </label>
          </fieldset>
        </div>
        <div className="results" ref={res}>
          <section className="readouts deep-readouts" aria-label="convolution readouts">
            <Readout label="output height" value={conv.outH} />
            <Readout label="output width" value={conv.outW} />
            <Readout label="output value" value={value} />
          </section>
          {!usable && (
            <ErrorNote>Fix the highlighted field: the pictures show the last settings that worked.</ErrorNote>
          )}
          {conv.empty && <ErrorNote>{conv.empty}</ErrorNote>}
          {wantsDigits && digitsProblem && (
            <ErrorNote>
              {digitsProblem}{' '}
              <button type="button" onClick={loadDigits}>
                Try again
              </button>{' '}
              or choose another input image.
            </ErrorNote>
          )}
          {cell?.note && (
            <p className="deep-note" role="status">
              {cell.note}
            </p>
          )}
          <div className="deep-formula">
            <span>Output size per side:</span>
            <Tex tex={sizeTex} />
          </div>
          {conv.pending && !digitsProblem && (
            <p className="deep-note" role="status">
              Loading the handwritten digits…
            </p>
          )}
          {!conv.pending && (
            <div className="deep-pictures" data-stage="main">
              <figure>
                <GridPicture
                  values={conv.padded}
                  cell={inCell}
                  mode="ink"
                  inkMax={conv.inkMax}
                  numbers={inCell >= 26}
                  title={`input image ${n} × ${n}${digitLabel !== null ? ` (digits set image ${digitIndex}, a ${digitLabel})` : ''}${p ? ` with ${p} ring${p > 1 ? 's' : ''} of zero padding` : ''}${cell ? `; the window of output cell (${cell.i + 1}, ${cell.j + 1}) is outlined` : ''}`}
                  inner={p ? { r: p, c: p, h: n, w: n } : null}
                  frame={cell ? { r: cell.i * s, c: cell.j * s, h: k, w: k } : null}
                  onCell={
                    painting
                      ? (r, c) =>
                          r >= p && c >= p && r < p + n && c < p + n ? toggleCell(r - p, c - p) : undefined
                      : undefined
                  }
                  onKeyDown={painting ? paintKeys : undefined}
                  cursor={painting ? [cursor[0] + p, cursor[1] + p] : null}
                  focusLabel={`paint grid, 16 by 16: arrow keys move (row ${cursor[0] + 1}, column ${cursor[1] + 1}, ${view.paint[cursor[0] * PAINT_SIZE + cursor[1]] ? 'painted' : 'empty'}), Space paints or erases`}
                />
                <figcaption>input{p ? `, padded by ${p}` : ''} (window outlined)</figcaption>
              </figure>
              <figure>
                <GridPicture
                  values={shown.kernel}
                  cell={Math.max(26, Math.min(40, outCell))}
                  mode="signed"
                  numbers
                  title={`kernel ${k} × ${k}`}
                />
                <figcaption>kernel</figcaption>
              </figure>
              {conv.outH > 0 && (
                <figure>
                  <GridPicture
                    values={filled}
                    cell={outCell}
                    mode="signed"
                    numbers={outCell >= 26}
                    title={`output ${conv.outH} × ${conv.outW}${shown.all ? '' : ', filled up to the selected cell'}`}
                    mark={cell ? { r: cell.i, c: cell.j, h: 1, w: 1 } : null}
                  />
                  <figcaption>
                    output {conv.outH} × {conv.outW}
                  </figcaption>
                </figure>
              )}
              {conv.relu && (
                <figure>
                  <GridPicture
                    values={conv.relu}
                    cell={outCell}
                    mode="signed"
                    numbers={outCell >= 26}
                    title="after ReLU"
                  />
                  <figcaption>after ReLU</figcaption>
                </figure>
              )}
              {shown.pool && (
                <figure>
                  {conv.pooled ? (
                    <GridPicture
                      values={conv.pooled}
                      cell={Math.min(34, outCell * 2)}
                      mode="signed"
                      numbers
                      title={`after 2 × 2 max pooling: ${conv.pooled.length} × ${conv.pooled[0].length}`}
                    />
                  ) : (
                    <p className="deep-note">The output is smaller than 2 × 2: pooling leaves nothing.</p>
                  )}
                  <figcaption>after 2 × 2 max pooling</figcaption>
                </figure>
              )}
            </div>
          )}
          {cell && windowVals && products && value !== null && (
            <div className="deep-window">
              <p>
                Output cell ({cell.i + 1}, {cell.j + 1}) is the window at rows {cell.i * s + 1}–
                {cell.i * s + k}, columns {cell.j * s + 1}–{cell.j * s + k} of the {p ? 'padded ' : ''}input,
                multiplied entry by entry by the kernel and summed:
              </p>
              <div className="deep-products">
                <GridPicture
                  values={windowVals}
                  cell={28}
                  mode="ink"
                  inkMax={conv.inkMax}
                  numbers
                  title="the window"
                />
                <span aria-hidden="true">⊙</span>
                <GridPicture values={shown.kernel} cell={28} mode="signed" numbers title="the kernel" />
                <span aria-hidden="true">=</span>
                <GridPicture values={products} cell={28} mode="signed" numbers title="the products" />
              </div>
              <div className="deep-sum">
                <Tex
                  tex={`${products
                    .flat()
                    .map(
                      (_, t) =>
                        `${texNum(windowVals[Math.floor(t / k)][t % k])}\\cdot${texNum(shown.kernel[Math.floor(t / k)][t % k])}`,
                    )
                    .join(' + ')} = ${texNum(value)}`}
                />
              </div>
            </div>
          )}
          {conv.outH > 0 && !conv.pending && (
            <p className="deep-note">
              Deep learning&apos;s &ldquo;convolution&rdquo; is cross-correlation: the kernel slides as it is,
              not flipped. The textbook convolution flips it by 180° first.{' '}
              {conv.symmetric
                ? 'This kernel is the same when flipped, so both give the same output.'
                : `With this kernel they differ by up to ${formatNumber(conv.flipDifference, 4)} per cell${cell ? ` (cell (${cell.i + 1}, ${cell.j + 1}): ${cellText(conv.output[cell.i][cell.j])} here, ${cellText(conv.flipped[cell.i][cell.j])} flipped)` : ''}${preset === 'sobel x' || preset === 'sobel y' ? ': the flipped Sobel kernel finds the same edges with the opposite sign' : ''}. A network learns its kernels, so it learns the flipped one if that is what it needs.`}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
