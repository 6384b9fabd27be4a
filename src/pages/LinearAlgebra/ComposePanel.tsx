import { useMemo } from 'react';
import { cleanZero, determinant, matMul } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { LiveTex } from './LiveTex';
import { texMatrix, texNumber } from './linalgTex';

/** The composite of "B then A" and, for contrast, "A then B". */
export function ComposeInfo() {
  const a = useLinalgStore((s) => s.view.a);
  const b = useLinalgStore((s) => s.view.b);
  const { ab, ba, detAb } = useMemo(() => {
    const ab = matMul(a, b);
    return { ab, ba: matMul(b, a), detAb: determinant(ab) };
  }, [a, b]);
  const commute = ab.every((row, i) => row.every((x, j) => cleanZero(x - ba[i][j]) === 0));
  return (
    <section className="panel la-math" aria-label="composition">
      <h3>Composition: B then A</h3>
      <div className="la-tex-row">
        <LiveTex tex={`B = ${texMatrix(b)}`} display />
        <LiveTex tex={`AB = ${texMatrix(ab)}`} display />
        <LiveTex tex={`BA = ${texMatrix(ba)}`} display />
      </div>
      <p>
        First B, then A: <LiveTex tex="x \mapsto A(Bx) = (AB)\,x" />. Determinants multiply:{' '}
        <LiveTex tex={`\\det(AB) = \\det A \\cdot \\det B = ${texNumber(detAb, 6)}`} />.
      </p>
      <p className="fine">
        {commute
          ? 'Here AB = BA: these two maps commute, so the order does not matter.'
          : 'AB ≠ BA: doing A first and B second (BA) lands somewhere else. Order matters.'}
      </p>
    </section>
  );
}
