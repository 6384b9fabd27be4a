import { useMemo, useRef } from 'react';
import { contours, scaleLinear } from 'd3';
import {
  conditionalGaussian,
  createRng,
  gaussian2Density,
  gaussian2Ellipse,
  sampleGaussian2,
  type Cov2,
  type Mean2,
} from '../../../core';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import type { ChartText } from '../../../ui/ChartText';
import { num } from '../shared/chartText';

const GRID = 90;
const SAMPLES = 400;
/** Pixel height of the marginal curves along the axes and of the conditional on the line y = y₀. */
const MARGINAL_PX = 46;
const CONDITIONAL_PX = 70;

const normalPdf = (m: number, v: number, x: number) =>
  Math.exp(-((x - m) ** 2) / (2 * v)) / Math.sqrt(2 * Math.PI * v);

/** The half-width of the square window: every 3σ ellipse and the line y₀ fit, at least ±4. */
export function plotHalfWidth(mean: Mean2, cov: Cov2, y0: number): number {
  const r = Math.max(
    4,
    Math.abs(mean[0]) + 3.2 * Math.sqrt(cov[0][0]),
    Math.abs(mean[1]) + 3.2 * Math.sqrt(cov[1][1]),
    Math.abs(y0) + 0.5,
  );
  return Math.ceil(r);
}

/**
 * The joint density of (x, y) ~ N(μ, Σ): filled contours, the 1σ and 2σ ellipses, Cholesky samples, the
 * marginals p(x) and p(y) along the axes, and the line y = y₀ (dragged with the pointer) with p(x | y = y₀)
 * drawn on it.
 */
