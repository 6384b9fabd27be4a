import { useId, useMemo } from 'react';
import { line, scaleLinear, scaleLog } from 'd3';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';

const PAD = { left: 44, right: 10, top: 10, bottom: 30 };

/** The lasso coefficient path over λ (log scale), one line per coefficient, with the current λ marked. */
export function LassoPathChart({
  path,
  lambda,
  width,
}: {
  path: { lambdas: number[]; coefs: number[][] };
  lambda: number;
  width: number;
}) {
  const height = 200;
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const { sx, sy, lines } = useMemo(() => {
    const ls = path.lambdas;
    const sx = scaleLog()
      .domain([Math.min(...ls), Math.max(...ls)])
      .range([0, innerW]);
    let lo = 0;
    let hi = 0;
    for (const c of path.coefs) for (const v of c) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    const sy = scaleLinear()
      .domain(lo === hi ? [-1, 1] : [lo, hi])
      .nice()
      .range([innerH, 0]);
    const p = path.coefs[0]?.length ?? 0;
    const lines = Array.from({ length: p }, (_, j) =>
      line<number>()
        .x((_, i) => sx(ls[i]))
        .y((_, i) => sy(path.coefs[i][j]))(ls),
    );
    return { sx, sy, lines };
  }, [path, innerW, innerH]);
  const [l0, l1] = sx.domain();
  const mark = lambda >= l0 && lambda <= l1 ? sx(lambda) : null;
  const last = path.coefs[path.coefs.length - 1] ?? [];
  const text = {
    description: `Lasso coefficient path on the features as shown, for ${path.lambdas.length} values of λ from ${formatNumber(l1, 3)} (every coefficient zero) down to ${formatNumber(l0, 3)}; the current λ is ${formatNumber(lambda, 3)}.`,
    table: {
      caption: 'coefficients at the smallest λ',
      columns: ['term', 'coefficient'],
      rows: last.map((c, j) => [j === 0 ? 'x' : `x^${j + 1}`, c]),
    },
  };
  return (
    <figure className="reg-path">
      <figcaption>Lasso path: every coefficient against λ</figcaption>
      <svg
        className="chart"
        width={width}
        height={height}
        role="img"
        aria-label="lasso coefficient path"
        aria-describedby={`reg-path-text${uid}`}
      >
        <g transform={`translate(${PAD.left},${PAD.top})`}>
          <rect width={innerW} height={innerH} className="reg-plot-frame" />
          <g className="axis">
            {sx.ticks(4).map((t) => (
              <text key={t} x={sx(t)} y={innerH + 16} textAnchor="middle">
                {formatNumber(t, 2)}
              </text>
            ))}
            {sy.ticks(4).map((t) => (
              <text key={t} x={-6} y={sy(t)} dy="0.32em" textAnchor="end">
                {formatNumber(t, 3)}
              </text>
            ))}
            <text x={innerW / 2} y={innerH + 28} textAnchor="middle">
              λ (log scale)
            </text>
          </g>
          <line x1={0} x2={innerW} y1={sy(0)} y2={sy(0)} className="reg-zero-line" />
          {lines.map((d, j) => (
            <path key={j} d={d ?? ''} className={`reg-path-line reg-c${j % 6}`} />
          ))}
          {mark !== null && <line x1={mark} x2={mark} y1={0} y2={innerH} className="reg-lambda-mark" />}
        </g>
      </svg>
      <ChartTextAlternative id={`reg-path-text${uid}`} text={text} />
    </figure>
  );
}
