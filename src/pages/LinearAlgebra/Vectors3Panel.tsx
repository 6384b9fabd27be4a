/**
 * The Vectors view in 3D: u, v and w typed (a fixed oblique view of ℝ³, as the Projection view's), the cross
 * product u × v drawn from the origin, perpendicular to the parallelogram of u and v whose area is its length,
 * and the parallelepiped of u, v, w whose signed volume is det [u v w] = (u × v)·w (positive when u, v, w are
 * right-handed, 0 when they are dependent).
 */
import { crossProduct, determinant, vectorNorm } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { linalgView, VEC_EXTENT } from '../../stores/linalg/view';
import { NumberField } from '../../ui/NumberField';
import { Readout } from '../../ui/Readout';
import { LiveTex } from './LiveTex';
import { fmt } from './format';
import { texMatrix, texNumber } from './linalgTex';
import { Arrow, Axes, makeProjector, PLOT_SIZE, TipText } from './spacePlot';

type Which = 'wu' | 'wv' | 'ww';
const NAMES: Record<Which, string> = { wu: 'u', wv: 'v', ww: 'w' };
const COLORS: Record<Which, string> = { wu: 'var(--la-i)', wv: 'var(--la-j)', ww: 'var(--la-k)' };
/** u, v, w count as dependent when |det| ≤ this times |u||v||w|. */
const DEPENDENT = 1e-12;

export function Vectors3Controls() {
  const view = useLinalgStore((s) => s.view);
  const setVectors = useLinalgStore((s) => s.patch);
  return (
    <fieldset className="panel la-vectors-controls">
      <legend>Vectors u, v, w in ℝ³</legend>
      {(['wu', 'wv', 'ww'] as const).map((which) => {
        const name = NAMES[which];
        const problem = linalgView.problem(which, view[which], view);
        return (
          <div className="la-inline" key={which}>
            <span>{name}</span>
            {[0, 1, 2].map((i) => (
              <NumberField
                key={i}
                label={`${name}${i + 1}`}
                value={view[which][i]}
                step={0.5}
                problem={i === 2 ? problem : null}
                onCommit={(x) => setVectors({ [which]: view[which].map((y, k) => (k === i ? x : y)) })}
              />
            ))}
          </div>
        );
      })}
      <p className="fine">
        Each coordinate between −{VEC_EXTENT} and {VEC_EXTENT}.
      </p>
    </fieldset>
  );
}

