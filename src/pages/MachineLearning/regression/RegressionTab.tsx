import { useMemo, useState } from 'react';
import { useViewUrl } from '../../../app/useUrlState';
import { constraintPicture } from '../../../stores/ml/regression/constraint';
import { useRegStore } from '../../../stores/ml/regression/store';
import { regView } from '../../../stores/ml/regression/view';
import { useWidth } from '../../../ui/ChartFrame';
import { ErrorNote } from '../../../ui/ErrorNote';
import { formatNumber } from '../../../ui/Readout';
import { UrlNotice } from '../../../ui/UrlNotice';
import { BayesEllipse } from './BayesEllipse';
import { ConstraintChart } from './ConstraintChart';
import { ErrorCurveChart } from './ErrorCurveChart';
import { GdContours } from './GdContours';
import { LassoPathPanel } from './LassoPathChart';
import { LossSurface } from './LossSurface';
import { ProjectionView, projectionGeometry } from './ProjectionView';
import { LogisticPanel } from './LogisticPanel';
import { RegDataControls, RegModelControls } from './RegControls';
import { RegPlot } from './RegPlot';
import { RegEquations, RegReadouts } from './RegResults';
import { useLogistic, useRegFit } from './useRegFit';
import './regression.css';

/**
 * Regression: one draggable data set, a polynomial fit by the normal equations (solved stably), ridge or
 * lasso, refitted on the main thread in the pointer's task while a point is dragged; XᵀX and Xᵀy with their numbers, the
 * coefficients, R², training MSE and the conditioning of XᵀX.
 */
