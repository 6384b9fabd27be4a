import type { LineDescent } from '../../../stores/ml/regression/descent';
import { formatNumber } from '../../../ui/Readout';
import { Contours } from './Contours';

const f4 = (v: number) => formatNumber(v, 4);

/**
 * The loss of the line over (slope, intercept) as contours with the paths of gradient descent (or mini-batch
 * SGD), momentum and Adam from (0, 0) at one learning rate, the closed-form point they should reach, and
 * the Hessian's eigenvalues with the learning-rate limit 2/λmax in numbers.
 */
export function GdContours({
  descent,
  solution,
  width,
  standardized,
  learningRate,
  sgd,
}: {
  descent: LineDescent;
  solution: { slope: number; intercept: number };
  width: number;
  standardized: boolean;
  learningRate: number;
  sgd: boolean;
}) {
  const { slopes, intercepts, grid, path, momentum, adam, eigen, limit } = descent;
  const v = standardized ? 'z' : 'x';
  const gd = path.params.map((p) => [p[1], p[0]] as [number, number]);
  const gap = (pts: readonly (readonly [number, number])[], diverged: boolean) => {
    if (diverged) return 'diverged';
    const last = pts[pts.length - 1];
    return `ends ${formatNumber(Math.hypot(last[0] - solution.slope, last[1] - solution.intercept), 3)} from it`;
  };
  const gdName = sgd ? 'mini-batch SGD' : 'gradient descent';
  const steps = path.params.length - 1;
  const said = `With learning rate η = ${learningRate}: ${gdName} ${gap(gd, path.diverged)}, momentum ${gap(momentum.points, momentum.diverged)}, Adam ${gap(adam.points, adam.diverged)}.`;
  const hessian = `The loss is a quadratic with Hessian H = (2/n)AᵀA, A = [1 ${v}]; its eigenvalues are λmax = ${f4(eigen[0])} and λmin = ${f4(eigen[1])}, so gradient descent converges exactly when η < 2/λmax = ${Number.isFinite(limit) ? f4(limit) : '∞'} (momentum with μ = 0.9: η < 2(1 + μ)/λmax = ${Number.isFinite(limit) ? f4(limit * 1.9) : '∞'}); the condition number λmax/λmin = ${f4(eigen[0] / eigen[1])} sets how slowly it crawls along the long axis.`;
  return (
    <div className="reg-constraint">
      <Contours
        width={width}
        xs={slopes}
        ys={intercepts}
        grid={grid}
        xLabel={`slope (coefficient of ${v})`}
        yLabel="intercept"
        label="loss contours and descent path"
        caption="Loss over (slope, intercept): gradient descent, momentum and Adam from (0, 0)"
        legend={
          <p className="reg-legend">
            <span className="reg-key-gd">{sgd ? 'mini-batch SGD' : 'GD'} (solid)</span>
            <span className="reg-key-momentum">momentum (dashed)</span>
            <span className="reg-key-adam">Adam (dotted)</span>
            <span>★ closed form</span>
          </p>
        }
        paths={[
          { points: adam.points, className: 'reg-path-adam' },
          { points: momentum.points, className: 'reg-path-momentum' },
          { points: gd, className: 'reg-path-gd', dots: true },
        ]}
        marks={[{ x: solution.slope, y: solution.intercept, className: 'reg-gd-solution', shape: 'star' }]}
        text={{
          description: `Contours of the training MSE over the slope and intercept of the line (on ${v}); ${steps} steps of each method from (0, 0); the closed-form minimum is at slope ${f4(solution.slope)}, intercept ${f4(solution.intercept)}. ${said}`,
          table: {
            caption: 'the first steps of gradient descent',
            columns: ['step', 'slope', 'intercept', 'MSE'],
            rows: path.params.slice(0, 10).map((p, t) => [t, p[1], p[0], path.losses[t]]),
          },
        }}
      />
      <p className="reg-note">{said}</p>
      <p className="reg-note">{hessian}</p>
    </div>
  );
}
