import { useEffect, useId, useMemo } from 'react';
import { line, scaleLinear, scaleLog } from 'd3';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';
import { useLassoPath, type LassoPathShown } from '../../../stores/ml/regression/lassoPath';
import type { UserPoint } from '../../../stores/ml/nn/fields';
import type { RegView } from '../../../stores/ml/regression/view';
import { ErrorNote } from '../../../ui/ErrorNote';

const PAD = { left: 44, right: 10, top: 10, bottom: 30 };

/**
 * The lasso coefficient path over λ (log scale), one line per coefficient, with the current λ marked. The
 * axis spans the whole path from its first snapshot, so the lines grow leftwards as the worker solves more λ.
 */
export function LassoPathChart({
  path,
  lambda,
  width,
  standardized,
}: {
  path: LassoPathShown;
  lambda: number;
  width: number;
  /** Whether x is standardized (the note on a slow descent suggests it when not). */
  standardized: boolean;
}) {
  const height = 200;
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const { sx, sy, lines } = useMemo(() => {
    const ls = path.lambdas;
    const sx = scaleLog().domain(path.range).range([0, innerW]);
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
    description: `Lasso coefficient path on the features as shown, for ${path.done ? path.count : `${path.lambdas.length} of ${path.count} (still computing)`} values of λ from ${formatNumber(l1, 3)} (every coefficient zero) down to ${formatNumber(l0, 3)}; the current λ is ${formatNumber(lambda, 3)}.`,
    table: {
      caption: `coefficients at λ = ${formatNumber(path.lambdas[path.lambdas.length - 1] ?? l1, 3)}`,
      columns: ['term', 'coefficient'],
      rows: last.map((c, j) => [j === 0 ? 'x' : `x^${j + 1}`, c]),
    },
  };
  return (
    <figure className="reg-path">
      <figcaption>
        Lasso path: every coefficient against λ
        {!path.done && (
          <span className="reg-path-progress">
            {' '}
            (λ {path.lambdas.length} of {path.count}…)
          </span>
        )}
      </figcaption>
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
      {path.stalled > 0 && (
        <p className="reg-note">
          {`At ${path.stalled} of ${path.lambdas.length} λ values coordinate descent stopped after ${path.maxSweeps} sweeps before its tolerance: the features x, x², … are nearly dependent, so each coordinate step is tiny there and those coefficients are approximate. ${standardized ? 'A lower degree converges faster.' : 'Turn on “standardize” (or lower the degree) for a faster descent.'}`}
        </p>
      )}
    </figure>
  );
}

/** The Lasso method's path: asked of the worker whenever the design or a point changes, drawn as it arrives. */
export function LassoPathPanel({
  view,
  points,
  width,
}: {
  view: RegView;
  points: readonly UserPoint[];
  width: number;
}) {
  const request = useLassoPath((s) => s.request);
  const path = useLassoPath((s) => s.path);
  const error = useLassoPath((s) => s.error);
  useEffect(() => request(view, points), [request, view, points]);
  useEffect(() => () => useLassoPath.getState().clear(), []);
  if (error) return <ErrorNote>{`Lasso path: ${error}`}</ErrorNote>;
  return path && path.lambdas.length > 0 ? (
    <LassoPathChart path={path} lambda={view.lasso} width={width} standardized={view.standardize} />
  ) : null;
}
