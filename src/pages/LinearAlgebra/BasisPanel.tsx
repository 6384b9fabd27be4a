import { useMemo } from 'react';
import { coordinatesInBasis, matrixInBasis, matrixRank } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { ErrorNote } from '../../ui/ErrorNote';
import { LiveTex } from './LiveTex';
import { EntryField } from './EntryField';
import { fmt } from './format';
import { texMatrix, texVector } from './linalgTex';

const AXES = ['x', 'y', 'z'];

/** Number fields for b1 … bn (the scene's handles drag the same values). */
export function BasisControls() {
  const dim = useLinalgStore((s) => s.view.dim);
  const basis = useLinalgStore((s) => s.view.basis);
  const setEntry = useLinalgStore((s) => s.setEntry);
  return (
    <fieldset className="panel la-basis">
      <legend>New basis</legend>
      <p className="fine">
        Drag the round handles at the tips of b₁, b₂{dim === 3 ? ', b₃' : ''} in the scene, or type.
      </p>
      {Array.from({ length: dim }, (_, k) => (
        <div key={k} className="la-entries" role="group" aria-label={`b${k + 1}`}>
          {Array.from({ length: dim }, (_, i) => (
            <EntryField
              key={i}
              name={`b${k + 1} ${AXES[i]}`}
              value={basis[i][k]}
              range={5}
              slider={false}
              onCommit={(x) => setEntry('basis', i, k, x)}
            />
          ))}
        </div>
      ))}
    </fieldset>
  );
}

/** v in both bases and A in the new one: [v]_B = P⁻¹v, [A]_B = P⁻¹AP. */
export function BasisInfo() {
  const a = useLinalgStore((s) => s.view.a);
  const p = useLinalgStore((s) => s.view.basis);
  const v = useLinalgStore((s) => s.view.v);
  const info = useMemo(() => {
    if (matrixRank(p) < p.length) return null;
    return { coords: coordinatesInBasis(v, p), inBasis: matrixInBasis(a, p) };
  }, [a, p, v]);
  const names = p.map((_, k) => `b_{${k + 1}}`).join(', ');
  return (
    <section className="panel la-math" aria-label="change of basis">
      <h3>Change of basis</h3>
      <div className="la-tex-row">
        <LiveTex tex={`P = [\\,${names}\\,] = ${texMatrix(p)}`} display />
        <LiveTex tex={`[v]_E = ${texVector(v)}`} display />
        {info && <LiveTex tex={`[v]_B = P^{-1}v = ${texVector(info.coords)}`} display />}
      </div>
      {info ? (
        <>
          <p>
            v ={' '}
            {info.coords
              .map((c, k) => `${fmt(c)}·b${k + 1}`)
              .join(' + ')
              .replace(/\+ −/g, '− ')}
          </p>
          <LiveTex tex={`[A]_B = P^{-1} A P = ${texMatrix(info.inBasis)}`} display />
          <p className="fine">
            [A]_B does in b-coordinates what A does in standard coordinates: same map, same eigenvalues, new
            numbers.
          </p>
        </>
      ) : (
        <ErrorNote>
          b₁{p.length === 3 ? ', b₂, b₃' : ' and b₂'} are linearly dependent, so they are not a basis (det P =
          0): no coordinates exist for most vectors.
        </ErrorNote>
      )}
    </section>
  );
}
