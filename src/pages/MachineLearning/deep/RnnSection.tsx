import { useMemo, useState } from 'react';
import { scaleLinear, scaleLog } from 'd3';
import { computeRnn, linalgAddress, RNN_H0 } from '../../../stores/ml/deep/compute';
import { useDeepSlice, RNN_KEYS } from './useSlice';
import { useDeepStore } from '../../../stores/ml/deep/store';
import { deepView, INPUTS, type RnnInput } from '../../../stores/ml/deep/view';
import { ChartFrame, MARGIN, useWidth } from '../../../ui/ChartFrame';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FieldNumber } from '../../../ui/FieldNumber';
import { FieldSlider } from '../../../ui/FieldSlider';
import { NumberField } from '../../../ui/NumberField';
import { logTickText } from '../../../ui/powerTicks';
import { formatNumber, Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { texMatrix, texNumber } from './tex';
import { VectorPlot } from './VectorPlot';

const f = deepView.fields;
const INPUT_NAMES: Record<RnnInput, string> = {
  constant: 'constant',
  sine: 'sine (period 12)',
  spike: 'one spike at t = 1',
};
/** The smallest norm drawn on the log axis; smaller ones (and 0) sit on the bottom edge. */
const FLOOR = 1e-300;

/**
 * Recurrent gradients: a 2-unit tanh network unrolled over T steps, its hidden-state path, the norm of
 * ∂h_T/∂h_0 against T on a log scale with W's eigenvalues beside it, W scaled by a slider, and clipping.
 */
export function RnnSection({ width: outer }: { width: number }) {
  const [res, width] = useWidth<HTMLDivElement>(Math.max(240, outer - 340));
  const view = useDeepSlice(RNN_KEYS);
  const set = useDeepStore((s) => s.set);
  const setW = useDeepStore((s) => s.setW);
  const problems = deepView.problems(view);
  const usable = !problems.wscale && !problems.T && !problems.amp && !problems.thr && !problems.w;
  const [last, setLast] = useState(view);
  if (usable && last !== view) setLast(view);
  const shown = usable ? view : last;
  const rnn = useMemo(() => computeRnn(shown), [shown]);
  const T = shown.T;
  const gradient = rnn.norms ? rnn.norms[T - 1] : null;
  const link = rnn.problem ? null : linalgAddress(rnn.W);
  const chartW = Math.max(280, Math.min(560, width - 20));
  const eig = rnn.eigen;
  const eigText = eig
    ? eig[0][1] !== 0
      ? `λ = ${formatNumber(eig[0][0], 4)} ± ${formatNumber(Math.abs(eig[0][1]), 4)}i`
      : `λ₁ = ${formatNumber(eig[0][0], 4)}, λ₂ = ${formatNumber(eig[1][0], 4)}`
    : null;
  return (
    <section className="deep-section" aria-labelledby="deep-rnn-title">
      <h3 id="deep-rnn-title">Recurrent gradients</h3>
      <div className="deep-layout">
        <div className="controls">
          <fieldset className="panel">
            <legend>The network</legend>
            <p className="fine">
              h<sub>t</sub> = tanh(W h<sub>t−1</sub> + U x<sub>t</sub> + b) with U = (1, 0.5)ᵀ, b = 0, h
              <sub>0</sub> = ({RNN_H0.join(', ')}); W is the matrix below times the W scale.
            </p>
            <div className="deep-kernel-cells deep-w2" role="group" aria-label="W before scaling">
              {shownW(view).map((row, i) =>
                row.map((x, j) => (
                  <NumberField
                    key={`${i}-${j}`}
                    label={`W ${i + 1},${j + 1}`}
                    value={x}
                    step={0.1}
                    onCommit={(v) => setW(i, j, v)}
                  />
                )),
              )}
            </div>
            <FieldSlider
              field={f.wscale}
              value={view.wscale}
              view={view}
              onChange={(v) => set('wscale', v)}
            />
            <FieldSlider field={f.T} value={view.T} view={view} onChange={(v) => set('T', v)} />
            <label className="field">
              <span>input sequence</span>
              <select
                aria-label="input sequence"
                value={view.input}
                onChange={(e) => set('input', e.target.value as RnnInput)}
              >
                {INPUTS.map((k) => (
                  <option key={k} value={k}>
                    {INPUT_NAMES[k]}
                  </option>
                ))}
              </select>
            </label>
            <FieldSlider field={f.amp} value={view.amp} view={view} onChange={(v) => set('amp', v)} max={2} />
            <label className="check">
              <input type="checkbox" checked={view.clip} onChange={(e) => set('clip', e.target.checked)} />{' '}
              gradient clipping
            </label>
            {view.clip && (
              <FieldNumber field={f.thr} value={view.thr} view={view} onCommit={(v) => set('thr', v)} />
            )}
          </fieldset>
        </div>
        <div className="results" ref={res}>
          <section className="readouts deep-readouts" aria-label="recurrent readouts">
            <Readout label="gradient norm" value={gradient} title={`‖∂h_T/∂h_0‖₂ at T = ${T}`} />
            <Readout label="spectral radius of W" value={rnn.radius} />
            <Readout label="spectral norm of W" value={rnn.norm} />
            {rnn.clipped && <Readout label="clipped gradient norm" value={rnn.clipped[T - 1]} />}
          </section>
          {!usable && (
            <ErrorNote>Fix the highlighted field: the pictures show the last settings that worked.</ErrorNote>
          )}
          {rnn.problem && <ErrorNote>{rnn.problem}</ErrorNote>}
          {gradient === Infinity && (
            <ErrorNote>
              The gradient norm at T = {T} overflows: it is larger than 1.8e308, the largest double.
            </ErrorNote>
          )}
          <div className="deep-tex-scroll">
            <Tex
              tex={`W = ${texMatrix(rnn.W)},\\quad \\frac{\\partial h_T}{\\partial h_0} = \\prod_{t=T}^{1} \\operatorname{diag}(1 - h_t^2)\\,W,\\quad \\Big\\|\\frac{\\partial h_{${T}}}{\\partial h_0}\\Big\\|_2 = ${gradient === null ? '?' : texNumber(gradient)}`}
            />
          </div>
          {eigText && rnn.radius !== null && rnn.norm !== null && (
            <p className="deep-note">
              Eigenvalues of W: {eigText}, so its spectral radius ρ(W) = {formatNumber(rnn.radius, 4)}; its
              spectral norm ‖W‖₂ = {formatNumber(rnn.norm, 4)}. Since |1 − h²| ≤ 1, ‖∂h<sub>T</sub>/∂h
              <sub>0</sub>‖ ≤ ‖W‖₂
              <sup>T</sup> = {formatNumber(rnn.norm ** T, 4)}:{' '}
              {rnn.radius < 1
                ? 'with ρ < 1 the gradient from the start vanishes geometrically, and the network cannot learn what happened 30 steps ago.'
                : 'with ρ > 1 the linear part would explode, but tanh saturates: the states reach ±1, the factors 1 − h² shrink and hold the product back.'}
            </p>
          )}
          {link ? (
            <p>
              <a href={link}>Open W in Linear algebra</a> (its eigenvalues and eigenvectors drawn there)
            </p>
          ) : (
            <p className="deep-note">
              W has entries beyond ±10^15, which the Linear algebra page does not take: no link.
            </p>
          )}
          <div className="deep-pictures">
            {rnn.states && (
              <figure>
                <VectorPlot
                  size={Math.min(300, width - 20)}
                  title="hidden-state path h_0 … h_T"
                  description={`The states go from h0 = (${RNN_H0.join(', ')}) to h${T} = (${formatNumber(rnn.states[T][0], 3)}, ${formatNumber(rnn.states[T][1], 3)}).`}
                  vectors={[
                    { x: rnn.states[0][0], y: rnn.states[0][1], label: 'h0', kind: 'point', tone: 'muted' },
                    {
                      x: rnn.states[T][0],
                      y: rnn.states[T][1],
                      label: `h${T}`,
                      kind: 'point',
                      tone: 'accent',
                    },
                  ]}
                  path={rnn.states.slice(0, T + 1).map((h) => [h[0], h[1]])}
                  minExtent={0.2}
                />
                <figcaption>hidden-state path, steps 0 to {T}</figcaption>
              </figure>
            )}
            {eig && rnn.radius !== null && (
              <figure>
                <VectorPlot
                  size={Math.min(240, width - 20)}
                  title="eigenvalues of W in the complex plane, with the unit circle"
                  description={`${eigText}; spectral radius ${formatNumber(rnn.radius, 4)}: ${rnn.radius < 1 ? 'inside' : rnn.radius > 1 ? 'outside' : 'on'} the unit circle.`}
                  vectors={eig.map(([re, im], i) => ({
                    x: re,
                    y: im,
                    label: `λ${i + 1}`,
                    kind: 'point' as const,
                    tone: 'accent' as const,
                  }))}
                  path={UNIT_CIRCLE}
                  pathClass="deep-unit-circle"
                  minExtent={1.2}
                  axisNames={['Re', 'Im']}
                />
                <figcaption>eigenvalues of W and the unit circle |λ| = 1</figcaption>
              </figure>
            )}
            {rnn.norms && <NormChart norms={rnn.norms} clipped={rnn.clipped} T={T} width={chartW} />}
          </div>
        </div>
      </div>
    </section>
  );
}

const UNIT_CIRCLE: [number, number][] = Array.from({ length: 73 }, (_, i) => [
  Math.cos((i * Math.PI) / 36),
  Math.sin((i * Math.PI) / 36),
]);

const shownW = (view: { w: number[][] }) => view.w;

function NormChart({
  norms,
  clipped,
  T,
  width,
}: {
  norms: number[];
  clipped: number[] | null;
  T: number;
  width: number;
}) {
  const height = 240;
  const all = [...norms, ...(clipped ?? [])].filter((v) => v > 0 && Number.isFinite(v));
  const lo = Math.max(FLOOR, Math.min(1e-3, ...all) / 3);
  const hi = Math.min(1e300, Math.max(10, ...all) * 3);
  const x = scaleLinear()
    .domain([1, norms.length])
    .range([0, width - MARGIN.left - MARGIN.right]);
  const y = scaleLog()
    .domain([lo, hi])
    .range([height - MARGIN.top - MARGIN.bottom, 0])
    .clamp(true);
  const line = (vs: number[]) =>
    vs.map((v, t) => `${x(t + 1)},${y(Number.isFinite(v) && v > 0 ? v : v === 0 ? lo : hi)}`).join(' ');
  return (
    <figure>
      <ChartFrame
        width={width}
        height={height}
        x={x}
        y={y}
        yTickFormat={logTickText}
        xLabel="steps T"
        yLabel="gradient norm (log scale)"
        title="gradient norm against T on a log scale"
        text={{
          description: `‖∂h_T/∂h_0‖ from T = 1 to ${norms.length}: ${formatNumber(norms[0], 3)} at T = 1, ${formatNumber(norms[T - 1], 3)} at T = ${T}, ${formatNumber(norms[norms.length - 1], 3)} at T = ${norms.length}.${clipped ? ' The dashed line is the norm after clipping.' : ''}`,
          table: {
            caption: 'gradient norm every 5 steps',
            columns: ['T', 'norm', ...(clipped ? ['clipped'] : [])],
            rows: norms
              .map((v, t) => [t + 1, v, ...(clipped ? [clipped[t]] : [])] as (number | null)[])
              .filter((_, t) => (t + 1) % 5 === 0 || t === 0),
          },
        }}
      >
        <line className="deep-one" x1={0} x2={x(norms.length)} y1={y(1)} y2={y(1)} />
        <polyline className="deep-norm-line" points={line(norms)} />
        {clipped && <polyline className="deep-clip-line" points={line(clipped)} />}
        <line className="deep-t-line" x1={x(T)} x2={x(T)} y1={0} y2={height - MARGIN.top - MARGIN.bottom} />
        <circle
          className="deep-t-dot"
          cx={x(T)}
          cy={y(
            Number.isFinite(norms[T - 1]) && norms[T - 1] > 0 ? norms[T - 1] : norms[T - 1] === 0 ? lo : hi,
          )}
          r={5}
        />
      </ChartFrame>
      <figcaption>
        solid: ‖∂h<sub>T</sub>/∂h<sub>0</sub>‖; dotted: 1{clipped ? '; dashed: after clipping' : ''}; the
        marked step is T = {T}
      </figcaption>
    </figure>
  );
}
