import { classColor } from '../shared/colors';
import { ClassKey } from '../shared/markers';

/** Test-set confusion matrix: rows are the true class, columns the predicted one; the diagonal is right. */
export function ConfusionMatrix({ counts, classes }: { counts: Int32Array; classes: number }) {
  const total = counts.reduce((a, b) => a + b, 0);
  return (
    <table className="confusion">
      <caption>Confusion matrix (test points): rows true class, columns predicted</caption>
      <thead>
        <tr>
          <th scope="col">true \ predicted</th>
          {Array.from({ length: classes }, (_, p) => (
            <th key={p} scope="col">
              <ClassKey k={p} color={classColor(p)} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: classes }, (_, t) => (
          <tr key={t}>
            <th scope="row">
              <ClassKey k={t} color={classColor(t)} />
            </th>
            {Array.from({ length: classes }, (_, p) => {
              const c = counts[t * classes + p] ?? 0;
              return (
                <td key={p} className={t === p ? 'hit' : c > 0 ? 'miss' : ''} data-value={c}>
                  {c}
                  {total > 0 && <span className="fine"> ({Math.round((100 * c) / total)}%)</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
