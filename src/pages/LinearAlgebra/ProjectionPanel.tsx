/**
 * The Projection view: v projected onto the line of a1 (2D and 3D) or the plane of a1, a2 (3D). P =
 * A(AᵀA)⁻¹Aᵀ with its numbers, p = Pv, the residual r = v − p perpendicular to the subspace (right angle
 * marked) and P² = P. When the columns are dependent AᵀA has no inverse: P is then built from an orthonormal
 * basis of the column space (the core's `projectionMatrix`), and the panel says so. In 2D the tips of a1 and v
 * are dragged on the picture (or moved with the arrow keys); in 3D they are edited in the fields and the
 * picture is a fixed oblique view.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { projectionMatrix, subspacesOf, type Matrix } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { linalgView, VEC_EXTENT, type LinalgView } from '../../stores/linalg/view';
import { NumberField } from '../../ui/NumberField';
import { Readout } from '../../ui/Readout';
import { LiveTex } from './LiveTex';
import { texMatrix, texVector } from './linalgTex';
import { arrowMove, usePlaneDrag, type PlaneFrame } from './planeDrag';
import { Arrow, Axes, makeProjector, PLOT_SIZE, RightAngle, TipText } from './spacePlot';

const STEP = 0.1;
const WORLD_2D = VEC_EXTENT * 1.1;
const clamp = (x: number) => Math.min(VEC_EXTENT, Math.max(-VEC_EXTENT, Math.round(x * 100) / 100));
const FRAME: PlaneFrame = { world: WORLD_2D, clamp };
export const COORD = ['x', 'y', 'z'];

type SpaceKey = 's1' | 's2' | 's3' | 'sv';
const NAME: Record<SpaceKey, string> = { s1: 'a1', s2: 'a2', s3: 'a3', sv: 'v' };

/** Coordinate fields for one of the space vectors (`a1 x`, `a1 y`, …), its problem beside the last. */
export function SpaceVectorFields({ which }: { which: SpaceKey }) {
  const view = useLinalgStore((s) => s.view);
  const setSpace = useLinalgStore((s) => s.patch);
  const problem = linalgView.problem(which, view[which], view);
  const name = NAME[which];
  return (
    <div className="la-inline la-space-vector">
      <span>{name}</span>
      {view[which].map((x, i) => (
        <NumberField
          key={i}
          label={`${name} ${COORD[i]}`}
          value={x}
          step={STEP}
          problem={i === view[which].length - 1 ? problem : null}
          onCommit={(y) => setSpace({ [which]: view[which].map((z, k) => (k === i ? y : z)) })}
        />
      ))}
    </div>
  );
}

/** In 2D only a line is a proper subspace to project onto; in 3D the student picks line or plane. */
const ontoPlane = (view: LinalgView): boolean => view.dim === 3 && view.onto === 'plane';

export function ProjectionControls() {
  const view = useLinalgStore((s) => s.view);
  const setSpace = useLinalgStore((s) => s.patch);
  const plane = ontoPlane(view);
  return (
    <fieldset className="panel la-proj-controls">
      <legend>Project v onto {plane ? 'the plane of a1, a2' : 'the line of a1'}</legend>
      {view.dim === 3 && (
        <div role="radiogroup" aria-label="project onto" className="la-radios">
          {(['line', 'plane'] as const).map((o) => (
            <label key={o} className="chip la-radio" data-checked={view.onto === o}>
              <input
                type="radio"
                name="la-onto"
                value={o}
                checked={view.onto === o}
                onChange={() => setSpace({ onto: o })}
              />
              {o === 'line' ? 'line of a1' : 'plane of a1, a2'}
            </label>
          ))}
        </div>
      )}
      <SpaceVectorFields which="s1" />
      {plane && <SpaceVectorFields which="s2" />}
      <SpaceVectorFields which="sv" />
      <p className="fine">
        {view.dim === 2
          ? 'Drag the tips of a1 and v on the picture, or focus a tip and use the arrow keys. In 3D (Dimension above) v can be projected onto a plane.'
          : 'In 3D the vectors are edited in the fields; the picture is a fixed oblique view of space.'}
      </p>
    </fieldset>
  );
}

const mul = (A: Matrix, B: Matrix): Matrix =>
  A.map((row) => B[0].map((_, j) => row.reduce((s, x, k) => s + x * B[k][j], 0)));
const transpose = (A: Matrix): Matrix => A[0].map((_, j) => A.map((row) => row[j]));
const norm = (v: readonly number[]) => Math.hypot(...v);

