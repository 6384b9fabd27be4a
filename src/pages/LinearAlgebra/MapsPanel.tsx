/**
 * Maps between dimensions: a 2 × 3 matrix squashes ℝ³ onto (at most) a plane, and the null space is the line
 * (or plane) of ℝ³ that vanishes; a 3 × 2 matrix lifts ℝ² onto a plane (or line) inside ℝ³, its column space.
 * Rank and nullity from the core's `subspacesOf` (NumPy's rank rule), with rank + nullity = n stated. The
 * picture is a fixed oblique view of ℝ³ (the side of the map that is three-dimensional).
 */
import { subspacesOf, type Matrix } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { linalgView } from '../../stores/linalg/view';
import { NumberField } from '../../ui/NumberField';
import { Readout } from '../../ui/Readout';
import { LiveTex } from './LiveTex';
import { texMatrix, texSpan } from './linalgTex';
import { Arrow, Axes, makeProjector, PLOT_SIZE, TipText } from './spacePlot';

const WORLD = 2.4;

const shapeOf = (shape: '2x3' | '3x2'): [number, number] => (shape === '2x3' ? [2, 3] : [3, 2]);
const unflat = (flat: readonly number[], m: number, n: number): Matrix =>
  Array.from({ length: m }, (_, i) => flat.slice(i * n, i * n + n));

