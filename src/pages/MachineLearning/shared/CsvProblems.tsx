import { ErrorNote } from '../../../ui/ErrorNote';

/** How many of a table's refused rows are named one by one; the rest are counted. */
const SHOWN = 6;

/** The rows a pasted table refused, each with its reason, under the data panel's CSV box (nothing when none). */
export function CsvProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ErrorNote>
      <span className="csv-problems">
        {problems.slice(0, SHOWN).map((p) => (
          <span key={p}>{p}</span>
        ))}
        {problems.length > SHOWN && <span>… and {problems.length - SHOWN} more</span>}
      </span>
    </ErrorNote>
  );
}
