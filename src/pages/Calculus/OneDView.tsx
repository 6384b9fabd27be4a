import { useDeferredValue, useId, useMemo, useState } from 'react';
import { area, line, scaleLinear, scaleLog } from 'd3';
import { useCalculusStore } from '../../stores/calculus/store';
import { calculusView, H_MAX_LOG, H_MIN_LOG } from '../../stores/calculus/view';
import { ChartFrame, MARGIN, useWidth } from '../../ui/ChartFrame';
import { FieldNumber } from '../../ui/FieldNumber';
import { FieldSlider } from '../../ui/FieldSlider';
import { formatNumber, Readout } from '../../ui/Readout';
import { Tex } from '../../ui/Tex';
import { logTickText, withPowerTicks } from '../../ui/powerTicks';
import { useStagedWidth } from '../../ui/useStagedWidth';
import { computeOneD, ERROR_LOG_MAX, ERROR_LOG_MIN, secantHalfWidth, yRange, type OneDResult } from './oneD';

const fields = calculusView.fields;

/** The 1-D view's settings: f(x) (the same engine as f(x, y)), x0, h (typed, or by its slider in log₁₀ h) and the Taylor order. */
function OneDControls() {
  const view = useCalculusStore((s) => s.view);
  const { patch: setOneD } = useCalculusStore.getState();
  const problem = fields.fx.problem(view.fx, view);
  const msgId = useId();
  const logH = Math.log10(view.h);
  return (
    <div className="calc-1d-controls">
      <label className="field calc-1d-f">
        <span>f(x)</span>
        <input
          type="text"
          aria-label="f(x)"
          value={view.fx}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? msgId : undefined}
          onChange={(e) => setOneD({ fx: e.target.value })}
        />
      </label>
      {problem && (
        <p className="error-note" role="alert" id={msgId}>
          {problem}
        </p>
      )}
      <FieldNumber field={fields.x0} value={view.x0} view={view} onCommit={(x0) => setOneD({ x0 })} />
      <div className="calc-1d-h">
        <FieldNumber field={fields.h} value={view.h} view={view} onCommit={(h) => setOneD({ h })} />
        <input
          type="range"
          aria-label="log10 h"
          min={H_MIN_LOG}
          max={H_MAX_LOG}
          step={0.1}
          value={Number.isFinite(logH) ? Math.min(H_MAX_LOG, Math.max(H_MIN_LOG, logH)) : 0}
          onChange={(e) => setOneD({ h: Number((10 ** Number(e.target.value)).toPrecision(3)) })}
        />
        <span className="fine" aria-hidden="true">
          h = 10<sup>{Number.isFinite(logH) ? logH.toFixed(1).replace('-', '−') : '—'}</sup>
        </span>
      </div>
      <FieldSlider
        field={fields.order}
        value={view.order}
        view={view}
        min={1}
        max={6}
        onChange={(order) => setOneD({ order })}
      />
    </div>
  );
}

const HEIGHT = 260;

/**
 * A chart's height: fixed on the page; on stage it follows the chart's width (8:5), so the stage can lay the
 * charts out as one large and two small (calculus.css: columns 3fr and 2fr) and fill a 16:9 screen with them.
 * The large one (`span`) is as tall as the two small ones with the title and gap between them: each of those
 * is 2/3 of its width wide.
 */
function chartHeight(width: number, staged: boolean, span = false): number {
  if (!staged) return HEIGHT;
  return span
    ? Math.round(2 * 0.62 * width * (2 / 3) + STAGE_TITLE_GAP)
    : Math.max(120, Math.round(width * 0.62));
}
/** A chart title's height and the grid's gap on stage, in layout px (calculus.css). */
const STAGE_TITLE_GAP = 42;