export function Vectors3Panel() {
  const view = useLinalgStore((s) => s.view);
  const ok = (['wu', 'wv', 'ww'] as const).every((k) => linalgView.problem(k, view[k], view) === null);
  if (!ok)
    return (
      <section className="panel la-vectors" aria-label="vectors in 3D">
        <h3>Vectors in ℝ³</h3>
        <div className="la-norms-readouts">
          <Readout label="cross product length" value={null} />
          <Readout label="det[u v w]" value={null} />
        </div>
        <p className="la-alert">Fix the coordinates (the message is beside them) to see the vectors.</p>
      </section>
    );
  const { wu: u, wv: v, ww: w } = view;
  const c = crossProduct(u, v);
  const area = vectorNorm(c, 2);
  const M = [0, 1, 2].map((i) => [u[i], v[i], w[i]]);
  const triple = c[0] * w[0] + c[1] * w[1] + c[2] * w[2];
  const scale = vectorNorm(u, 2) * vectorNorm(v, 2) * vectorNorm(w, 2);
  const detRaw = determinant(M);
  const det = Math.abs(detRaw) <= DEPENDENT * scale ? 0 : detRaw;
  const add = (...ps: number[][]) => [0, 1, 2].map((i) => ps.reduce((s, p) => s + p[i], 0));
  const uv = add(u, v);
  // The parallelepiped's twelve edges: the base parallelogram, the same shifted by w, and four sides.
  const base = [[0, 0, 0], u, uv, v];
  const top = base.map((p) => add(p, w));
  const edges = [
    ...base.map((p, k) => [p, base[(k + 1) % 4]]),
    ...top.map((p, k) => [p, top[(k + 1) % 4]]),
    ...base.map((p, k) => [p, top[k]]),
  ];
  // The plot is as large as the farthest point drawn (the box's far corner or u × v), and at least ±1.5.
  const world = 1.1 * Math.max(1.5, ...[c, ...base, ...top].map((p) => vectorNorm(p, 2)));
  const to = makeProjector(3, world);
  const o = to([0, 0, 0]);
  const poly = (ps: number[][]) =>
    ps
      .map(to)
      .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
      .join(' ');
  const orientation =
    det > 0
      ? 'positive: u, v, w are right-handed (w is on the side of u × v).'
      : det < 0
        ? 'negative: u, v, w are left-handed (w is on the other side of the plane of u and v from u × v).'
        : 'zero: u, v and w are dependent, the box is flat (w lies in the plane of u and v, or u and v are parallel).';
  return (
    <section className="panel la-vectors" aria-label="vectors in 3D">
      <h3>Vectors in ℝ³: cross product and the volume det [u v w]</h3>
      <div className="la-stage" data-stage="main">
        <svg
          className="la-vec3-svg"
          viewBox={`0 0 ${PLOT_SIZE} ${PLOT_SIZE}`}
          role="img"
          aria-label={`u = (${u.map((x) => fmt(x)).join(', ')}), v = (${v.map((x) => fmt(x)).join(', ')}), w = (${w.map((x) => fmt(x)).join(', ')}); u × v = (${c.map((x) => fmt(x, 4)).join(', ')}); the parallelogram of u and v and the box of u, v, w, volume ${fmt(det, 4)}`}
        >
          <rect x={0} y={0} width={PLOT_SIZE} height={PLOT_SIZE} fill="var(--la-bg)" />
          <Axes dim={3} world={world} to={to} />
          <polygon
            points={poly(base)}
            fill={det >= 0 ? 'var(--la-positive)' : 'var(--la-negative)'}
            fillOpacity={0.22}
            stroke="none"
          />
          <g stroke="var(--la-subspace)" strokeWidth={1.2} strokeDasharray="4 3" fill="none">
            {edges.map(([p, q], k) => {
              const [a, b] = [to(p), to(q)];
              return <line key={k} x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />;
            })}
          </g>
          <Arrow from={o} to={to(c)} color="var(--la-av)" width={3} />
          {(['wu', 'wv', 'ww'] as const).map((k) => (
            <Arrow key={k} from={o} to={to(view[k])} color={COLORS[k]} />
          ))}
          {(['wu', 'wv', 'ww'] as const).map((k) => (
            <TipText key={k} at={to(view[k])} origin={o} text={NAMES[k]} color={COLORS[k]} />
          ))}
          {area > 0 && <TipText at={to(c)} origin={o} text="u × v" color="var(--la-av)" />}
        </svg>
        <div className="la-norms-readouts">
          <Readout
            label="cross product length"
            value={area}
            title="|u × v|: the area of the parallelogram of u and v"
          />
          <Readout
            label="det[u v w]"
            value={det}
            title="the signed volume of the box of u, v, w = (u × v)·w"
          />
        </div>
      </div>
      <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="cross product and determinant">
        <LiveTex
          tex={`u \\times v = ${texMatrix([[c[0]], [c[1]], [c[2]]], 4)},\\quad |u\\times v| = ${texNumber(area, 5)},\\quad \\det\\,[u\\;v\\;w] = \\det ${texMatrix(M, 4)} = (u\\times v)\\cdot w = ${texNumber(det, 5)}`}
          display
        />
      </div>
      <p className="fine">
        u × v is perpendicular to both u and v (u·(u × v) = v·(u × v) = 0), and its length {fmt(area, 4)} is
        the area of their parallelogram (shaded). The box spanned by u, v, w (dashed) has volume |det [u v w]|
        = {fmt(Math.abs(det), 4)}: base area {fmt(area, 4)} times the height of w above the base,{' '}
        {area > 0 ? fmt(Math.abs(triple) / area, 4) : '0'}. The sign is {orientation}
      </p>
    </section>
  );
}
