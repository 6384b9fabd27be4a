import { cleanZero } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { Readout } from '../../ui/Readout';
import { rankSentence } from './explain';
import { cleanEigenvalues, fmt, fmtSmall, formatEigenvalues } from './format';

/** Said of a triangular matrix short of eigenvectors (its eigenvalues are exact: the diagonal). */
export const DEFECTIVE_NOTE =
  'Defective: an eigenvalue repeats but has too few independent eigenvectors, so A cannot be diagonalised. These eigenvalues are exact (A is triangular: they are its diagonal entries); computed for a defective matrix that is not triangular they would be accurate only to about 1e-5.';

export const NEAR_DEFECTIVE_NOTE =
  'This matrix is defective or nearly so (too few independent eigenvectors): its eigenvalues are accurate only to about 1e-5. That is the mathematics of repeated eigenvalues, not a bug.';

/** An `<output>` whose data-value is JSON (a list), styled like the shared Readout. */
function ListReadout({
  label,
  json,
  text,
  title,
}: {
  label: string;
  json: string;
  text: string;
  title?: string;
}) {
  return (
    <div className="readout">
      <span className="readout-label">{label}</span>
      <output aria-label={label} data-value={json} title={title}>
        {text}
      </output>
    </div>
  );
}

/** The numbers about A, each an `<output>` with the full-precision value in data-value. */
export function Readouts() {
  const result = useLinalgStore((s) => s.result);
  const { analysis, nearDefective } = result;
  const sigma = analysis.singularValues.map((x) => cleanZero(x));
  const n = result.a.length;
  const detNote =
    analysis.detBound !== null
      ? `shown as 0 because rank ${analysis.rank} < ${n}: to rounding, |det| < ${fmtSmall(analysis.detBound)}`
      : analysis.detExact
        ? 'exact (integer entries)'
        : undefined;
  const eigenNote = analysis.defective ? DEFECTIVE_NOTE : nearDefective ? NEAR_DEFECTIVE_NOTE : undefined;
  const eigenSuffix = analysis.defective
    ? ' (exact; defective)'
    : analysis.eigenvaluesExact
      ? ' (exact)'
      : nearDefective
        ? ' (±1e-5)'
        : '';
  return (
    <section className="panel la-readouts" aria-label="numbers of A">
      <h3>Numbers of A</h3>
      <div className="readout">
        <span className="readout-label">
          determinant
          {analysis.detBound !== null && (
            <span id="la-det-note" className="fine la-det-note">
              {' '}
              (to rounding, |det| &lt; {fmtSmall(analysis.detBound)})
            </span>
          )}
        </span>
        <output
          aria-label="determinant"
          data-value={String(analysis.det + 0)}
          title={detNote}
          tabIndex={detNote ? 0 : undefined}
          aria-describedby={analysis.detBound !== null ? 'la-det-note' : undefined}
          className="la-det"
        >
          {fmtSmall(analysis.det, analysis.detExact ? 15 : 6)}
        </output>
      </div>
      {/* With the true minus sign, as the determinant and the eigenvalues beside it (it read "-1.34"). */}
      <Readout label="trace" value={cleanZero(analysis.trace)} format={(v) => fmt(v, 6)} />
      <Readout
        label="rank"
        value={analysis.rank}
        title={rankSentence(
          n,
          analysis.rank,
          analysis.singularValues,
          analysis.rankTolerance,
          analysis.detExact,
          analysis.det,
        )}
      />
      <ListReadout
        label="eigenvalues"
        json={JSON.stringify(cleanEigenvalues(analysis.eigenvalues))}
        text={formatEigenvalues(analysis.eigenvalues, 6) + eigenSuffix}
        title={eigenNote}
      />
      <ListReadout
        label="singular values"
        json={JSON.stringify(sigma)}
        text={sigma.map((x) => fmt(x, 6)).join(', ')}
      />
      {analysis.defective && (
        <p className="fine la-warn" title={DEFECTIVE_NOTE}>
          Defective: a repeated eigenvalue with too few eigenvectors (A cannot be diagonalised).
        </p>
      )}
      {nearDefective && (
        <p className="fine la-warn" title={NEAR_DEFECTIVE_NOTE}>
          Eigenvalues accurate only to about 1e-5 (repeated eigenvalue, too few eigenvectors).
        </p>
      )}
    </section>
  );
}