/** f near x0, the secant through (x0, f(x0)) and (x0 + h, f(x0 + h)), and the tangent of slope f′(x0). */
function SecantChart({ r, x0, h, staged }: { r: OneDResult; x0: number; h: number; staged: boolean }) {
  const [box, width] = useWidth<HTMLDivElement>(420);
  const height = chartHeight(width, staged, true);
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const w = secantHalfWidth(h);
  const x = scaleLinear()
    .domain([x0 - w, x0 + w])
    .range([0, innerW]);
  const y = scaleLinear().domain(yRange(r.secantF)).range([innerH, 0]);
  const f0 = r.coefficients[0];
  const slope = typeof r.forward === 'number' ? r.forward : NaN;
  const curve = line<number>()
    .defined((v) => Number.isFinite(v))
    .x((_, i) => x(r.secantXs[i]))
    .y((v) => y(v))(r.secantF);
  const through = (m: number) => {
    const [a, b] = x.domain();
    return { x1: x(a), y1: y(f0 + m * (a - x0)), x2: x(b), y2: y(f0 + m * (b - x0)) };
  };
  return (
    <div className="calc-1d-chart" ref={box}>
      <h3 className="calc-view-title">Secant → tangent</h3>
      <ChartFrame
        width={width}
        height={height}
        x={x}
        y={y}
        xLabel="x"
        yLabel="f(x)"
        title="f near x0 with the secant through x0 and x0 + h and the tangent at x0"
        text={{
          description:
            `The secant through x0 = ${formatNumber(x0)} and x0 + h (h = ${formatNumber(h)}) has slope ` +
            `${typeof r.forward === 'number' ? formatNumber(r.forward) : 'undefined'}; the tangent's slope is ` +
            `f′(x0) = ${formatNumber(r.derivative)}. As h shrinks the secant turns into the tangent.`,
        }}
      >
        <path className="calc-1d-f" d={curve ?? ''} />
        <line className="calc-1d-tangent" {...through(r.derivative)} />
        {Number.isFinite(slope) && <line className="calc-1d-secant" {...through(slope)} />}
        <circle className="calc-1d-point" cx={x(x0)} cy={y(f0)} r={4} />
        {Number.isFinite(r.fRight) && (
          <circle className="calc-1d-point calc-1d-right" cx={x(x0 + h)} cy={y(r.fRight)} r={4} />
        )}
      </ChartFrame>
      <p className="calc-1d-key fine">
        <span className="calc-1d-swatch calc-1d-secant-key" aria-hidden="true" /> secant{' '}
        <span className="calc-1d-swatch calc-1d-tangent-key" aria-hidden="true" /> tangent
      </p>
    </div>
  );
}

/** |quotient − f′(x0)| against h, both log scales: the V of truncation (falling) and round-off (rising). */
function ErrorChart({ r, h, staged }: { r: OneDResult; h: number; staged: boolean }) {
  const [box, width] = useWidth<HTMLDivElement>(420);
  const height = chartHeight(width, staged);
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const all = [...r.forwardCurve, ...r.centralCurve].map((p) => p.error);
  const lo = Math.max(1e-18, Math.min(...all, 1e-12));
  const hi = Math.max(...all, 1e-8);
  // The h axis in powers of ten: d3's SI labels wrote 1f, 100p and 10µ for 10⁻¹⁵, 10⁻¹⁰ and 10⁻⁵.
  const x = withPowerTicks(
    scaleLog()
      .domain([10 ** ERROR_LOG_MIN, 10 ** ERROR_LOG_MAX])
      .range([0, innerW]),
  );
  const y = scaleLog()
    .domain([lo / 3, hi * 3])
    .range([innerH, 0]);
  const path = (pts: OneDResult['forwardCurve']) =>
    line<{ h: number; error: number }>()
      .x((p) => x(p.h))
      .y((p) => y(p.error))(pts) ?? '';
  const marks = [
    { h: r.optimalForward, label: '√ε', cls: 'calc-1d-fwd' },
    { h: r.optimalCentral, label: '∛ε', cls: 'calc-1d-cen' },
  ];
  const inside = h >= 10 ** ERROR_LOG_MIN && h <= 10 ** ERROR_LOG_MAX;
  return (
    <div className="calc-1d-chart" ref={box}>
      <h3 className="calc-view-title">Error against h (log–log)</h3>
      <ChartFrame
        width={width}
        height={height}
        x={x}
        y={y}
        xLabel="step h"
        yLabel="|quotient − f′(x0)|"
        yTickFormat={logTickText}
        title="Error of forward and central differences against the step h, on log scales"
        text={{
          description:
            `Forward differences err by about h·|f″|/2 for large h and ε·|f|/h for small h: a V with its bottom ` +
            `near √ε ≈ ${formatNumber(r.optimalForward, 2)} (least error seen at h = ${formatNumber(r.bestForward, 2)}). ` +
            `Central differences err by h²·|f‴|/6, bottom near ∛ε ≈ ${formatNumber(r.optimalCentral, 2)} ` +
            `(least error seen at h = ${formatNumber(r.bestCentral, 2)}).`,
        }}
      >
        {marks.map((m) => (
          <g key={m.label} className={`calc-1d-best ${m.cls}`}>
            <line x1={x(m.h)} x2={x(m.h)} y1={0} y2={innerH} />
            <text x={x(m.h) + 4} y={m.label === '√ε' ? 14 : 30}>
              {m.label}
            </text>
          </g>
        ))}
        {inside && <line className="calc-1d-now" x1={x(h)} x2={x(h)} y1={0} y2={innerH} />}
        <path className="calc-1d-err calc-1d-fwd" d={path(r.forwardCurve)} />
        <path className="calc-1d-err calc-1d-cen" d={path(r.centralCurve)} />
      </ChartFrame>
      <p className="calc-1d-key fine">
        <span className="calc-1d-swatch calc-1d-fwd-key" aria-hidden="true" /> forward (best h near √ε){' '}
        <span className="calc-1d-swatch calc-1d-cen-key" aria-hidden="true" /> central (best h near ∛ε){' '}
        <span className="calc-1d-swatch calc-1d-now-key" aria-hidden="true" /> your h
      </p>
    </div>
  );
}

