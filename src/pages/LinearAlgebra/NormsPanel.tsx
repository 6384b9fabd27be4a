/**
 * The Norms view: the unit balls {x : ‖x‖_p ≤ 1} of the plane for p = 1, 2, ∞ and the slider's p, a
 * draggable point x with its length in each norm, and the link to L1/L2 regularization. For p < 1 the
 * formula still gives a number but not a norm: the ball is not convex (the triangle inequality fails).
 */
import { useMemo, type KeyboardEvent } from 'react';
import { unitBallBoundary, vectorNorm } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { linalgView, NORM_EXTENT, NORM_P_MAX, NORM_P_MIN } from '../../stores/linalg/view';
import { FieldSlider } from '../../ui/FieldSlider';
import { NumberField } from '../../ui/NumberField';
import { Readout } from '../../ui/Readout';
import { LiveTex } from './LiveTex';
import { fmt } from './format';
import { PlaneGrid } from './spacePlot';
import { arrowMove, usePlaneDrag, type PlaneFrame } from './planeDrag';
import { texNumber } from './linalgTex';

const SIZE = 400;
/** World [−2.2, 2.2]² onto the 400-pixel square. */
const WORLD = NORM_EXTENT * 1.1;
const sx = (x: number) => ((x + WORLD) / (2 * WORLD)) * SIZE;
const sy = (y: number) => ((WORLD - y) / (2 * WORLD)) * SIZE;
const STEP = 0.05;

const BALLS: { p: number; name: string; color: string }[] = [
  { p: 1, name: '‖x‖₁ = 1', color: 'var(--la-i)' },
  { p: 2, name: '‖x‖₂ = 1', color: 'var(--la-j)' },
  { p: Infinity, name: '‖x‖∞ = 1', color: 'var(--la-k)' },
];

function ballPath(p: number, radius = 1): string {
  const pts = unitBallBoundary(p, 256);
  return `${pts.map(([x, y], k) => `${k ? 'L' : 'M'}${sx(radius * x).toFixed(2)},${sy(radius * y).toFixed(2)}`).join('')}Z`;
}

const clampCoord = (x: number) => Math.min(NORM_EXTENT, Math.max(-NORM_EXTENT, Math.round(x * 1000) / 1000));
const FRAME: PlaneFrame = { world: WORLD, clamp: clampCoord };

/** p and the point x: a slider and field for p, a field per coordinate. */
export function NormsControls() {
  const view = useLinalgStore((s) => s.view);
  const setNorm = useLinalgStore((s) => s.patch);
  const ptProblem = linalgView.problem('pt', view.pt, view);
  return (
    <fieldset className="panel la-norms-controls">
      <legend>Norm and point</legend>
      <FieldSlider
        field={linalgView.fields.p}
        value={view.p}
        view={view}
        min={NORM_P_MIN}
        max={NORM_P_MAX}
        onChange={(p) => setNorm({ p })}
      />
      <p className="fine">
        p = 1, 2 and ∞ are always drawn; the slider's p is the thick curve. Below p = 1 the formula is not a
        norm.
      </p>
      {[0, 1].map((i) => (
        <div className="la-inline" key={i}>
          <span>
            point x<sub>{i + 1}</sub>
          </span>
          <NumberField
            label={`point x${i + 1}`}
            value={view.pt[i]}
            step={STEP}
            problem={i === 1 ? ptProblem : null}
            onCommit={(x) => setNorm({ pt: view.pt.map((y, k) => (k === i ? x : y)) })}
          />
        </div>
      ))}
    </fieldset>
  );
}