/** Everything the view shows, from the vectors (null when a field has a problem). */
export function projectionOf(view: LinalgView) {
  const plane = ontoPlane(view);
  const cols = plane ? [view.s1, view.s2] : [view.s1];
  const A: Matrix = view.s1.map((_, i) => cols.map((c) => c[i]));
  const { rank, columnSpace } = subspacesOf(A);
  const P = projectionMatrix(A);
  const v = view.sv;
  const p = P.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
  const r = v.map((x, i) => x - p[i]);
  const AtA = mul(transpose(A), A);
  let AtAinv: Matrix | null = null;
  if (rank === cols.length) {
    if (cols.length === 1) AtAinv = [[1 / AtA[0][0]]];
    else {
      const det = AtA[0][0] * AtA[1][1] - AtA[0][1] * AtA[1][0];
      AtAinv = [
        [AtA[1][1] / det, -AtA[0][1] / det],
        [-AtA[1][0] / det, AtA[0][0] / det],
      ];
    }
  }
  const P2 = mul(P, P);
  let idem = 0;
  for (let i = 0; i < P.length; i++)
    for (let j = 0; j < P.length; j++) idem = Math.max(idem, Math.abs(P2[i][j] - P[i][j]));
  const Atr = cols.map((c) => c.reduce((s, x, i) => s + x * r[i], 0));
  return { plane, cols, A, rank, columnSpace, P, p, r, AtA, AtAinv, P2, idem, Atr };
}

const PLANE_KEYS: SpaceKey[] = ['s1', 's2', 'sv'];
const LINE_KEYS: SpaceKey[] = ['s1', 'sv'];

