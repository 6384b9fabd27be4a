import { useId } from 'react';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';

/** Area of the lens where circles of radii r1, r2 at distance d overlap. */
export function lensArea(r1: number, r2: number, d: number): number {
  if (d >= r1 + r2) return 0;
  if (d <= Math.abs(r1 - r2)) return Math.PI * Math.min(r1, r2) ** 2;
  const a1 = r1 * r1 * Math.acos((d * d + r1 * r1 - r2 * r2) / (2 * d * r1));
  const a2 = r2 * r2 * Math.acos((d * d + r2 * r2 - r1 * r1) / (2 * d * r2));
  const k = 0.5 * Math.sqrt(Math.max(0, (-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)));
  return a1 + a2 - k;
}

/** The distance at which the lens has the given area (bisection; the area falls as d grows). */
export function distanceForOverlap(r1: number, r2: number, area: number): number {
  let lo = Math.abs(r1 - r2);
  let hi = r1 + r2;
  if (area <= 0) return hi;
  if (area >= Math.PI * Math.min(r1, r2) ** 2) return lo;
  for (let i = 0; i < 60; i++) {
    const m = 0.5 * (lo + hi);
    if (lensArea(r1, r2, m) > area) lo = m;
    else hi = m;
  }
  return 0.5 * (lo + hi);
}

const W = 360;
const H = 200;
const R = 78;

/**
 * H(X) and H(Y) as two discs whose areas are the entropies, overlapping by I(X;Y): the left crescent is
 * H(X|Y), the right one H(Y|X), the union H(X,Y).
 */
export function EntropyVenn({ hx, hy, mi, unit }: { hx: number; hy: number; mi: number; unit: string }) {
  const big = Math.max(hx, hy, 1e-12);
  const scale = (R * R * Math.PI) / big; // px² per unit of information
  const r1 = Math.sqrt((hx * scale) / Math.PI);
  const r2 = Math.sqrt((hy * scale) / Math.PI);
  const d = distanceForOverlap(r1, r2, Math.min(mi, hx, hy) * scale);
  const cx1 = W / 2 - d / 2;
  const cx2 = W / 2 + d / 2;
  const cy = H / 2 + 4;
  const f = (v: number) => formatNumber(Math.max(0, v), 3);
  const label = `Entropy diagram: H(X) = ${f(hx)} and H(Y) = ${f(hy)} ${unit} as two discs overlapping by I(X;Y) = ${f(mi)} ${unit}; H(X|Y) = ${f(hx - mi)}, H(Y|X) = ${f(hy - mi)} ${unit}.`;
  const left = Math.max(12, cx1 - r1 + 4);
  const right = Math.min(W - 12, cx2 + r2 - 4);
  const descId = `chart-text${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <>
      <svg
        className="mi-venn"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="entropy diagram"
        aria-describedby={descId}
      >
        <circle cx={cx1} cy={cy} r={r1} className="venn-x" />
        <circle cx={cx2} cy={cy} r={r2} className="venn-y" />
        <text x={cx1 - r1 * 0.4} y={18} textAnchor="middle" className="venn-title">
          H(X)
        </text>
        <text x={cx2 + r2 * 0.4} y={18} textAnchor="middle" className="venn-title">
          H(Y)
        </text>
        <text x={left} y={cy + 4} textAnchor="start" className="venn-label">
          {f(hx - mi)}
        </text>
        <text x={(cx1 + r1 + cx2 - r2) / 2} y={cy + 4} textAnchor="middle" className="venn-label mid">
          I = {f(mi)}
        </text>
        <text x={right} y={cy + 4} textAnchor="end" className="venn-label">
          {f(hy - mi)}
        </text>
        <text x={W / 2} y={H - 4} textAnchor="middle" className="venn-foot">
          H(X|Y) · I(X;Y) · H(Y|X) in {unit}
        </text>
      </svg>
      <ChartTextAlternative id={descId} text={{ description: label }} />
    </>
  );
}