/** f and its Taylor polynomial Pₙ at x0, with the remainder f − Pₙ shaded between them. */
function TaylorChart({
  r,
  x0,
  order,
  staged,
}: {
  r: OneDResult;
  x0: number;
  order: number;
  staged: boolean;
}) {
  const [box, width] = useWidth<HTMLDivElement>(420);
  const height = chartHeight(width, staged);
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const xs = r.taylorXs;
  const x = scaleLinear()
    .domain([xs[0], xs[xs.length - 1]])
    .range([0, innerW]);
  const y = scaleLinear().domain(yRange(r.taylorF, 0.25)).range([innerH, 0]);
  // Values far outside the plot are clamped, so the shading stays a finite path.
  const [y0, y1] = y.domain();
  const span = y1 - y0;
  const clampY = (v: number) => y(Math.max(y0 - span, Math.min(y1 + span, v)));
  const ok = (i: number) => Number.isFinite(r.taylorF[i]) && Number.isFinite(r.taylorP[i]);
  const idx = xs.map((_, i) => i);
  const fill =
    area<number>()
      .defined(ok)
      .x((i) => x(xs[i]))
      .y0((i) => clampY(r.taylorF[i]))
      .y1((i) => clampY(r.taylorP[i]))(idx) ?? '';
  const fPath =
    line<number>()
      .defined((i) => Number.isFinite(r.taylorF[i]))
      .x((i) => x(xs[i]))
      .y((i) => clampY(r.taylorF[i]))(idx) ?? '';
  const pPath =
    line<number>()
      .defined((i) => Number.isFinite(r.taylorP[i]))
      .x((i) => x(xs[i]))
      .y((i) => clampY(r.taylorP[i]))(idx) ?? '';
  const at = (t: number) => {
    const i = Math.round(((t - xs[0]) / (xs[xs.length - 1] - xs[0])) * (xs.length - 1));
    return r.taylorF[i] - r.taylorP[i];
  };
  return (
    <div className="calc-1d-chart" ref={box}>
      <h3 className="calc-view-title">Taylor polynomial of order {order}</h3>
      <ChartFrame
        width={width}
        height={height}
        x={x}
        y={y}
        xLabel="x"
        yLabel="f(x), Pₙ(x)"
        title={`f and its Taylor polynomial of order ${order} at x0, with the remainder shaded`}
        text={{
          description:
            `The Taylor polynomial of order ${order} at x0 = ${formatNumber(x0)} matches f there; the shaded ` +
            `remainder f − P grows away from x0 like (x − x0)^${order + 1}: ${formatNumber(at(x0 + 1), 3)} at ` +
            `x0 + 1, ${formatNumber(at(x0 + 2), 3)} at x0 + 2.`,
        }}
      >
        <path className="calc-1d-remainder" d={fill} />
        <path className="calc-1d-f" d={fPath} />
        <path className="calc-1d-taylor" d={pPath} />
        <circle className="calc-1d-point" cx={x(x0)} cy={y(r.coefficients[0])} r={4} />
      </ChartFrame>
      <p className="calc-1d-key fine">
        <span className="calc-1d-swatch calc-1d-f-key" aria-hidden="true" /> f{' '}
        <span className="calc-1d-swatch calc-1d-taylor-key" aria-hidden="true" /> Pₙ{' '}
        <span className="calc-1d-swatch calc-1d-remainder-key" aria-hidden="true" /> remainder f − Pₙ
      </p>
    </div>
  );
}

/** The Taylor polynomial's formula with its coefficients (rounded for people). */
function taylorTex(c: readonly number[], x0: number): string {
  const num = (v: number) =>
    formatNumber(v, 4).replace('e', '\\times 10^{') + (/e/.test(formatNumber(v, 4)) ? '}' : '');
  const shift = x0 === 0 ? 'x' : `(x ${x0 < 0 ? '+' : '-'} ${formatNumber(Math.abs(x0), 4)})`;
  const terms = c.map((v, k) => {
    if (k === 0) return num(v);
    const sign = v < 0 ? '-' : '+';
    return `${sign} ${num(Math.abs(v))}\\,${shift}${k > 1 ? `^{${k}}` : ''}`;
  });
  return `P_{${c.length - 1}}(x) = ${terms.join(' ')}`;
}

