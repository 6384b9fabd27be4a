import { useLinalgStore } from '../../stores/linalg/store';
import { EntryField } from './EntryField';

const AXES = ['x', 'y', 'z'];

/** The vector v (shown with Av) and what the scene draws. */
export function VectorControls() {
  const dim = useLinalgStore((s) => s.view.dim);
  const mode = useLinalgStore((s) => s.view.mode);
  const v = useLinalgStore((s) => s.view.v);
  const eig = useLinalgStore((s) => s.view.eig);
  const vec = useLinalgStore((s) => s.view.vec);
  const { setVec, set: setShow } = useLinalgStore.getState();
  if (mode === 'pca' || mode === 'svd') return null;
  return (
    <fieldset className="panel la-vector">
      <legend>Vector v</legend>
      {mode !== 'basis' && (
        <>
          <label className="la-check">
            <input type="checkbox" checked={vec} onChange={(e) => setShow('vec', e.target.checked)} />
            Show v and Av
          </label>
          {mode === 'transform' && (
            <label className="la-check">
              <input type="checkbox" checked={eig} onChange={(e) => setShow('eig', e.target.checked)} />
              Show eigenvector lines (labelled with λ)
            </label>
          )}
        </>
      )}
      <div className="la-entries">
        {v.slice(0, dim).map((x, i) => (
          <EntryField
            key={i}
            name={`v ${AXES[i]}`}
            value={x}
            range={5}
            slider={false}
            onCommit={(y) => setVec(i, y)}
          />
        ))}
      </div>
    </fieldset>
  );
}