export function MapsControls() {
  const view = useLinalgStore((s) => s.view);
  const setMaps = useLinalgStore((s) => s.patch);
  const key = view.shape === '2x3' ? 'm23' : 'm32';
  const [m, n] = shapeOf(view.shape);
  const problem = linalgView.problem(key, view[key], view);
  return (
    <fieldset className="panel la-maps-controls">
      <legend>
        The matrix M ({m} × {n})
      </legend>
      <label className="la-inline">
        <span>shape</span>
        <select
          aria-label="matrix shape"
          value={view.shape}
          onChange={(e) => setMaps({ shape: e.target.value as '2x3' | '3x2' })}
        >
          <option value="2x3">2 × 3: ℝ³ → ℝ²</option>
          <option value="3x2">3 × 2: ℝ² → ℝ³</option>
        </select>
      </label>
      <div className="la-maps-grid" style={{ gridTemplateColumns: `repeat(${n}, minmax(0, 1fr))` }}>
        {view[key].map((x, k) => (
          <NumberField
            key={k}
            label={`m${Math.floor(k / n) + 1}${(k % n) + 1}`}
            value={x}
            step={0.5}
            onCommit={(y) => setMaps({ [key]: view[key].map((z, j) => (j === k ? y : z)) })}
          />
        ))}
      </div>
      {problem && (
        <p className="error-note" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

export function MapsPanel() {
  const view = useLinalgStore((s) => s.view);
  const key = view.shape === '2x3' ? 'm23' : 'm32';
  const [m, n] = shapeOf(view.shape);
  const ok = linalgView.problem(key, view[key], view) === null;
  if (!ok)
    return (
      <section className="panel la-maps" aria-label="maps between dimensions">
        <h3>Maps between dimensions</h3>
        <div className="la-norms-readouts">
          <Readout label="map rank" value={null} />
          <Readout label="nullity" value={null} />
        </div>
        <p className="la-alert">Fix the entries (the message is under them) to see the map.</p>
      </section>
    );
  const M = unflat(view[key], m, n);
  const { rank, columnSpace, nullSpace } = subspacesOf(M);
  const nullity = n - rank;
  const to = makeProjector(3, WORLD);
  const o = to([0, 0, 0]);
  const squash = m === 2;
  // In ℝ³: the null space (2 × 3) or the column space (3 × 2), a line or a plane through 0.
  const drawn = squash ? nullSpace : columnSpace;
  const r = WORLD * 0.8;
  let shape: React.ReactNode = null;
  if (drawn.length === 1) {
    const a = to(drawn[0].map((x) => x * r));
    const b = to(drawn[0].map((x) => -x * r));
    shape = (
      <line
        x1={a[0]}
        y1={a[1]}
        x2={b[0]}
        y2={b[1]}
        stroke="var(--la-subspace)"
        strokeWidth={4}
        data-testid="maps-line"
      />
    );
  } else if (drawn.length >= 2) {
    const c = [
      [1, 1],
      [-1, 1],
      [-1, -1],
      [1, -1],
    ].map(([s, t]) => to(drawn[0].map((x, i) => (s * x + t * drawn[1][i]) * r * 0.7)));
    shape = (
      <path
        d={`M${c.map((p) => p.join(',')).join(' L')} Z`}
        fill="var(--la-subspace)"
        fillOpacity={0.2}
        stroke="var(--la-subspace)"
        strokeWidth={2}
        data-testid="maps-plane"
      />
    );
  }
  const columns = squash ? [] : [0, 1].map((j) => M.map((row) => row[j]));
  const what = squash
    ? drawn.length === 0
      ? 'no direction of ℝ³ vanishes (impossible for 2 × 3: nullity ≥ 1)'
      : drawn.length === 1
        ? 'the null space: the line of ℝ³ that M sends to 0'
        : drawn.length === 2
          ? 'the null space: a whole plane of ℝ³ goes to 0'
          : 'M = 0: all of ℝ³ goes to 0'
    : drawn.length === 2
      ? 'the column space: the plane of ℝ³ that ℝ² is lifted onto'
      : drawn.length === 1
        ? 'the column space: only a line (the columns are dependent)'
        : 'M = 0: everything lands on 0';
  return (
    <section className="panel la-maps" aria-label="maps between dimensions">
      <h3>{squash ? 'ℝ³ squashed onto ℝ²' : 'ℝ² lifted into ℝ³'}</h3>
      <div className="la-stage" data-stage="main">
        <div className="la-norms-row">
          <svg
            className="la-proj-svg la-maps-svg"
            viewBox={`0 0 ${PLOT_SIZE} ${PLOT_SIZE}`}
            role="img"
            aria-label={`ℝ³ in a fixed oblique view with ${what}`}
          >
            <rect x={0} y={0} width={PLOT_SIZE} height={PLOT_SIZE} fill="var(--la-bg)" />
            <Axes dim={3} world={WORLD} to={to} />
            {shape}
            {columns.map((c, j) => (
              <g key={j}>
                <Arrow from={o} to={to(c)} color={j === 0 ? 'var(--la-i)' : 'var(--la-j)'} />
                <TipText
                  at={to(c)}
                  origin={o}
                  text={`Me${j + 1}`}
                  color={j === 0 ? 'var(--la-i)' : 'var(--la-j)'}
                />
              </g>
            ))}
          </svg>
          <ul className="la-norms-legend">
            <li>
              <span className="la-swatch" style={{ background: 'var(--la-subspace)' }} aria-hidden="true" />
              {what}
            </li>
            {!squash && <li>Me1, Me2: the columns, where the basis vectors of ℝ² land</li>}
          </ul>
        </div>
        <div className="la-norms-readouts">
          <Readout label="map rank" value={rank} />
          <Readout label="nullity" value={nullity} />
        </div>
      </div>
      <p className="la-maps-theorem">
        Rank–nullity: rank + nullity = {rank} + {nullity} = {n}, the number of columns (the dimension of the
        input space ℝ{n === 3 ? '³' : '²'}).{' '}
        {squash && 'A 2 × 3 matrix has rank at most 2, so at least a line of ℝ³ always vanishes.'}
        {!squash && ' A 3 × 2 matrix has rank at most 2: it can never fill ℝ³.'}
      </p>
      <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="the subspaces">
        <LiveTex
          tex={`M = ${texMatrix(M)},\\quad N(M) = ${texSpan(nullSpace, n)},\\quad C(M) = ${texSpan(columnSpace, m)}`}
          display
        />
      </div>
    </section>
  );
}