export function ProjectionPanel() {
  const view = useLinalgStore((s) => s.view);
  const setSpace = useLinalgStore((s) => s.patch);
  const keys: SpaceKey[] = ontoPlane(view) ? PLANE_KEYS : LINE_KEYS;
  const ok = keys.every((k) => linalgView.problem(k, view[k], view) === null);
  const out = useMemo(() => (ok ? projectionOf(view) : null), [ok, view]);
  const dim = view.dim;
  const world = useMemo(() => {
    if (dim === 2) return WORLD_2D;
    let m = 2;
    for (const k of keys) m = Math.max(m, norm(view[k]));
    return m * 1.05;
  }, [dim, view, keys]);
  const to = useMemo(() => makeProjector(dim, world), [dim, world]);

  const { svg, handlers } = usePlaneDrag<'s1' | 'sv'>(
    FRAME,
    (w) => {
      if (!ok || dim !== 2) return null;
      const d1 = Math.hypot(w[0] - view.s1[0], w[1] - view.s1[1]);
      const dv = Math.hypot(w[0] - view.sv[0], w[1] - view.sv[1]);
      return Math.min(d1, dv) > 0.6 ? null : dv <= d1 ? 'sv' : 's1';
    },
    (which, at) => setSpace({ [which]: at }),
    { moveOnPress: false },
  );
  const onKey = (which: 's1' | 'sv') => (e: KeyboardEvent<SVGCircleElement>) => {
    const m = arrowMove(e, STEP);
    if (!m || !ok) return;
    e.preventDefault();
    const p = view[which];
    setSpace({ [which]: [clamp(p[0] + m[0]), clamp(p[1] + m[1])] });
  };

  if (!out)
    return (
      <section className="panel la-proj" aria-label="projection">
        <h3>Projection</h3>
        <div className="la-norms-readouts">
          <Readout label="projection length" value={null} />
        </div>
        <p className="la-alert">Fix the fields marked beside them to see the projection.</p>
      </section>
    );

  const { plane, A, rank, columnSpace, P, p, r, AtA, AtAinv, P2, idem, Atr, cols } = out;
  const v = view.sv;
  const o = to([0, 0, 0]);
  const pl = norm(p);
  const rl = norm(r);
  const subspace = plane ? 'the plane of a1, a2' : 'the line of a1';
  // The subspace drawn: a long line along q1, or the parallelogram of ±q1, ±q2 (its rank may be lower).
  const reach = world * (dim === 2 ? 1.5 : 0.85);
  const q = columnSpace;
  let shape: React.ReactNode = null;
  if (q.length === 1) {
    const a = to(q[0].map((x) => x * reach));
    const b = to(q[0].map((x) => -x * reach));
    shape = (
      <line
        x1={a[0]}
        y1={a[1]}
        x2={b[0]}
        y2={b[1]}
        stroke="var(--la-subspace)"
        strokeWidth={2}
        opacity={0.6}
      />
    );
  } else if (q.length === 2) {
    const corner = (s: number, t: number) => to(q[0].map((x, i) => (s * x + t * q[1][i]) * reach * 0.75));
    const c = [corner(1, 1), corner(-1, 1), corner(-1, -1), corner(1, -1)];
    shape = (
      <path
        d={`M${c.map((pt) => pt.join(',')).join(' L')} Z`}
        fill="var(--la-subspace)"
        fillOpacity={0.15}
        stroke="var(--la-subspace)"
        strokeWidth={1.5}
      />
    );
  }
  const along = p.some((x) => Math.abs(x) > 1e-9) ? p.map((x) => -x) : (q[0] ?? p);
  const ptext = (x: readonly number[]) => `(${x.map((y) => Number(y.toFixed(2))).join(', ')})`;
  const label = `${subspace} (purple), v = ${ptext(v)}, its projection p = ${ptext(p)} and the residual r = v − p (dashed), perpendicular to it${dim === 3 ? '; a fixed oblique view of space' : ''}`;
  return (
    <section className="panel la-proj" aria-label="projection">
      <h3>Projection of v onto {subspace}</h3>
      <div className="la-stage" data-stage="main">
        <div className="la-norms-row">
          <svg
            ref={svg}
            className="la-proj-svg"
            viewBox={`0 0 ${PLOT_SIZE} ${PLOT_SIZE}`}
            role="group"
            aria-label={label}
            {...(dim === 2 ? handlers : {})}
          >
            <rect x={0} y={0} width={PLOT_SIZE} height={PLOT_SIZE} fill="var(--la-bg)" />
            <Axes dim={dim} world={world} to={to} />
            {shape}
            {plane && <Arrow from={o} to={to(view.s2)} color="var(--la-j)" />}
            <Arrow from={o} to={to(view.s1)} color="var(--la-i)" />
            <Arrow from={o} to={to(v)} color="var(--la-v)" />
            <Arrow from={o} to={to(p)} color="var(--la-av)" width={3.5} />
            <Arrow from={to(p)} to={to(v)} color="var(--la-eigen)" width={2} dash="6 4" />
            <RightAngle foot={p} a={along} b={r} size={world * 0.06} to={to} />
            <TipText at={to(view.s1)} origin={o} text="a1" color="var(--la-i)" />
            {plane && <TipText at={to(view.s2)} origin={o} text="a2" color="var(--la-j)" />}
            <TipText at={to(v)} origin={o} text="v" color="var(--la-v)" />
            <TipText at={to(p)} origin={to(v)} text="p" color="var(--la-av)" />
            {dim === 2 &&
              (['s1', 'sv'] as const).map((k) => {
                const at = to(view[k]);
                return (
                  <circle
                    key={k}
                    cx={at[0]}
                    cy={at[1]}
                    r={9}
                    fill={k === 's1' ? 'var(--la-i)' : 'var(--la-v)'}
                    fillOpacity={0.35}
                    stroke="var(--la-bg)"
                    strokeWidth={2}
                    tabIndex={0}
                    role="button"
                    aria-label={`tip of ${NAME[k]}`}
                    aria-roledescription="draggable point"
                    aria-description="Arrow keys move it by 0.1, Shift+arrows by 0.5"
                    className="la-norms-handle"
                    onKeyDown={onKey(k)}
                  />
                );
              })}
          </svg>
          <ul className="la-norms-legend">
            <li>
              <span className="la-swatch" style={{ background: 'var(--la-subspace)' }} aria-hidden="true" />
              {subspace}
            </li>
            <li>
              <span className="la-swatch" style={{ background: 'var(--la-av)' }} aria-hidden="true" />p = Pv,
              the projection
            </li>
            <li>
              <span className="la-swatch" style={{ background: 'var(--la-eigen)' }} aria-hidden="true" />r = v
              − p (dashed), at a right angle to {subspace}
            </li>
          </ul>
        </div>
        <div className="la-norms-readouts">
          <Readout label="projection length" value={pl} title="‖p‖ = ‖Pv‖" />
          <Readout label="residual length" value={rl} title="‖v − p‖, the distance from v to the subspace" />
          <Readout
            label="max |P² − P|"
            value={idem}
            title="0 up to rounding: projecting twice changes nothing"
          />
        </div>
      </div>
      {rank < cols.length && (
        <p className="la-alert la-proj-dependent">
          {rank === 0
            ? 'The vectors are all 0: they span only the origin, so p = 0.'
            : 'a1 and a2 are dependent (rank 1): they span only a line, AᵀA has no inverse, and P projects onto that line (built from an orthonormal basis of it instead of the formula).'}
        </p>
      )}
      <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="the projection matrix">
        {AtAinv ? (
          <LiveTex
            tex={`P = A(A^{\\top}A)^{-1}A^{\\top} = ${texMatrix(A, 3)}${texMatrix(AtAinv, 4)}${texMatrix(transpose(A), 3)} = ${texMatrix(P)}`}
            display
          />
        ) : (
          <LiveTex
            tex={`A^{\\top}A = ${texMatrix(AtA)} \\text{ is singular};\\quad P = ${texMatrix(P)}`}
            display
          />
        )}
      </div>
      <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="projection and residual">
        <LiveTex
          tex={`p = Pv = ${texVector(p)},\\quad r = v - p = ${texVector(r)},\\quad A^{\\top}r = ${texVector(Atr)} \\approx 0`}
          display
        />
      </div>
      <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="P squared">
        <LiveTex tex={`P^2 = ${texMatrix(P2)} = P`} display />
      </div>
      <p className="fine">
        P² = P: a projected vector is already in the subspace, so projecting again leaves it where it is. P is
        symmetric too, which makes the projection orthogonal: the residual is perpendicular to every column of
        A.
      </p>
    </section>
  );
}
