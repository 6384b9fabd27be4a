import { memo } from 'react';
import type { RegFit } from '../../../stores/ml/regression/data';
import type { RegView } from '../../../stores/ml/regression/view';
import { formatNumber, Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { normalEquationsTex, polynomialTex } from './tex';

const METHOD_NOTE: Record<RegView['method'], string> = {
  normal: '',
  gd: ' (gradient descent walks toward their solution, the star on the contours)',
  ridge: ' (ridge adds λ to the diagonal of the centred XᵀX, never to the intercept)',
  lasso: ' (the lasso has no closed form: it is solved by coordinate descent)',
  bayes: ' (the posterior mean solves (βXᵀX + αI)w = βXᵀy: these with α/β added to the whole diagonal)',
  logistic: '',
};

const vec = (v: readonly number[]) => v.map((c) => formatNumber(c, 6)).join(', ');

const finite = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? null : v);

/**
 * Slope, intercept, R², training MSE and the condition number of XᵀX, in the original units. Memoised: the
 * tab's deferred render after a drag move (the same fit, see useRegFit) leaves it alone.
 */
export const RegReadouts = memo(function RegReadouts({
  fit,
  degree,
  testMse,
}: {
  fit: RegFit | { error: string };
  degree: number;
  /** MSE on the held-out set (null without one). */
  testMse: number | null;
}) {
  const ok = 'error' in fit || fit.diverged ? null : fit;
  const cond = 'error' in fit ? undefined : fit.conditionNumber;
  return (
    <section className="readouts reg-readouts" aria-label="fit readouts">
      <Readout
        label="slope"
        value={ok && degree >= 1 ? finite(ok.coef[0]) : null}
        title="the coefficient of x (degree 0 has none)"
      />
      <Readout label="intercept" value={ok ? finite(ok.intercept) : null} />
      <Readout label="R²" value={ok ? finite(ok.r2) : null} />
      <Readout label="training MSE" value={ok ? finite(ok.mse) : null} />
      <Readout
        label="test MSE"
        value={ok && testMse !== null ? finite(testMse) : null}
        title="MSE on the held-out points from the same generator (none for own or loaded points)"
      />
      <div className="readout">
        <span className="readout-label">condition number</span>
        <output
          aria-label="condition number"
          data-value={cond === undefined ? '' : String(cond)}
          title="cond₂(XᵀX) of the design as shown"
        >
          {cond === undefined ? '—' : cond === Infinity ? 'infinite' : formatNumber(cond, 4)}
        </output>
      </div>
      {ok?.bayes && (
        <>
          <Readout label="posterior mean slope" value={finite(ok.bayes.slopeMean)} />
          <Readout label="posterior sd slope" value={finite(ok.bayes.slopeSd)} />
        </>
      )}
    </section>
  );
});

/** The fitted polynomial, each coefficient (exact zeros of the lasso marked), and the normal equations. */
// Memoised: during a drag its fit and view (the settled ones) stay, and the tab's render per move skips it.
export const RegEquations = memo(function RegEquations({ fit, view }: { fit: RegFit; view: RegView }) {
  const zeros = view.method === 'lasso' ? fit.shownCoef.filter((c) => c === 0).length : 0;
  return (
    <section className="panel reg-equations" aria-label="equations">
      <h3>Fit</h3>
      <div className="reg-tex-scroll">
        <Tex tex={polynomialTex(fit.intercept, fit.coef)} display />
      </div>
      <table className="reg-coef-table">
        <caption>
          Coefficients in the original units of x and y
          {view.standardize ? ', and as solved on z = (x − mean)/sd' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">term</th>
            <th scope="col">coefficient</th>
            {view.standardize && <th scope="col">on z</th>}
          </tr>
        </thead>
        <tbody>
          {[fit.intercept, ...fit.coef].map((c, k) => {
            const shown = k === 0 ? fit.shownIntercept : fit.shownCoef[k - 1];
            const zero = view.method === 'lasso' && k > 0 && shown === 0;
            return (
              <tr key={k} className={zero ? 'reg-zero' : undefined}>
                <th scope="row">{k === 0 ? '1' : k === 1 ? 'x' : `x^${k}`}</th>
                <td>{zero && !view.standardize ? '0 (exactly zero)' : formatNumber(c, 6)}</td>
                {view.standardize && <td>{zero ? '0 (exactly zero)' : formatNumber(shown, 6)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      {view.method === 'lasso' && (
        <p className="reg-note">
          {zeros === 0
            ? 'No coefficient is zero at this λ: raise lasso λ to zero some.'
            : `The lasso set ${zeros} of ${fit.shownCoef.length} coefficients exactly to zero${view.standardize ? ' on z (back in the units of x the powers mix, so those coefficients need not be zero)' : ''}.`}
        </p>
      )}
      {fit.bayes && (
        <p className="reg-note">
          The prior N(0, α⁻¹I) covers the intercept too, so the posterior mean (the MAP) is ridge with λ = α/β
          = {formatNumber(view.alpha, 4)}/{formatNumber(view.beta, 4)} ={' '}
          {formatNumber(fit.bayes.ridgeEquivalent, 4)} applied to every coefficient, intercept included: MAP
          (intercept, coefficients) = ({vec(fit.bayes.map)}), ridge on every coefficient = (
          {vec(fit.bayes.ridgeAll)}). The Ridge method leaves the intercept free, so at the same λ it gives (
          {vec(fit.bayes.ridgeFree)}){view.standardize ? ' (all on z)' : ''}. The band is the predictive mean
          ± 2 sd, where sd² = 1/β + φᵀSφ: it widens away from the data
          {fit.bayes.used < fit.fitted.length
            ? ` (the posterior uses the first ${fit.bayes.used} of ${fit.fitted.length} points; the faded ones are not used yet)`
            : ''}
          .
        </p>
      )}
      {fit.xtr && (
        <p className="reg-note reg-xtr">
          Least squares is a projection: ŷ = Xw is the point of the column space of X nearest y, so the
          residual r = y − ŷ is perpendicular to every column. Here Xᵀr = (
          {fit.xtr.values.map((v) => formatNumber(v, 3)).join(', ')}), at most{' '}
          {formatNumber(Math.max(...fit.xtr.values.map(Math.abs)) / (fit.xtr.scale || 1), 2)} of ‖X‖·‖y‖ ={' '}
          {formatNumber(fit.xtr.scale, 4)}: zero to rounding.
        </p>
      )}
      <h3>Normal equations</h3>
      <p className="reg-note">
        XᵀX w = Xᵀy with the column of ones first{view.standardize ? ', on standardized z' : ''}
        {METHOD_NOTE[view.method]}:
      </p>
      <div className="reg-normal">
        {normalEquationsTex(fit.xtx, fit.xty, view.standardize).map((t) => (
          <div key={t.slice(0, 12)} className="reg-tex-scroll">
            <Tex tex={t} display />
          </div>
        ))}
      </div>
    </section>
  );
});
