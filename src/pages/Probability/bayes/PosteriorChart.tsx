import { useMemo } from 'react';
import { scaleLinear, area, line } from 'd3';
import type { BetaSummary } from '../../../core';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { betaGrid, densityCap } from './betaCurve';
import { posteriorText } from './bayesText';

const HEIGHT = 300;

/**
 * Prior (dashed) and posterior (solid, its 95 % credible interval shaded) Beta densities of the coin's
 * P(heads), with the posterior mean and the true p used by Flip as vertical rules.
 */
export function PosteriorChart({
  prior,
  posterior,
  trueP,
  width,
}: {
  prior: BetaSummary;
  posterior: BetaSummary;
  trueP: number | null;
  width: number;
}) {
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const xs = useMemo(() => betaGrid([prior.dist, posterior.dist]), [prior, posterior]);
  const priorY = useMemo(() => xs.map((x) => prior.dist.density(x)), [xs, prior]);
  const postY = useMemo(() => xs.map((x) => posterior.dist.density(x)), [xs, posterior]);
  const x = useMemo(() => scaleLinear().domain([0, 1]).range([0, innerW]), [innerW]);
  const top = useMemo(() => densityCap([...priorY, ...postY]), [priorY, postY]);
  const y = useMemo(() => scaleLinear().domain([0, top]).range([innerH, 0]).nice(), [top, innerH]);
  const text = useMemo(() => posteriorText(prior, posterior, trueP), [prior, posterior, trueP]);
  const clampY = (v: number) => y(Number.isFinite(v) ? Math.min(v, top * 2) : top * 2);
  const curve = (ys: number[]) =>
    line<number>()
      .x((_, i) => x(xs[i]))
      .y((v) => clampY(v))(ys) ?? '';
  const inCi = xs.map((v) => v >= posterior.lower && v <= posterior.upper);
  const ci =
    area<number>()
      .defined((_, i) => inCi[i])
      .x((_, i) => x(xs[i]))
      .y0(y(0))
      .y1((v) => clampY(v))(postY) ?? '';
  return (
    <ChartFrame
      width={width}
      height={HEIGHT}
      x={x}
      y={y}
      xLabel="p = P(heads)"
      yLabel="density"
      title="Prior and posterior Beta densities of the coin's probability of heads"
      text={text}
    >
      <path className="ci-fill" d={ci} />
      <path className="prior-line" d={curve(priorY)} />
      <path className="posterior-line" d={curve(postY)} />
      <line className="mean-rule" x1={x(posterior.mean)} x2={x(posterior.mean)} y1={0} y2={innerH} />
      {trueP !== null && (
        <g className="true-p">
          <line x1={x(trueP)} x2={x(trueP)} y1={14} y2={innerH} />
          <text x={x(trueP)} y={10} textAnchor={trueP > 0.85 ? 'end' : trueP < 0.15 ? 'start' : 'middle'}>
            true p = {trueP}
          </text>
        </g>
      )}
    </ChartFrame>
  );
}
