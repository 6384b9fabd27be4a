import { memo, useId } from 'react';
import { scaleLinear } from 'd3';
import type { RegFit } from '../../../stores/ml/regression/data';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';

const PAD = { left: 48, right: 10, top: 10, bottom: 34 };

/** The k-sd ellipse of N(m, C) as an SVG path through 73 points (m + k·L·(cos t, sin t), C = LLᵀ). */
function ellipse(
  m: readonly [number, number],
  c: readonly (readonly number[])[],
  k: number,
  sx: (v: number) => number,
  sy: (v: number) => number,
): string {
  const l00 = Math.sqrt(Math.max(c[0][0], 0));
  const l10 = l00 > 0 ? c[1][0] / l00 : 0;
  const l11 = Math.sqrt(Math.max(c[1][1] - l10 * l10, 0));
  const pts: string[] = [];
  for (let i = 0; i <= 72; i++) {
    const t = (2 * Math.PI * i) / 72;
    const [u, v] = [Math.cos(t) * k, Math.sin(t) * k];
    // (intercept, slope) → chart (slope across, intercept up).
    const b = m[0] + l00 * u;
    const w = m[1] + l10 * u + l11 * v;
    pts.push(`${sx(w)},${sy(b)}`);
  }
  return `M${pts.join('L')}Z`;
}

/**
 * The posterior over (slope, intercept) — the coefficient of the first feature and the intercept, in the
 * features as shown — as its 1- and 2-sd ellipses, with the prior's 2-sd circle, the posterior mean and
 * the five draws behind the sample lines. Memoised: the tab's render at a drag move that has not refitted
 * yet (the urgent one, see useRegFit) leaves it alone.
 */
export const BayesEllipse = memo(function BayesEllipse({
  bayes,
  alpha,
  width,
  standardized,
}: {
  bayes: NonNullable<RegFit['bayes']>;
  alpha: number;
  width: number;
  standardized: boolean;
}) {
  const size = Math.max(240, Math.min(width, 380));
  const innerW = size - PAD.left - PAD.right;
  const innerH = size - PAD.top - PAD.bottom;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [b, w] = bayes.mean2;
  const sdB = Math.sqrt(Math.max(bayes.cov2[0][0], 0));
  const sdW = Math.sqrt(Math.max(bayes.cov2[1][1], 0));
  const prior = 1 / Math.sqrt(alpha);
  // A square window around the posterior mean: 3 posterior sd, at least 0.25, at most the prior's 2 sd.
  const half = Math.max(
    Math.min(3 * Math.max(sdB, sdW), 2.2 * prior),
    0.25,
    ...bayes.draws2.map((d) => 1.1 * Math.max(Math.abs(d[0] - b), Math.abs(d[1] - w))),
  );
  const sx = scaleLinear()
    .domain([w - half, w + half])
    .range([0, innerW]);
  const sy = scaleLinear()
    .domain([b - half, b + half])
    .range([innerH, 0]);
  const v = standardized ? 'z' : 'x';
  const rho = sdB > 0 && sdW > 0 ? bayes.cov2[0][1] / (sdB * sdW) : 0;
  const text = {
    description: `Posterior over the slope (coefficient of ${v}) and the intercept from ${bayes.used} points: mean slope ${formatNumber(w, 4)}, intercept ${formatNumber(b, 4)}; sd ${formatNumber(sdW, 4)} and ${formatNumber(sdB, 4)}, correlation ${formatNumber(rho, 3)}. Ellipses at 1 and 2 sd; the dashed circle is the prior's 2 sd (radius ${formatNumber(2 * prior, 3)} around 0).`,
    table: {
      caption: 'posterior draws',
      columns: ['draw', 'slope', 'intercept'],
      rows: bayes.draws2.map((d, i) => [i + 1, d[1], d[0]]),
    },
  };
  return (
    <figure className="reg-gd">
      <figcaption>
        Posterior over (slope, intercept) from {bayes.used} point{bayes.used === 1 ? '' : 's'}
      </figcaption>
      <svg
        className="chart"
        width={size}
        height={size}
        role="img"
        aria-label="posterior ellipse over slope and intercept"
        aria-describedby={`reg-be-text${uid}`}
      >
        <defs>
          <clipPath id={`reg-be-clip${uid}`}>
            <rect width={innerW} height={innerH} />
          </clipPath>
        </defs>
        <g transform={`translate(${PAD.left},${PAD.top})`}>
          <rect width={innerW} height={innerH} className="reg-plot-frame" />
          <g clipPath={`url(#reg-be-clip${uid})`}>
            <circle cx={sx(0)} cy={sy(0)} r={Math.abs(sx(2 * prior) - sx(0))} className="reg-prior" />
            <path d={ellipse(bayes.mean2, bayes.cov2, 2, sx, sy)} className="reg-ellipse reg-ellipse-2" />
            <path d={ellipse(bayes.mean2, bayes.cov2, 1, sx, sy)} className="reg-ellipse" />
            {bayes.draws2.map((d, i) => (
              <circle key={i} cx={sx(d[1])} cy={sy(d[0])} r={3} className="reg-draw" />
            ))}
            <circle cx={sx(w)} cy={sy(b)} r={4.5} className="reg-mark-ridge" />
          </g>
          <g className="axis">
            {sx.ticks(4).map((t) => (
              <text key={t} x={sx(t)} y={innerH + 14} textAnchor="middle">
                {formatNumber(t, 3)}
              </text>
            ))}
            {sy.ticks(4).map((t) => (
              <text key={t} x={-6} y={sy(t)} dy="0.32em" textAnchor="end">
                {formatNumber(t, 3)}
              </text>
            ))}
            <text x={innerW / 2} y={innerH + 28} textAnchor="middle">
              slope (coefficient of {v})
            </text>
            <text transform={`translate(${-38},${innerH / 2}) rotate(-90)`} textAnchor="middle">
              intercept
            </text>
          </g>
        </g>
      </svg>
      <p className="reg-note">
        Ellipses: 1 and 2 posterior sd (correlation {formatNumber(rho, 3)}); dots: the five drawn lines;
        dashed: the prior N(0, α⁻¹I) at 2 sd.
      </p>
      <ChartTextAlternative id={`reg-be-text${uid}`} text={text} />
    </figure>
  );
});
