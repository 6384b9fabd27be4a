import { useMemo } from 'react';
import type { UserPoint } from '../../../stores/ml/nn/fields';
import type { LogisticView } from '../../../stores/ml/regression/logistic';
import type { RegView } from '../../../stores/ml/regression/view';
import { ErrorNote } from '../../../ui/ErrorNote';
import { formatNumber, Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { ClassKey } from '../shared/markers';
import { classColor } from '../shared/colors';
import { Contours } from './Contours';
import { LogisticPlot } from './LogisticPlot';
import { texNumber } from './tex';

const finite = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? null : v);

/**
 * The Logistic method: readouts (intercept, cross-entropy, accuracy), the classes over the sigmoid with the
 * decision line, the loss over (w₁, w₂) with gradient descent on it, and what happens without L2 on
 * separable classes.
 */
export function LogisticPanel({
  view,
  points,
  result,
  width,
  brush,
  onAdd,
  onMove,
  onRemove,
}: {
  view: RegView;
  points: readonly UserPoint[];
  result: LogisticView | { error: string };
  width: number;
  brush: number;
  onAdd(x1: number, x2: number, label: number): void;
  onMove(index: number, x1: number, x2: number): void;
  onRemove(index: number): void;
}) {
  const ok = 'error' in result ? null : result;
  const plotText = useMemo(
    () => ({
      description: ok
        ? `${points.length} points in two classes over the fitted probability σ(b + w₁x₁ + w₂x₂) as shading (class 0 hue below ½, class 1 hue above); the decision line is where σ = ½. Mean cross-entropy ${formatNumber(ok.crossEntropy, 4)}, ${formatNumber(100 * ok.accuracy, 3)}% classified right.`
        : `${points.length} points; no fit.`,
      table: {
        caption: 'points, classes and fitted probabilities',
        columns: ['point', 'x₁', 'x₂', 'class', 'P(class 1)'],
        rows: points
          .slice(0, 50)
          .map((p, i) => [
            i + 1,
            p.x1,
            p.x2,
            p.label,
            ok
              ? 1 / (1 + Math.exp(-(ok.fit.intercept + ok.fit.coef[0] * p.x1 + ok.fit.coef[1] * p.x2)))
              : null,
          ]),
      },
    }),
    [ok, points],
  );
  const w = ok?.fit.coef ?? [NaN, NaN];
  const last = ok?.path[ok.path.length - 1];
  return (
    <>
      <section className="readouts reg-readouts" aria-label="fit readouts">
        <Readout
          label="intercept"
          value={ok ? finite(ok.fit.intercept) : null}
          title="b, the intercept of the logit"
        />
        <Readout
          label="cross-entropy"
          value={ok ? finite(ok.crossEntropy) : null}
          title="mean binary cross-entropy on the training points (the L2 term not included)"
        />
        <Readout label="training accuracy" value={ok ? finite(ok.accuracy) : null} />
      </section>
      {'error' in result && <ErrorNote>{result.error}</ErrorNote>}
      {ok?.warnings.map((m) => (
        <p key={m} className="reg-warning" role="status">
          {m}
        </p>
      ))}
      {ok?.growth && (
        <p className="reg-warning" role="status">
          These classes are separable and L2 strength is 0, so the weights grow without bound: scaling w and b
          by any c &gt; 1 keeps the separating line and pushes every σ(zᵢ) closer to its label, so the
          cross-entropy keeps falling towards 0 and has no minimum. Newton&apos;s method gives ‖w‖ ={' '}
          {ok.growth
            .slice(0, -1)
            .map((g) => `${formatNumber(g.norm, 4)} after ${g.steps} steps`)
            .join(', ')}
          {ok.growth.length > 1 ? ' and ' : ''}
          {formatNumber(ok.growth[ok.growth.length - 1].norm, 4)} when it stops after{' '}
          {ok.growth[ok.growth.length - 1].steps} steps, only because the gradient fell below 10⁻¹⁰ with the
          loss at {formatNumber(ok.growth[ok.growth.length - 1].loss, 3)}. Any L2 strength above 0 gives a
          finite minimum.
        </p>
      )}
      <p className="reg-legend">
        <ClassKey k={0} color={classColor(0)} /> <ClassKey k={1} color={classColor(1)} /> — new points get
        class {brush}.
      </p>
      <LogisticPlot
        width={width}
        points={points}
        model={ok}
        brush={brush}
        text={plotText}
        onAdd={onAdd}
        onMove={onMove}
        onRemove={onRemove}
      />
      {ok && (
        <section className="panel reg-equations" aria-label="logistic model">
          <h3>Model</h3>
          <div className="reg-tex-scroll" tabIndex={0} role="region" aria-label="model formula">
            <Tex
              tex={`P(y=1\\mid x)=\\sigma(${texNumber(ok.fit.intercept)}${w[0] < 0 ? '-' : '+'}${texNumber(Math.abs(w[0]))}\\,x_1${w[1] < 0 ? '-' : '+'}${texNumber(Math.abs(w[1]))}\\,x_2)`}
              display
            />
          </div>
          <div className="reg-tex-scroll" tabIndex={0} role="region" aria-label="loss formula">
            <Tex
              tex={`L(b,w)=-\\frac1n\\sum_i\\big[y_i\\log\\sigma(z_i)+(1-y_i)\\log(1-\\sigma(z_i))\\big]+\\frac{${texNumber(view.l2)}}{2}\\lVert w\\rVert^2`}
              display
            />
          </div>
          <p className="reg-note">
            Minimised by Newton&apos;s method in {ok.fit.iterations} steps (gradient norm{' '}
            {ok.fit.gradientNorm.toExponential(2)}). The intercept is not penalised; this is
            scikit-learn&apos;s LogisticRegression with C = 1/(n·λ) ={' '}
            {view.l2 > 0 ? formatNumber(1 / (points.length * view.l2), 6) : '∞ (no penalty)'}.
          </p>
        </section>
      )}
      {ok && (
        <Contours
          width={width}
          xs={ok.w1s}
          ys={ok.w2s}
          grid={ok.grid}
          xLabel="w₁ (weight of x₁)"
          yLabel="w₂ (weight of x₂)"
          label="cross-entropy contours over the two weights with the descent path"
          caption={`Loss over (w₁, w₂) at b = ${formatNumber(ok.fit.intercept, 4)}, gradient descent from (0, 0)`}
          paths={[{ points: ok.path, className: 'reg-path-gd', dots: true }]}
          marks={[{ x: w[0], y: w[1], className: 'reg-gd-solution', shape: 'star' }]}
          text={{
            description: `Contours of the objective (mean cross-entropy + L2) over the two weights with the intercept held at its fitted value; gradient descent from (0, 0) with learning rate ${view.llr} takes ${ok.path.length - 1} steps${last ? `, ending at w₁ ${formatNumber(last[0], 4)}, w₂ ${formatNumber(last[1], 4)}` : ''}; the fitted weights (the star) are w₁ ${formatNumber(w[0], 4)}, w₂ ${formatNumber(w[1], 4)}.`,
            table: {
              caption: 'the first steps of the path',
              columns: ['step', 'w₁', 'w₂', 'loss'],
              rows: ok.path.slice(0, 10).map((p, t) => [t, p[0], p[1], ok.pathLosses[t]]),
            },
          }}
        />
      )}
    </>
  );
}
