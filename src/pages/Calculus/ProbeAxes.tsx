import { useMemo } from 'react';
import { curvatureAt } from '../../core';
import type { Affine } from './geometry';
import { useProbe, useShownExpr } from './shownExpr';

const LONGEST = 34;

/**
 * The Hessian's eigenvectors drawn at the probe point of the contour plot: each axis as long as
 * √(|λ|/|λ|max), solid where f curves up along it, dashed where it curves down. On an
 * ill-conditioned bowl one axis is short and one long — the picture behind the condition number.
 */
export function ProbeAxes({ sx, sy }: { sx: Affine; sy: Affine }) {
  const shown = useShownExpr();
  const [x, y] = useProbe();
  const c = useMemo(() => (shown ? curvatureAt(shown.expr, x, y) : null), [shown, x, y]);
  // Nothing where f or its gradient is not finite (log(x) at x < 0 has finite derivatives but no value).
  if (!c || !Number.isFinite(c.value) || !c.gradient.every(Number.isFinite)) return null;
  if (!c.eigenvalues.every(Number.isFinite)) return null;
  const big = Math.max(Math.abs(c.eigenvalues[0]), Math.abs(c.eigenvalues[1]));
  if (!(big > 0)) return null;
  const px = sx.a + sx.b * x;
  const py = sy.a + sy.b * y;
  return (
    <g className="calc-probe-axes" aria-hidden="true">
      {c.eigenvectors.map((u, k) => {
        // The eigenvector in pixels (the axes may be scaled differently), then normalised.
        const dx = u[0] * sx.b;
        const dy = u[1] * sy.b;
        const n = Math.hypot(dx, dy) || 1;
        const len = Math.max(6, LONGEST * Math.sqrt(Math.abs(c.eigenvalues[k]) / big));
        const [ex, ey] = [(dx / n) * len, (dy / n) * len];
        return (
          <g key={k} className={c.eigenvalues[k] >= 0 ? 'calc-axis-up' : 'calc-axis-down'}>
            <line x1={px - ex} y1={py - ey} x2={px + ex} y2={py + ey} />
            <text
              x={px + (dx / n) * (len + 10)}
              y={py + (dy / n) * (len + 10)}
              textAnchor="middle"
              dominantBaseline="middle"
            >
              u{k + 1}
            </text>
          </g>
        );
      })}
    </g>
  );
}