/**
 * Derivatives from first principles (issue 18): the secant converging to the tangent, the V-shaped error of
 * difference quotients against h, and Taylor polynomials of order 1–6 with the remainder shaded.
 */
/** The three charts, the 1-D view's figure on stage (where their height follows the width the stage gives). */
function OneDCharts({ r, x0, h, order }: { r: OneDResult; x0: number; h: number; order: number }) {
  const [stageRef, stagedWidth] = useStagedWidth<HTMLDivElement>();
  const staged = stagedWidth !== null;
  return (
    <div className="calc-1d-charts" data-stage="main" ref={stageRef}>
      <SecantChart r={r} x0={x0} h={h} staged={staged} />
      <ErrorChart r={r} h={h} staged={staged} />
      <TaylorChart r={r} x0={x0} order={order} staged={staged} />
    </div>
  );
}

export function OneDView() {
  const fx = useCalculusStore((s) => s.view.fx);
  const x0 = useCalculusStore((s) => s.view.x0);
  const h = useCalculusStore((s) => s.view.h);
  const order = useCalculusStore((s) => s.view.order);
  const input = useDeferredValue(useMemo(() => ({ fx, x0, h, order }), [fx, x0, h, order]));
  const valid =
    fields.fx.problem(input.fx, {}) === null &&
    fields.x0.problem(input.x0, {}) === null &&
    fields.h.problem(input.h, {}) === null &&
    fields.order.problem(input.order, {}) === null;
  const computed = useMemo(() => (valid ? computeOneD(input) : null), [valid, input]);
  // While the text is mid-edit the last good picture stays.
  const [shown, setShown] = useState<{ r: OneDResult; x0: number; h: number; order: number } | null>(null);
  if (computed && !('error' in computed) && shown?.r !== computed)
    setShown({ r: computed, x0: input.x0, h: input.h, order: input.order });
  const error = computed && 'error' in computed ? computed.error : null;
  const r = shown?.r;
  const forward = r && typeof r.forward === 'number' ? r.forward : null;
  const central = r && typeof r.central === 'number' ? r.central : null;
  return (
    <section className="panel calc-1d" aria-label="Derivatives from first principles">
      <h2 className="calc-view-title">Derivatives from first principles (1-D)</h2>
      <OneDControls />
      {error && (
        <p className="error-note" role="alert">
          {error}
        </p>
      )}
      {r && shown && (
        <>
          <div className="calc-1d-readouts">
            <Readout label="difference quotient" value={forward} />
            <Readout label="derivative" value={r.derivative} />
            <Readout
              label="difference error"
              value={forward === null ? null : Math.abs(forward - r.derivative)}
            />
            <Readout label="central quotient" value={central} />
            <Readout
              label="central error"
              value={central === null ? null : Math.abs(central - r.derivative)}
            />
          </div>
          {typeof r.forward === 'string' && <p className="error-note">{r.forward}</p>}
          <p className="fine">
            The difference quotient (f(x0 + h) − f(x0))/h is the secant&apos;s slope; the derivative comes
            from automatic differentiation, which applies the chain rule to exact local derivatives and so has
            no step to choose: its only error is the rounding of each operation. Finite differences trade
            truncation (shrinking as h, or h² for central ones) against round-off (growing as ε/h), so they
            are best near h ≈ √ε (forward) or ∛ε (central), never exact.
          </p>
          <OneDCharts r={r} x0={shown.x0} h={shown.h} order={shown.order} />
          <div className="calc-1d-formula" tabIndex={0} role="region" aria-label="Taylor polynomial formula">
            <Tex tex={taylorTex(r.coefficients, shown.x0)} display label="Taylor polynomial" />
          </div>
        </>
      )}
    </section>
  );
}

/** The "1-D" toggle: shows the 1-D view of derivatives from first principles above the 2-D pictures. */
export function OneDToggle() {
  const on = useCalculusStore((s) => s.view.oneD);
  return (
    <fieldset className="panel calc-1d-toggle">
      <legend>Derivatives from first principles</legend>
      <label className="calc-check">
        <input
          type="checkbox"
          aria-label="1-D"
          checked={on}
          onChange={(e) => useCalculusStore.getState().set('oneD', e.target.checked)}
        />
        1-D: secant and tangent, difference error against h, Taylor polynomials
      </label>
    </fieldset>
  );
}