/** The picture, the readouts and the formulas of the Norms view. */
export function NormsPanel() {
  const view = useLinalgStore((s) => s.view);
  const setNorm = useLinalgStore((s) => s.patch);
  const pOk = linalgView.problem('p', view.p, view) === null;
  const ptOk = linalgView.problem('pt', view.pt, view) === null;
  const p = view.p;
  const [x1, x2] = view.pt;
  const norms = useMemo(() => (ptOk ? BALLS.map((b) => vectorNorm([x1, x2], b.p)) : null), [ptOk, x1, x2]);
  const normP = pOk && ptOk ? vectorNorm([x1, x2], p) : null;
  const current = useMemo(() => (pOk ? ballPath(p) : null), [pOk, p]);
  const level = useMemo(
    () => (pOk && normP !== null && normP > 1e-9 ? ballPath(p, normP) : null),
    [pOk, p, normP],
  );
  const still = useMemo(() => BALLS.map((b) => ballPath(b.p)), []);

  const { svg, handlers } = usePlaneDrag(
    FRAME,
    () => 'pt' as const,
    (_, at) => setNorm({ pt: at }),
  );
  const onKey = (e: KeyboardEvent<SVGCircleElement>) => {
    const m = arrowMove(e, STEP);
    if (!m || !ptOk) return;
    e.preventDefault();
    setNorm({ pt: [clampCoord(x1 + m[0]), clampCoord(x2 + m[1])] });
  };

  const notNorm = pOk && p < 1;
  const pText = fmt(p, 3);
  return (
    <section className="panel la-norms" aria-label="norms">
      <h3>Unit balls of the p-norms</h3>
      <div className="la-stage" data-stage="main">
        <div className="la-norms-row">
          <svg
            ref={svg}
            className="la-norms-svg"
            viewBox={`0 0 ${SIZE} ${SIZE}`}
            role="group"
            aria-label={`Unit balls of the 1-, 2- and ∞-norms and of the ${pText}-norm (thick), with the point x = (${fmt(x1)}, ${fmt(x2)})`}
            {...handlers}
          >
            <rect x={0} y={0} width={SIZE} height={SIZE} fill="var(--la-bg)" />
            <PlaneGrid ticks={[-2, -1, 1, 2]} sx={sx} sy={sy} size={SIZE} />
            <g fontSize={13} fill="var(--la-v)">
              <text x={sx(1) + 3} y={sy(0) + 15}>
                1
              </text>
              <text x={sx(0) + 5} y={sy(1) - 4}>
                1
              </text>
            </g>
            {BALLS.map((b, k) => (
              <path key={b.name} d={still[k]} fill="none" stroke={b.color} strokeWidth={1.5} opacity={0.85} />
            ))}
            {current && (
              <path
                d={current}
                fill="var(--la-av)"
                fillOpacity={0.08}
                stroke="var(--la-av)"
                strokeWidth={3.5}
                data-testid="norm-ball-p"
              />
            )}
            {level && (
              <path d={level} fill="none" stroke="var(--la-av)" strokeWidth={1.5} strokeDasharray="5 4" />
            )}
            {ptOk && (
              <>
                <line
                  x1={sx(0)}
                  y1={sy(0)}
                  x2={sx(x1)}
                  y2={sy(x2)}
                  stroke="var(--la-eigen)"
                  strokeWidth={2}
                />
                <circle
                  cx={sx(x1)}
                  cy={sy(x2)}
                  r={9}
                  fill="var(--la-eigen)"
                  stroke="var(--la-bg)"
                  strokeWidth={2}
                  tabIndex={0}
                  role="button"
                  aria-label="point x"
                  aria-roledescription="draggable point"
                  aria-description="Arrow keys move it by 0.05, Shift+arrows by 0.25"
                  className="la-norms-handle"
                  onKeyDown={onKey}
                />
              </>
            )}
          </svg>
          <ul className="la-norms-legend">
            {BALLS.map((b) => (
              <li key={b.name}>
                <span className="la-swatch" style={{ background: b.color }} aria-hidden="true" />
                {b.name}
              </li>
            ))}
            <li>
              <span className="la-swatch la-swatch-thick" aria-hidden="true" />
              ‖x‖<sub>{pText}</sub> = 1 (thick), dashed: ‖x‖<sub>{pText}</sub> = ‖(x₁, x₂)‖<sub>{pText}</sub>
            </li>
            <li>
              <span className="la-swatch" style={{ background: 'var(--la-eigen)' }} aria-hidden="true" />
              the point x: drag it, or focus it and use the arrow keys
            </li>
          </ul>
        </div>
        <div className="la-norms-readouts">
          <Readout label="norm p" value={normP} title={`‖x‖_p for p = ${pText}`} />
          <Readout label="norm 1" value={norms?.[0] ?? null} />
          <Readout label="norm 2" value={norms?.[1] ?? null} />
          <Readout label="norm ∞" value={norms?.[2] ?? null} />
        </div>
      </div>
      {pOk && ptOk && normP !== null && (
        <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="formula">
          <LiveTex
            tex={`\\|x\\|_{${texNumber(p, 3)}} = \\left(|${texNumber(x1, 4)}|^{${texNumber(p, 3)}} + |${texNumber(x2, 4)}|^{${texNumber(p, 3)}}\\right)^{1/${texNumber(p, 3)}} = ${texNumber(normP, 6)}`}
            display
          />
        </div>
      )}
      {notNorm ? (
        <p className="la-warn la-not-norm">
          p = {pText} &lt; 1: not a norm. The ball is not convex (it bends inward between the axes), so the
          triangle inequality ‖x + y‖ ≤ ‖x‖ + ‖y‖ fails: for x = (1, 0) and y = (0, 1) the formula gives{' '}
          {fmt(vectorNorm([1, 1], p), 4)} for x + y, more than ‖x‖ + ‖y‖ = 2.
        </p>
      ) : (
        pOk && (
          <p className="fine">
            For p ≥ 1 the ball is convex and the formula is a norm. Every norm of the plane is within a fixed
            factor of every other: ‖x‖∞ ≤ ‖x‖₂ ≤ ‖x‖₁ ≤ 2‖x‖∞.
          </p>
        )
      )}
      <p className="fine">
        Regularization: L1 (lasso) adds λ‖w‖₁ to the loss. Its diamond touches the loss contours first at a
        corner, on an axis, so some weights become exactly 0; L2 (ridge) adds λ‖w‖₂², a round ball that
        shrinks every weight but rarely to 0. Try it in the{' '}
        <a href="#/machine-learning?v=1&tab=regression">Regression tab of the Machine learning page</a>.
      </p>
    </section>
  );
}
