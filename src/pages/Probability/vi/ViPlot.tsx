import { useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { scaleLinear } from 'd3';
import type { Cov2, Mean2, Target2D } from '../../../core';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { useStagedWidth } from '../../../ui/useStagedWidth';
import type { ChartText } from '../../../ui/ChartText';
import { targetContours } from '../mcmc/contours';
import { num } from '../shared/chartText';
import { ellipsePath } from './viPlot';

/** What the replay animation moves without a React render: q's ellipses and its mean. */
export interface QPainter {
  paint(q: { mean: Mean2; cov: Cov2 } | null): void;
}

/**
 * The target's contours, the MCMC samples, and q's 1σ and 2σ ellipses with its mean. The replay animation
 * paints q through `painter` (refs, no React state); a render draws the q it is given.
 */
export function ViPlot({
  target,
  q,
  mcmc,
  size,
  painter,
  text,
  legend = true,
}: {
  target: Target2D;
  q: { mean: Mean2; cov: Cov2 } | null;
  mcmc: Float64Array | null;
  size: number;
  painter: Ref<QPainter>;
  text: ChartText;
  /** Draws its legend under it (on stage the legend sits with the ELBO curve instead: see ViTab). */
  legend?: boolean;
}) {
  // On stage the plot follows the width the stage lays it out at, so that its box is the picture: the stage
  // can then narrow it and scale it up with its axis text, and the ELBO curve beside it does not overlap it.
  const [stageRef, stagedWidth] = useStagedWidth<HTMLDivElement>();
  const side = stagedWidth ?? size;
  const innerW = side - MARGIN.left - MARGIN.right;
  const height = innerW + MARGIN.top + MARGIN.bottom;
  const [x0, x1, y0, y1] = target.bounds;
  const x = useMemo(() => scaleLinear().domain([x0, x1]).range([0, innerW]), [x0, x1, innerW]);
  const y = useMemo(() => scaleLinear().domain([y0, y1]).range([innerW, 0]), [y0, y1, innerW]);
  const lines = useMemo(() => targetContours(target, x, y), [target, x, y]);
  const one = useRef<SVGPathElement>(null);
  const two = useRef<SVGPathElement>(null);
  const dot = useRef<SVGCircleElement>(null);
  useImperativeHandle(
    painter,
    () => ({
      paint(next) {
        one.current?.setAttribute('d', next ? ellipsePath(next, 1, x, y) : '');
        two.current?.setAttribute('d', next ? ellipsePath(next, 2, x, y) : '');
        if (dot.current) {
          dot.current.setAttribute('cx', next ? x(next.mean[0]).toFixed(1) : '-99');
          dot.current.setAttribute('cy', next ? y(next.mean[1]).toFixed(1) : '-99');
        }
      },
    }),
    [x, y],
  );
  // The samples as one path of zero-length round-capped segments: one element instead of thousands of circles.
  const points = useMemo(() => {
    if (!mcmc) return null;
    let d = '';
    for (let i = 0; i < mcmc.length; i += 2) d += `M${x(mcmc[i]).toFixed(1)},${y(mcmc[i + 1]).toFixed(1)}h0`;
    return d;
  }, [mcmc, x, y]);
  return (
    <div className="vi-plot" data-stage="main" ref={stageRef}>
      <ChartFrame
        width={side}
        height={height}
        x={x}
        y={y}
        xLabel="x"
        yLabel="y"
        title="Target density with the fitted q and MCMC samples"
        text={text}
      >
        {lines.map((d, i) => (
          <path key={i} className="vi-contour" d={d} style={{ opacity: 0.35 + 0.13 * i }} />
        ))}
        {points && <path className="vi-samples" d={points} />}
        <path ref={two} className="vi-q two" d={q ? ellipsePath(q, 2, x, y) : ''} />
        <path ref={one} className="vi-q" d={q ? ellipsePath(q, 1, x, y) : ''} />
        <circle
          ref={dot}
          className="vi-q-mean"
          cx={q ? x(q.mean[0]).toFixed(1) : -99}
          cy={q ? y(q.mean[1]).toFixed(1) : -99}
          r={4}
        />
      </ChartFrame>
      {legend && <ViLegend />}
    </div>
  );
}

/** What the plot draws: the target's contours, q's ellipses and mean, the MCMC samples. */
export function ViLegend() {
  return (
    <ul className="vi-legend" aria-label="legend">
      <li>
        <span className="vi-swatch contour" /> target p (contours)
      </li>
      <li>
        <span className="vi-swatch q" /> q: 1σ and 2σ ellipses, mean
      </li>
      <li>
        <span className="vi-swatch mcmc" /> MCMC samples
      </li>
    </ul>
  );
}

/** The chart's text alternative: the target, q and the chain in one sentence. */
export function plotText(
  targetLabel: string,
  q: { mean: Mean2; cov: Cov2 } | null,
  mcmcCount: number,
): ChartText {
  const qText = q
    ? `q = N with mean (${num(q.mean[0])}, ${num(q.mean[1])}), variances ${num(q.cov[0][0])} and ${num(q.cov[1][1])}, covariance ${num(q.cov[0][1])}`
    : 'no q fitted yet';
  return {
    description: `Contours of the ${targetLabel} target; ${qText}, drawn as its 1σ and 2σ ellipses${mcmcCount > 0 ? `; ${mcmcCount} MCMC samples of the target as dots` : ''}.`,
  };
}
