import { useLinalgStore } from '../../stores/linalg/store';
import { LiveTex } from './LiveTex';
import { rankSentence, rotationSentence, singularReason } from './explain';
import { fmtSmall } from './format';
import { texEigenvalues, texMatrix, texNumber, texPolynomial, texSpan } from './linalgTex';
import { DEFECTIVE_NOTE, NEAR_DEFECTIVE_NOTE } from './Readouts';

/**
 * The live KaTeX panel for A. Sentences follow every change; formulas are re-typeset once the numbers
 * settle (see LiveTex), so a slider drag keeps its frame rate.
 */
export function MathPanel() {
  const result = useLinalgStore((s) => s.result);
  const { a, analysis, charPoly, nullBasis, colBasis, nearDefective } = result;
  const n = a.length;
  const reason = singularReason(
    n,
    analysis.rank,
    analysis.singularValues,
    analysis.rankTolerance,
    analysis.detExact,
  );
  const rankWhy = rankSentence(
    n,
    analysis.rank,
    analysis.singularValues,
    analysis.rankTolerance,
    analysis.detExact,
    analysis.det,
  );
  const rotation = rotationSentence(analysis.eigenvalues);
  return (
    <section className="panel la-math" aria-label="the matrix in formulas">
      <h3>A in formulas</h3>
      <div className="la-tex-row">
        <LiveTex tex={`A = ${texMatrix(a)}`} display />
        <div>
          <LiveTex tex={`\\det A = ${texNumber(analysis.det, 6)}`} />
          <br />
          <LiveTex tex={`\\operatorname{tr} A = ${texNumber(analysis.trace, 6)}`} />
          <br />
          <LiveTex tex={`\\operatorname{rank} A = ${analysis.rank}`} />
        </div>
      </div>
      <p className="fine la-rank-why">
        {rankWhy}
        {analysis.detBound !== null &&
          ` det A is shown as 0: to rounding, |det A| < ${fmtSmall(analysis.detBound)}.`}
      </p>
      <p>
        Characteristic polynomial{' '}
        <LiveTex tex={`p(\\lambda) = \\det(\\lambda I - A) = ${texPolynomial(charPoly)}`} />
      </p>
      <p title={analysis.defective ? DEFECTIVE_NOTE : nearDefective ? NEAR_DEFECTIVE_NOTE : undefined}>
        Eigenvalues (roots of p): <LiveTex tex={texEigenvalues(analysis.eigenvalues)} />
        {analysis.eigenvaluesExact && !analysis.defective && (
          <span> — exact: A is triangular, so they are its diagonal entries</span>
        )}
        {analysis.defective && (
          <span className="la-warn">
            {' '}
            — exact (the diagonal of a triangular A); A is defective: a repeated eigenvalue with too few
            eigenvectors
          </span>
        )}
        {nearDefective && <span className="la-warn"> — accurate only to about 1e-5 (defective matrix)</span>}
      </p>
      {rotation && <p className="fine">{rotation}</p>}
      {reason ? (
        <p className="la-singular">
          <strong>singular: no inverse</strong> — {reason}
        </p>
      ) : (
        analysis.inverse && <LiveTex tex={`A^{-1} = ${texMatrix(analysis.inverse)}`} display />
      )}
      <p>
        Null space <LiveTex tex={`N(A) = ${texSpan(nullBasis, n)}`} />
      </p>
      <p>
        Column space <LiveTex tex={`C(A) = ${texSpan(colBasis, n)}`} />
      </p>
    </section>
  );
}
