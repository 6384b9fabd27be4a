import type { ConstraintPicture } from '../../../stores/ml/regression/constraint';
import { formatNumber } from '../../../ui/Readout';
import { Contours } from './Contours';

const f4 = (v: number) => formatNumber(v, 4);
const pair = (p: readonly number[]) => `(${f4(p[0])}, ${f4(p[1])})`;

/** Where each method's solution lies, in words: on a corner (a coefficient exactly 0) or on an edge/the circle. */
function lassoWhere(p: ConstraintPicture): string {
  const [a, b] = p.lasso;
  if (a === 0 && b === 0)
    return 'at the origin: λ is so large that the diamond has shrunk to a point and both coefficients are 0';
  if (a === 0 || b === 0)
    return `on a corner of the diamond: the ${a === 0 ? 'x' : 'x²'} coefficient is exactly 0, because the contours first touch the diamond at a corner, and corners lie on the axes`;
  return 'on an edge of the diamond, with both coefficients non-zero (raise lasso λ to shrink the diamond until the contours touch it at a corner)';
}

/**
 * Ridge and the lasso in constraint form for the two coefficients of x and x²: loss contours, the L2 disc of
 * radius ‖w_ridge‖₂ and the L1 diamond of size ‖w_lasso‖₁, the least-squares point and both solutions.
 */
export function ConstraintChart({
  picture: p,
  ridge,
  lasso,
  standardized,
  width,
}: {
  picture: ConstraintPicture;
  ridge: number;
  lasso: number;
  standardized: boolean;
  width: number;
}) {
  const v = standardized ? 'z' : 'x';
  const where = lassoWhere(p);
  const summary = `Least squares is at ${pair(p.ols)}. Ridge with λ = ${formatNumber(ridge, 4)} is least squares on the disc ‖w‖₂ ≤ ${f4(p.t2)}: its solution ${pair(p.ridge)} lies on the circle, with both coefficients shrunk but non-zero. The lasso with λ = ${formatNumber(lasso, 4)} is least squares on the diamond |w₁| + |w₂| ≤ ${f4(p.t1)}: its solution ${pair(p.lasso)} lies ${where}.`;
  return (
    <div className="reg-constraint">
      <Contours
        width={width}
        xs={p.w1s}
        ys={p.w2s}
        grid={p.grid}
        xLabel={`w₁ (coefficient of ${v})`}
        yLabel={`w₂ (coefficient of ${v}²)`}
        label="loss contours with the L2 disc and the L1 diamond"
        caption={`Constraint form, two coefficients (${v} and ${v}², intercept free): disc = ridge, diamond = lasso`}
        legend={
          <p className="reg-legend">
            <span className="reg-key-ols">★ least squares</span>
            <span className="reg-key-ridge">● ridge (on the circle)</span>
            <span className="reg-key-lasso">■ lasso (on the diamond)</span>
          </p>
        }
        overlay={(sx, sy) => {
          const r = Math.abs(sx(p.t2) - sx(0));
          const d = `M${sx(p.t1)},${sy(0)}L${sx(0)},${sy(p.t1)}L${sx(-p.t1)},${sy(0)}L${sx(0)},${sy(-p.t1)}Z`;
          return (
            <g>
              <line x1={sx(0)} x2={sx(0)} y1={sy.range()[0]} y2={sy.range()[1]} className="reg-zero-line" />
              <line x1={sx.range()[0]} x2={sx.range()[1]} y1={sy(0)} y2={sy(0)} className="reg-zero-line" />
              <circle cx={sx(0)} cy={sy(0)} r={r} className="reg-disc" />
              <path d={d} className="reg-diamond" />
            </g>
          );
        }}
        marks={[
          { x: p.ols[0], y: p.ols[1], className: 'reg-gd-solution', shape: 'star' },
          { x: p.ridge[0], y: p.ridge[1], className: 'reg-mark-ridge', shape: 'circle' },
          { x: p.lasso[0], y: p.lasso[1], className: 'reg-mark-lasso', shape: 'square' },
        ]}
        text={{
          description: `Contours of the least-squares loss over the coefficients of ${v} and ${v}². ${summary}`,
          table: {
            caption: 'the three solutions',
            columns: ['method', 'w₁', 'w₂', 'budget'],
            rows: [
              ['least squares', p.ols[0], p.ols[1], null],
              ['ridge', p.ridge[0], p.ridge[1], p.t2],
              ['lasso', p.lasso[0], p.lasso[1], p.t1],
            ],
          },
        }}
      />
      <p className="reg-note">{summary}</p>
    </div>
  );
}
