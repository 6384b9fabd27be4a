import { memo, useId, useMemo } from 'react';
import { line, scaleLinear, scaleLog } from 'd3';
import type { ErrorCurve } from '../../../stores/ml/regression/overfit';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';

const PAD = { left: 52, right: 12, top: 12, bottom: 32 };

/**
 * Training and test MSE against the degree or against λ (log scale), on a log MSE axis: the training
 * error only falls with the degree (rises with λ), the test error is U-shaped; its lowest point is marked.
 * Memoised: a drag move that has no new curve yet leaves it alone.
 */
export const ErrorCurveChart = memo(function ErrorCurveChart({
  curve,
  kind,
  current,
  width,
}: {
  curve: ErrorCurve;
  kind: 'degree' | 'ridge λ' | 'lasso λ';
  current: number;
  width: number;
}) {
  const w = Math.max(260, Math.min(width, 520));
  const height = 220;
  const innerW = w - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const degree = kind === 'degree';
  const { sx, sy, train, test, floor } = useMemo(() => {
    const all = [...curve.train, ...(curve.test ?? [])].filter((v) => Number.isFinite(v) && v > 0);
    const top = all.length ? Math.max(...all) : 1;
    // Training MSE of an interpolant is 0 (or round-off): floored a few decades below the rest.
    const low = all.length ? Math.min(...all) : 1e-3;
    const floor = Math.max(low, top * 1e-6, 1e-12);
    const sy = scaleLog()
      .domain([floor, Math.max(top, floor * 10)])
      .range([innerH, 0])
      .nice();
    const sx = degree
      ? scaleLinear()
          .domain([curve.at[0], curve.at[curve.at.length - 1]])
          .range([0, innerW])
      : scaleLog()
          .domain([curve.at[0], curve.at[curve.at.length - 1]])
          .range([0, innerW]);
    const y = (v: number) =>
      sy(Math.max(sy.domain()[0], Math.min(sy.domain()[1], Number.isFinite(v) ? v : top)));
    const draw = (vs: number[]) =>
      line<number>()
        .x((_, i) => sx(curve.at[i]))
        .y((v) => y(v))(vs) ?? '';
    return { sx, sy, train: draw(curve.train), test: curve.test ? draw(curve.test) : null, floor };
  }, [curve, innerW, innerH, degree]);
  const yAt = (v: number) =>
    sy(Math.max(sy.domain()[0], Math.min(sy.domain()[1], Number.isFinite(v) ? v : sy.domain()[1])));
  // Log ticks: powers of ten when the axis spans decades, else at most five of d3's.
  const [y0, y1] = sy.domain();
  const decades = sy.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
  const yTicks =
    y1 / y0 >= 100
      ? decades.filter((_, i) => i % Math.ceil(decades.length / 5) === 0)
      : sy.ticks().filter((_, i, all) => i % Math.ceil(all.length / 5) === 0);
  const best = curve.best;
  const name = degree ? 'degree' : kind;
  const fmt = (v: number) => (degree ? String(v) : formatNumber(v, 3));
  const bestText =
    best !== null && curve.test
      ? `The lowest test MSE, ${formatNumber(curve.test[best], 4)}, is at ${name} ${fmt(curve.at[best])}${degree ? '' : ''}.`
      : 'No test set (own or loaded points): only the training MSE is drawn; generate a set to see the test curve.';
  // The "best" label goes where no curve runs: above both curves over its width, else below them.
  const bestLabel = (() => {
    if (best === null || !curve.test) return null;
    const bx = sx(curve.at[best]);
    const by = yAt(curve.test[best]);
    const text = `best ${name} ${fmt(curve.at[best])}`;
    const wText = 6.2 * text.length;
    const anchor = bx > innerW * 0.75 ? 'end' : bx < innerW * 0.2 ? 'start' : 'middle';
    const x0 = anchor === 'end' ? bx - wText : anchor === 'start' ? bx - 6 : bx - wText / 2;
    let top = by - 6;
    let bottom = by + 6;
    for (const vs of [curve.train, curve.test]) {
      const span = curveSpan(
        curve.at.map((a) => sx(a)),
        vs.map(yAt),
        x0,
        x0 + wText,
      );
      if (span) [top, bottom] = [Math.min(top, span[0]), Math.max(bottom, span[1])];
    }
    // 11 px text: about 9 px above its baseline and 3 below.
    const y = top - 4 >= 10 ? top - 4 : bottom + 12 <= innerH - 3 ? bottom + 12 : 10;
    return { x: anchor === 'start' ? Math.max(bx - 6, 2) : bx, y, anchor, text } as const;
  })();
  const [c0, c1] = sx.domain();
  const mark = current >= Math.min(c0, c1) && current <= Math.max(c0, c1) ? sx(current) : null;
  const text = {
    description: `Training${curve.test ? ' and test' : ''} MSE against ${name}${degree ? '' : ' (log scale)'}, MSE on a log scale (values below ${formatNumber(floor, 2)} drawn at the bottom). ${bestText}`,
    table: {
      caption: `MSE by ${name}`,
      columns: [name, 'training MSE', 'test MSE'],
      rows: curve.at.map((a, i) => [a, curve.train[i], curve.test ? curve.test[i] : null]),
    },
  };
  return (
    <figure className="reg-path reg-errors">
      <figcaption>
        Training and test MSE against {name}
        <span className="reg-key">
          <span className="reg-key-train">training</span>
          {curve.test && <span className="reg-key-test">test</span>}
        </span>
      </figcaption>
      <svg
        className="chart"
        width={w}
        height={height}
        role="img"
        aria-label={`training and test MSE against ${name}`}
        aria-describedby={`reg-err-text${uid}`}
      >
        <g transform={`translate(${PAD.left},${PAD.top})`}>
          <rect width={innerW} height={innerH} className="reg-plot-frame" />
          <g className="axis">
            {(degree ? curve.at.filter((d) => d % 2 === 0) : sx.ticks(4)).map((t) => (
              <text key={t} x={sx(t)} y={innerH + 14} textAnchor="middle">
                {degree ? t : formatNumber(t, 2)}
              </text>
            ))}
            {yTicks.map((t) => (
              <text key={t} x={-6} y={sy(t)} dy="0.32em" textAnchor="end">
                {formatNumber(t, 2)}
              </text>
            ))}
            <text x={innerW / 2} y={innerH + 28} textAnchor="middle">
              {degree ? 'degree' : `${kind} (log scale)`}
            </text>
            <text transform={`translate(${-42},${innerH / 2}) rotate(-90)`} textAnchor="middle">
              MSE (log)
            </text>
          </g>
          {mark !== null && <line x1={mark} x2={mark} y1={0} y2={innerH} className="reg-lambda-mark" />}
          <path d={train} className="reg-err-train" />
          {test && <path d={test} className="reg-err-test" />}
          {best !== null && curve.test && (
            <g className="reg-err-best">
              <circle cx={sx(curve.at[best])} cy={yAt(curve.test[best])} r={6} />
              {bestLabel && (
                <text x={bestLabel.x} y={bestLabel.y} textAnchor={bestLabel.anchor}>
                  {bestLabel.text}
                </text>
              )}
            </g>
          )}
        </g>
      </svg>
      <p className="reg-note">{bestText}</p>
      <ChartTextAlternative id={`reg-err-text${uid}`} text={text} />
    </figure>
  );
});

/**
 * The highest and lowest pixel y of a polyline (xs[i], ys[i]) between x = x0 and x = x1 (the segments cut at
 * both ends by linear interpolation), or null where it does not reach that stretch.
 */
export function curveSpan(
  xs: readonly number[],
  ys: readonly number[],
  x0: number,
  x1: number,
): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const at = (i: number, x: number) => ys[i] + ((ys[i + 1] - ys[i]) * (x - xs[i])) / (xs[i + 1] - xs[i]);
  for (let i = 0; i + 1 < xs.length; i++) {
    const a = Math.max(x0, Math.min(xs[i], xs[i + 1]));
    const b = Math.min(x1, Math.max(xs[i], xs[i + 1]));
    if (a > b || xs[i] === xs[i + 1]) continue;
    for (const y of [at(i, a), at(i, b)]) {
      if (!Number.isFinite(y)) continue;
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}
