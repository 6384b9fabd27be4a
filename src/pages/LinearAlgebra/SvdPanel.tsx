import { useMemo } from 'react';
import { orientedSvd } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { LiveTex } from './LiveTex';
import { sub, fmt } from './format';
import { texMatrix } from './linalgTex';

/** A = UΣVᵀ with the current numbers, and what each factor does to the unit circle or sphere. */
export function SvdInfo() {
  const a = useLinalgStore((s) => s.view.a);
  const f = useMemo(() => orientedSvd(a), [a]);
  const rank = useLinalgStore((s) => s.result.analysis.rank);
  const n = a.length;
  const sigma = f.sigma;
  const vt = f.v[0].map((_, j) => f.v.map((row) => row[j]));
  const shape = n === 2 ? 'circle' : 'sphere';
  return (
    <section className="panel la-math" aria-label="singular value decomposition">
      <h3>Singular value decomposition</h3>
      <LiveTex
        tex={`A = U\\Sigma V^{\\mathsf T} = ${texMatrix(f.u, 3)}${texMatrix(
          sigma.map((s, i) => sigma.map((_, j) => (i === j ? s : 0))),
          4,
        )}${texMatrix(vt, 3)}`}
        display
      />
      <p>
        Vᵀ (a rotation) turns the right singular vectors onto the axes, Σ stretches axis i by σᵢ,{' '}
        {f.uReflects
          ? 'U reflects and turns the axes onto the left singular vectors (det A < 0, so one factor must be a reflection: det U = −1).'
          : 'U (a rotation) turns the axes onto the left singular vectors.'}{' '}
        The unit {shape} becomes an {n === 2 ? 'ellipse' : 'ellipsoid'} with semi-axes{' '}
        {sigma.map((s, i) => `σ${sub(i + 1)} = ${fmt(s)}`).join(', ')}.
      </p>
      {rank < n && (
        <p className="fine">
          σ{sub(n)} = 0: the {shape} is flattened — A is singular.
        </p>
      )}
    </section>
  );
}
