import { cleanZero } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { Readout } from '../../ui/Readout';
import { cleanEigenvalues, fmt, formatEigenvalues } from './format';

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
  return (
    <section className="panel la-readouts" aria-label="numbers of A">
      <h3>Numbers of A</h3>
      <Readout label="determinant" value={cleanZero(analysis.det)} />
      <Readout label="trace" value={cleanZero(analysis.trace)} />
      <Readout label="rank" value={analysis.rank} />
      <ListReadout
        label="eigenvalues"
        json={JSON.stringify(cleanEigenvalues(analysis.eigenvalues))}
        text={formatEigenvalues(analysis.eigenvalues, 6) + (nearDefective ? ' (±1e-5)' : '')}
        title={nearDefective ? NEAR_DEFECTIVE_NOTE : undefined}
      />
      <ListReadout
        label="singular values"
        json={JSON.stringify(sigma)}
        text={sigma.map((x) => fmt(x, 6)).join(', ')}
      />
      {nearDefective && (
        <p className="fine la-warn" title={NEAR_DEFECTIVE_NOTE}>
          Eigenvalues accurate only to about 1e-5 (repeated eigenvalue, too few eigenvectors).
        </p>
      )}
    </section>
  );
}
