import { useMemo } from 'react';
import { scaleLinear, area, line } from 'd3';
import { normalDensityAt, normalKlIntegrand, type NormalParams } from '../../../core';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { normalKlText } from './infoText';

const HEIGHT = 300;
const POINTS = 400;

/** Densities p (solid) and q (dashed), the integrand p ln(p/q) shaded, and q ln(q/p) dotted. */
export function NormalKlChart({ p, q, width }: { p: NormalParams; q: NormalParams; width: number }) {
  const data = useMemo(() => {
    const lo = Math.min(p.mean - 4 * p.sd, q.mean - 4 * q.sd);
    const hi = Math.max(p.mean + 4 * p.sd, q.mean + 4 * q.sd);
    return Array.from({ length: POINTS + 1 }, (_, i) => {
      const x = lo + ((hi - lo) * i) / POINTS;
      return {
        x,
        p: normalDensityAt(p, x),
        q: normalDensityAt(q, x),
        pq: normalKlIntegrand(p, q, x),
        qp: normalKlIntegrand(q, p, x),
      };
    });
  }, [p, q]);
  const text = useMemo(() => normalKlText(p, q, data), [p, q, data]);
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([data[0].x, data[data.length - 1].x])
        .range([0, innerW]),
    [data, innerW],
  );
  const y = useMemo(() => {
    let lo = 0;
    let hi = 0;
    for (const d of data) {
      lo = Math.min(lo, d.pq, d.qp);
      hi = Math.max(hi, d.p, d.q, d.pq, d.qp);
    }
    return scaleLinear()
      .domain([lo, hi * 1.05])
      .range([innerH, 0])
      .nice();
  }, [data, innerH]);
  const curve = (key: 'p' | 'q' | 'qp') =>
    line<(typeof data)[number]>()
      .x((d) => x(d.x))
      .y((d) => y(d[key]))(data) ?? '';
  const fill =
    area<(typeof data)[number]>()
      .x((d) => x(d.x))
      .y0(y(0))
      .y1((d) => y(d.pq))(data) ?? '';
  return (
    <div className="normal-kl-chart">
      <ChartFrame
        width={width}
        height={HEIGHT}
        x={x}
        y={y}
        xLabel="x"
        yLabel="density / integrand"
        title="Normal densities p and q with the KL integrand p ln(p/q)"
        text={text}
      >
        <line className="zero-line" x1={0} x2={innerW} y1={y(0)} y2={y(0)} />
        <path className="kl-integrand" d={fill} />
        <path className="kl-integrand-back" d={curve('qp')} />
        <path className="normal-p" d={curve('p')} />
        <path className="normal-q" d={curve('q')} />
      </ChartFrame>
      <ul className="legend" aria-label="legend">
        <li>
          <span className="swatch normal-p" /> p = N(μ₁, σ₁²)
        </li>
        <li>
          <span className="swatch normal-q" /> q = N(μ₂, σ₂²)
        </li>
        <li>
          <span className="swatch kl-integrand" /> p ln(p/q), area = KL(P‖Q)
        </li>
        <li>
          <span className="swatch kl-integrand-back" /> q ln(q/p), area = KL(Q‖P)
        </li>
      </ul>
    </div>
  );
}