export default function RegressionTab() {
  useViewUrl(regView, useRegStore);
  const notice = useRegStore((s) => s.urlNotice);
  const dismiss = useRegStore((s) => s.dismissNotice);
  const add = useRegStore((s) => s.addPoint);
  const move = useRegStore((s) => s.movePoint);
  const remove = useRegStore((s) => s.removePoint);
  const addClass = useRegStore((s) => s.addClassPoint);
  const moveClass = useRegStore((s) => s.moveClassPoint);
  const removeClass = useRegStore((s) => s.removeClassPoint);
  const [brush, setBrush] = useState(1);
  const {
    view,
    points,
    fit,
    later,
    laterPoints,
    laterFit,
    settled,
    settledPoints,
    settledFit,
    test,
    overfit,
  } = useRegFit();
  const logistic = useLogistic();
  const penalised = view.method === 'ridge' || view.method === 'lasso';
  // The constraint picture follows the deferred view; the equations the settled one (see useRegFit).
  const constraint = useMemo(() => {
    if (!penalised || 'error' in laterFit) return null;
    try {
      return constraintPicture(later, laterPoints);
    } catch {
      return null;
    }
  }, [penalised, laterFit, later, laterPoints]);
  const settledDrawn = 'error' in settledFit || settledFit.diverged ? null : settledFit;
  const [box, width] = useWidth<HTMLDivElement>();
  const plotWidth = Math.max(280, Math.min(640, width));
  const ok = 'error' in fit ? null : fit;
  const drawn = ok && !ok.diverged ? ok : null;
  // The charts beside the plot follow the deferred fit (see useRegFit).
  const laterDrawn = 'error' in laterFit || laterFit.diverged ? null : laterFit;
  // Three points and a line: least squares drawn in R³, one axis per point.
  const projection = useMemo(
    () =>
      ok && view.method === 'normal' && view.degree === 1 && points.length === 3
        ? projectionGeometry(
            points.map((p) => p.x1),
            points.map((p) => p.x2),
            ok.fitted,
          )
        : null,
    [ok, view.method, view.degree, points],
  );
  // The plot's text alternative follows the settled view (like the equations): its table of 50 points is
  // laid out again whenever a number in it changes, which at every drag move cost more than the fit did.
  const text = useMemo(() => {
    const done = 'error' in settledFit ? null : settledFit;
    return {
      description: done
        ? `${settledPoints.length} points and the degree-${settled.degree} fit; R² ${formatNumber(done.r2, 4)}, training MSE ${formatNumber(done.mse, 4)}. Vertical segments are the residuals.${done.bayes ? ' The shaded band is the predictive mean ± 2 sd; thin lines are 5 lines drawn from the posterior.' : ''}`
        : `${settledPoints.length} points; no fit: ${'error' in settledFit ? settledFit.error : ''}`,
      table: {
        caption: 'points, fitted values and residuals',
        columns: ['point', 'x', 'y', 'fitted', 'residual'],
        rows: settledPoints
          .slice(0, 50)
          .map((p, i) => [
            i + 1,
            p.x1,
            p.x2,
            done ? done.fitted[i] : null,
            done ? p.x2 - done.fitted[i] : null,
          ]),
      },
    };
  }, [settledPoints, settledFit, settled.degree]);
  return (
    <>
      <h2 className="tab-title">Regression</h2>
      <UrlNotice ignored={notice} onDismiss={dismiss} />
      <div className="reg-layout">
        <div className="controls">
          <RegDataControls brush={brush} onBrush={setBrush} />
          <RegModelControls />
        </div>
        <div className="results" ref={box}>
          {logistic ? (
            <LogisticPanel
              view={view}
              points={logistic.points}
              result={logistic.result}
              width={plotWidth}
              brush={brush}
              onAdd={addClass}
              onMove={moveClass}
              onRemove={removeClass}
            />
          ) : (
            <>
              <RegReadouts fit={fit} degree={view.degree} testMse={overfit?.testMse ?? null} />
              {'error' in fit && <ErrorNote>{fit.error}</ErrorNote>}
              {ok?.warnings.map((w) => (
                <p key={w} className="reg-warning" role="status">
                  {w}
                </p>
              ))}
              <div data-stage="main">
                <RegPlot
                  width={plotWidth}
                  points={points}
                  predict={drawn?.predict ?? null}
                  fitted={drawn?.fitted ?? null}
                  band={drawn?.bayes?.band ?? null}
                  samples={drawn?.bayes?.samples ?? null}
                  testPoints={test}
                  usedCount={drawn?.bayes ? drawn.bayes.used : undefined}
                  text={text}
                  onAdd={add}
                  onMove={move}
                  onRemove={remove}
                />
              </div>
              {projection && <ProjectionView geometry={projection} />}
              {ok?.descent && (
                <div className="reg-gd-views">
                  <GdContours
                    descent={ok.descent}
                    solution={{ slope: ok.descentTarget.slope, intercept: ok.descentTarget.intercept }}
                    width={plotWidth}
                    standardized={view.standardize}
                    learningRate={view.lr}
                    sgd={view.sgd}
                  />
                  <LossSurface
                    descent={ok.descent}
                    solution={{ slope: ok.descentTarget.slope, intercept: ok.descentTarget.intercept }}
                    standardized={view.standardize}
                    sgd={view.sgd}
                  />
                </div>
              )}
              {laterDrawn?.bayes && (
                <BayesEllipse
                  bayes={laterDrawn.bayes}
                  alpha={later.alpha}
                  width={plotWidth}
                  standardized={later.standardize}
                />
              )}
              {ok && view.method === 'lasso' && view.degree > 0 && (
                <LassoPathPanel view={view} points={points} width={Math.min(plotWidth, 480)} />
              )}
              {overfit?.degrees && (
                <ErrorCurveChart
                  curve={overfit.degrees}
                  kind="degree"
                  current={view.degree}
                  width={plotWidth}
                />
              )}
              {overfit?.lambdas && (view.method === 'ridge' || view.method === 'lasso') && (
                <ErrorCurveChart
                  curve={overfit.lambdas}
                  kind={view.method === 'ridge' ? 'ridge λ' : 'lasso λ'}
                  current={view.method === 'ridge' ? view.ridge : view.lasso}
                  width={plotWidth}
                />
              )}
              {constraint && (
                <ConstraintChart
                  picture={constraint}
                  ridge={view.ridge}
                  lasso={view.lasso}
                  standardized={view.standardize}
                  width={plotWidth}
                />
              )}
              {settledDrawn && <RegEquations fit={settledDrawn} view={settled} />}
            </>
          )}
        </div>
      </div>
    </>
  );
}
