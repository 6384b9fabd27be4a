/**
 * The Gram–Schmidt view: two or three vectors a1, a2, a3 made orthonormal one step at a time (a step slider
 * and a Next button): each aₖ minus its projections onto the unit vectors found so far, then normalised, or
 * flagged and dropped when nothing is left (it depends on the earlier ones). After the last step, Q and R with
 * A = QR (R's column for a dropped vector holds only its coefficients). 3D pictures are a fixed oblique view.
 */
import { useMemo } from 'react';
import { gramSchmidtSteps, type GramSchmidtStep, type Matrix } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { linalgView, type LinalgView } from '../../stores/linalg/view';
import { Readout } from '../../ui/Readout';
import { SliderField } from '../../ui/SliderField';
import { LiveTex } from './LiveTex';
import { fmt } from './format';
import { texMatrix, texNumber, texVector } from './linalgTex';
import { SpaceVectorFields } from './ProjectionPanel';
import { Arrow, Axes, makeProjector, PLOT_SIZE, RightAngle, TipText } from './spacePlot';

const KEYS = ['s1', 's2', 's3'] as const;
const COLORS = ['var(--la-i)', 'var(--la-j)', 'var(--la-k)'];

export function GramSchmidtControls() {
  const view = useLinalgStore((s) => s.view);
  const setSpace = useLinalgStore((s) => s.patch);
  const n = view.gsn;
  const k = Math.min(view.gsk, n);
  return (
    <fieldset className="panel la-gs-controls">
      <legend>Gram–Schmidt on a1 … a{n}</legend>
      <label className="la-inline">
        <span>vectors</span>
        <select
          aria-label="vectors"
          value={n}
          onChange={(e) => {
            const gsn = Number(e.target.value);
            setSpace({ gsn, gsk: Math.min(view.gsk, gsn) });
          }}
        >
          {[2, 3].map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {KEYS.slice(0, n).map((key) => (
        <SpaceVectorFields key={key} which={key} />
      ))}
      <SliderField
        name="step"
        value={k}
        min={0}
        max={n}
        step={1}
        integer
        onChange={(x) => setSpace({ gsk: Math.max(0, Math.min(n, Math.round(x))) })}
      />
      <div className="presets">
        <button type="button" className="chip" disabled={k >= n} onClick={() => setSpace({ gsk: k + 1 })}>
          Next step
        </button>
        <button type="button" className="chip" disabled={k === 0} onClick={() => setSpace({ gsk: 0 })}>
          Start over
        </button>
      </div>
      {view.dim === 2 && n === 3 && (
        <p className="fine">In the plane three vectors are always dependent: watch a3 be dropped.</p>
      )}
    </fieldset>
  );
}

/** Q (the kept unit vectors as columns) and R (Rⱼₖ = qⱼ·aₖ, the residual norm on the diagonal) from the steps. */
export function qrFromSteps(steps: GramSchmidtStep[], dim: number): { Q: Matrix; R: Matrix } {
  const units = steps.flatMap((s) => (s.unit ? [s.unit] : []));
  const Q: Matrix = Array.from({ length: dim }, (_, i) => units.map((u) => u[i]));
  const R: Matrix = units.map(() => steps.map(() => 0));
  let kept = 0;
  for (const [k, s] of steps.entries()) {
    s.coefficients.forEach((c, j) => (R[j][k] = c));
    if (s.kept) R[kept++][k] = s.residualNorm;
  }
  return { Q, R };
}

function vectorsOf(view: LinalgView): number[][] {
  return KEYS.slice(0, view.gsn).map((k) => view[k]);
}

function StepText({ step, before }: { step: GramSchmidtStep; before: number[] }) {
  const k = step.index + 1;
  const subtract = step.coefficients.map((c, j) => `${texNumber(c)}\\,q_{${before[j]}}`).join(' + ');
  return (
    <li className={step.kept ? undefined : 'la-gs-dropped'}>
      <div className="la-tex-scroll" tabIndex={0} role="region" aria-label={`step ${k}`}>
        <LiveTex
          tex={`w_{${k}} = a_{${k}}${subtract ? ` - (${subtract})` : ''} = ${texVector(step.residual)},\\quad \\|w_{${k}}\\| = ${texNumber(step.residualNorm)}`}
        />
      </div>
      {step.kept ? (
        <span>
          {' '}
          q<sub>{before.length + 1}</sub> = w<sub>{k}</sub>/‖w<sub>{k}</sub>‖ ={' '}
          {`(${step.unit!.map((x) => fmt(x, 4)).join(', ')})`}
        </span>
      ) : (
        <strong>
          {' '}
          a{k} is dependent on the earlier vectors (nothing is left after subtracting their projections):
          dropped.
        </strong>
      )}
    </li>
  );
}

export function GramSchmidtPanel() {
  const view = useLinalgStore((s) => s.view);
  const n = view.gsn;
  const k = Math.min(view.gsk, n);
  const ok = KEYS.slice(0, n).every((key) => linalgView.problem(key, view[key], view) === null);
  const vectors = useMemo(() => (ok ? vectorsOf(view) : null), [ok, view]);
  const steps = useMemo(() => (vectors ? gramSchmidtSteps(vectors) : null), [vectors]);
  const dim = view.dim;
  const world = useMemo(() => {
    let m = 1.5;
    for (const v of vectors ?? []) m = Math.max(m, Math.hypot(...v));
    return m * (dim === 2 ? 1.15 : 0.95);
  }, [vectors, dim]);
  const to = useMemo(() => makeProjector(dim, world), [dim, world]);
  if (!steps || !vectors)
    return (
      <section className="panel la-gs" aria-label="Gram–Schmidt">
        <h3>Gram–Schmidt</h3>
        <p className="la-alert">Fix the fields marked beside them to run Gram–Schmidt.</p>
      </section>
    );
  const shown = steps.slice(0, k);
  const kept = shown.filter((s) => s.kept);
  const dropped = shown.filter((s) => !s.kept);
  // The number of each q: q₁, q₂, … in the order they were kept.
  const qIndex: number[] = [];
  let count = 0;
  const befores = steps.map((s) => {
    const before = qIndex.slice();
    if (s.kept) qIndex.push(++count);
    return before;
  });
  const last = shown.at(-1);
  const o = to([0, 0, 0]);
  const projection = last ? vectors[last.index].map((x, i) => x - last.residual[i]) : null;
  const { Q, R } = qrFromSteps(steps, dim);
  const A: Matrix = Array.from({ length: dim }, (_, i) => vectors.map((v) => v[i]));
  const text = `The vectors a1 … a${n}${kept.length ? ` and the orthonormal vectors q1 … q${kept.length} found in ${k} step${k === 1 ? '' : 's'}` : ''}${dim === 3 ? '; a fixed oblique view of space' : ''}`;
  return (
    <section className="panel la-gs" aria-label="Gram–Schmidt">
      <h3>
        Gram–Schmidt: step {k} of {n}
      </h3>
      <div className="la-stage" data-stage="main">
        <div className="la-norms-row">
          <svg className="la-proj-svg" viewBox={`0 0 ${PLOT_SIZE} ${PLOT_SIZE}`} role="img" aria-label={text}>
            <rect x={0} y={0} width={PLOT_SIZE} height={PLOT_SIZE} fill="var(--la-bg)" />
            <Axes dim={dim} world={world} to={to} />
            {vectors.map((v, i) => (
              <g key={i} opacity={i === last?.index ? 1 : 0.55}>
                <Arrow from={o} to={to(v)} color={COLORS[i]} width={2} />
                <TipText at={to(v)} origin={o} text={`a${i + 1}`} color={COLORS[i]} />
              </g>
            ))}
            {last && projection && (
              <g>
                <Arrow from={o} to={to(projection)} color="var(--la-v)" width={2} dash="5 4" />
                <Arrow
                  from={to(projection)}
                  to={to(vectors[last.index])}
                  color="var(--la-eigen)"
                  width={2}
                  dash="5 4"
                />
                {last.index > 0 && (
                  <RightAngle
                    foot={projection}
                    a={projection.some((x) => Math.abs(x) > 1e-9) ? projection.map((x) => -x) : kept[0].unit!}
                    b={last.residual}
                    size={world * 0.05}
                    to={to}
                  />
                )}
              </g>
            )}
            {kept.map((s, j) => (
              <g key={s.index}>
                <Arrow from={o} to={to(s.unit!)} color="var(--la-av)" width={4} />
                <TipText at={to(s.unit!)} origin={o} text={`q${j + 1}`} color="var(--la-av)" />
              </g>
            ))}
          </svg>
          <ul className="la-norms-legend">
            <li>a1 … a{n}: the inputs (the current step's in full colour)</li>
            <li>
              <span className="la-swatch" style={{ background: 'var(--la-v)' }} aria-hidden="true" />
              dashed grey: the projection subtracted
            </li>
            <li>
              <span className="la-swatch" style={{ background: 'var(--la-eigen)' }} aria-hidden="true" />
              dashed: what is left, w, at a right angle to the earlier q
            </li>
            <li>
              <span className="la-swatch la-swatch-thick" aria-hidden="true" />
              q: the orthonormal vectors (length 1)
            </li>
          </ul>
        </div>
        <div className="la-norms-readouts">
          <Readout label="orthonormal vectors" value={kept.length} />
          <Readout label="dropped vectors" value={dropped.length} />
          <Readout label="last residual length" value={last ? last.residualNorm : null} />
        </div>
      </div>
      {k === 0 ? (
        <p>Press “Next step” (or move the step slider) to take a1 and normalise it.</p>
      ) : (
        <ol className="la-gs-steps">
          {shown.map((s) => (
            <StepText key={s.index} step={s} before={befores[s.index]} />
          ))}
        </ol>
      )}
      {k === n && Q[0].length > 0 && (
        <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="A = QR">
          <LiveTex tex={`A = ${texMatrix(A, 3)} = QR = ${texMatrix(Q)}${texMatrix(R)}`} display />
        </div>
      )}
      {k === n && (
        <p className="fine">
          Q has orthonormal columns (QᵀQ = I); R is upper triangular
          {dropped.length > 0
            ? ' in its kept columns; the column of a dropped vector holds only its coefficients on the earlier q, because it lies in their span.'
            : ' with the lengths ‖wₖ‖ on its diagonal and the coefficients qⱼ·aₖ above it.'}
        </p>
      )}
    </section>
  );
}