export function GaussianPlot({
  mean,
  cov,
  y0,
  samples,
  seed,
  size,
  onY0,
}: {
  mean: Mean2;
  cov: Cov2;
  y0: number;
  samples: boolean;
  seed: number;
  size: number;
  onY0: (y: number) => void;
}) {
  const half = plotHalfWidth(mean, cov, y0);
  const innerW = size - MARGIN.left - MARGIN.right;
  const height = innerW + MARGIN.top + MARGIN.bottom;
  const x = useMemo(() => scaleLinear().domain([-half, half]).range([0, innerW]), [half, innerW]);
  const y = useMemo(() => scaleLinear().domain([-half, half]).range([innerW, 0]), [half, innerW]);

  const bands = useMemo(() => {
    const values = new Array<number>(GRID * GRID);
    for (let j = 0; j < GRID; j++)
      for (let i = 0; i < GRID; i++) {
        const gx = -half + (2 * half * (i + 0.5)) / GRID;
        const gy = -half + (2 * half * (j + 0.5)) / GRID;
        values[j * GRID + i] = gaussian2Density(mean, cov, gx, gy);
      }
    const peak = gaussian2Density(mean, cov, mean[0], mean[1]);
    // Levels at Mahalanobis distances 2.5, 2, 1.5, 1, 0.5: density peak·e^{−d²/2}.
    const levels = [2.5, 2, 1.5, 1, 0.5].map((d) => peak * Math.exp(-(d * d) / 2));
    const px = (g: number) => x(-half + (2 * half * g) / GRID);
    const py = (g: number) => y(-half + (2 * half * g) / GRID);
    return contours()
      .size([GRID, GRID])
      .thresholds(levels)(values)
      .map((mp) => {
        let d = '';
        for (const polygon of mp.coordinates)
          for (const ring of polygon) {
            ring.forEach(([gx, gy], k) => {
              d += `${k === 0 ? 'M' : 'L'}${px(gx).toFixed(1)},${py(gy).toFixed(1)}`;
            });
            d += 'Z';
          }
        return d;
      });
  }, [mean, cov, half, x, y]);

  const ellipses = useMemo(
    () =>
      [1, 2].map((k) => {
        const { outline } = gaussian2Ellipse(mean, cov, k, 96);
        let d = '';
        for (let i = 0; i < outline.length; i += 2)
          d += `${i === 0 ? 'M' : 'L'}${x(outline[i]).toFixed(1)},${y(outline[i + 1]).toFixed(1)}`;
        return d + 'Z';
      }),
    [mean, cov, x, y],
  );

  const points = useMemo(
    () => (samples ? sampleGaussian2(mean, cov, createRng(seed), SAMPLES) : null),
    [mean, cov, seed, samples],
  );

  const cond = conditionalGaussian(mean, cov, y0);
  const curves = useMemo(() => {
    const n = 200;
    const xs = Array.from({ length: n + 1 }, (_, i) => -half + (2 * half * i) / n);
    const vx = cov[0][0];
    const vy = cov[1][1];
    const peakX = normalPdf(0, vx, 0);
    const peakY = normalPdf(0, vy, 0);
    const mx = xs
      .map(
        (t, i) =>
          `${i ? 'L' : 'M'}${x(t).toFixed(1)},${(innerW - (MARGINAL_PX * normalPdf(mean[0], vx, t)) / peakX).toFixed(1)}`,
      )
      .join('');
    const my = xs
      .map(
        (t, i) =>
          `${i ? 'L' : 'M'}${((MARGINAL_PX * normalPdf(mean[1], vy, t)) / peakY).toFixed(1)},${y(t).toFixed(1)}`,
      )
      .join('');
    return { xs, mx, my };
  }, [mean, cov, half, x, y, innerW]);

  const conditional = useMemo(() => {
    const peak = normalPdf(0, cond.variance, 0);
    const base = y(y0);
    if (!(cond.variance > 0)) return '';
    return curves.xs
      .map(
        (t, i) =>
          `${i ? 'L' : 'M'}${x(t).toFixed(1)},${(base - (CONDITIONAL_PX * normalPdf(cond.mean, cond.variance, t)) / peak).toFixed(1)}`,
      )
      .join('');
  }, [cond.mean, cond.variance, curves.xs, x, y, y0]);

  const group = useRef<SVGGElement>(null);
  const drag = useRef(false);
  const fromPointer = (e: React.PointerEvent) => {
    const rect = group.current?.getBoundingClientRect();
    if (!rect) return;
    const v = y.invert(e.clientY - rect.top);
    onY0(Math.round(Math.min(half, Math.max(-half, v)) * 20) / 20);
  };

  const text: ChartText = {
    description: `Joint density of (x, y) with mean (${num(mean[0])}, ${num(mean[1])}), sd x ${num(Math.sqrt(cov[0][0]))}, sd y ${num(Math.sqrt(cov[1][1]))} and covariance ${num(cov[0][1])}: contours and the 1σ and 2σ ellipses, ${samples ? `${SAMPLES} samples, ` : ''}the marginals along the axes, and the line y = ${num(y0)} with the conditional p(x | y = ${num(y0)}) = N(${num(cond.mean)}, ${num(cond.variance)}) drawn on it.`,
  };

  return (
    <div className="gau-plot">
      <ChartFrame
        width={size}
        height={height}
        x={x}
        y={y}
        xLabel="x"
        yLabel="y"
        title="Bivariate Gaussian density with the conditional at y = y0"
        text={text}
      >
        <g ref={group}>
          {bands.map((d, i) => (
            <path key={i} className="gau-band" d={d} style={{ opacity: 0.12 + 0.1 * i }} />
          ))}
          {points && (
            <g className="gau-samples">
              {Array.from({ length: SAMPLES }, (_, i) => (
                <circle key={i} cx={x(points[2 * i])} cy={y(points[2 * i + 1])} r={1.8} />
              ))}
            </g>
          )}
          <path className="gau-ellipse" d={ellipses[0]} />
          <path className="gau-ellipse two" d={ellipses[1]} />
          <path className="gau-marginal" d={curves.mx} />
          <path className="gau-marginal" d={curves.my} />
          <line className="gau-y0" x1={0} x2={innerW} y1={y(y0)} y2={y(y0)} />
          {conditional && <path className="gau-conditional" d={conditional} />}
          <line
            className="gau-y0-grip"
            x1={0}
            x2={innerW}
            y1={y(y0)}
            y2={y(y0)}
            onPointerDown={(e) => {
              drag.current = true;
              (e.target as Element).setPointerCapture?.(e.pointerId);
              fromPointer(e);
            }}
            onPointerMove={(e) => drag.current && fromPointer(e)}
            onPointerUp={() => (drag.current = false)}
            onPointerCancel={() => (drag.current = false)}
          />
          <text className="gau-y0-label" x={innerW - 4} y={y(y0) + (y(y0) < 20 ? 14 : -6)} textAnchor="end">
            y = y₀ (drag)
          </text>
        </g>
      </ChartFrame>
    </div>
  );
}

/**
 * The plot's legend, beside the plot's element rather than in it: on stage it is a companion of the square
 * plot (placed beside it with the readouts), so the plot alone fills the stage's height.
 */
export function GaussianLegend() {
  return (
    <ul className="gau-legend" aria-label="legend" data-stage="companion">
      <li>
        <span className="gau-swatch ellipse" /> 1σ and 2σ ellipses
      </li>
      <li>
        <span className="gau-swatch marginal" /> marginals p(x), p(y)
      </li>
      <li>
        <span className="gau-swatch conditional" /> p(x | y = y₀)
      </li>
    </ul>
  );
}
