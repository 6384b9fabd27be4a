/**
 * The Jacobian view: a map F(x, y) = (u(x, y), v(x, y)) typed by the student (the calculus page's expression
 * engine, exact derivatives), the grid of [−2, 2]² and its image under F, and at a draggable point p a small
 * square with its image F(square) beside the parallelogram of J = DF(p), the local linear map; det J is the
 * local area scale (the change-of-variables factor). Text that does not parse is named beside its field and
 * nothing of it is drawn; values that are not finite are left out of the picture.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { jacobian2, parseExpression, type Expr } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { JAC_EXTENT, linalgView } from '../../stores/linalg/view';
import { NumberField } from '../../ui/NumberField';
import { Readout } from '../../ui/Readout';
import { LiveTex } from './LiveTex';
import { fmt } from './format';
import { texMatrix, texNumber } from './linalgTex';
import { arrowMove, usePlaneDrag, type PlaneFrame } from './planeDrag';
import { Axes, makeProjector, PLOT_SIZE } from './spacePlot';

export const JACOBIAN_PRESETS: { name: string; u: string; v: string; about: string }[] = [
  {
    name: 'polar → Cartesian',
    u: 'x*cos(y)',
    v: 'x*sin(y)',
    about: 'x is the radius r, y the angle θ; det J = r',
  },
  {
    name: 'swirl',
    u: 'x*cos(0.5*(x^2 + y^2)) - y*sin(0.5*(x^2 + y^2))',
    v: 'x*sin(0.5*(x^2 + y^2)) + y*cos(0.5*(x^2 + y^2))',
    about: 'each circle turned by half its squared radius; areas are kept (det J = 1)',
  },
  {
    name: 'softplus of a linear map',
    u: 'log(1 + exp(2*x + y))',
    v: 'log(1 + exp(x - y))',
    about: 'a neural-network layer: softplus(Wx) with W = [[2, 1], [1, −1]]',
  },
];

const WORLD = JAC_EXTENT * 1.1;
const STEP = 0.05;
/** Half the side of the small square around p. */
const H = 0.15;
const clampCoord = (x: number) => Math.min(JAC_EXTENT, Math.max(-JAC_EXTENT, Math.round(x * 100) / 100));
const FRAME: PlaneFrame = { world: WORLD, clamp: clampCoord };
const LINES = 17;

type Map2 = (x: number, y: number) => [number, number];

/** SVG path of a polyline, broken wherever a point is not finite. */
function pathOf(points: [number, number][], to: (p: [number, number]) => [number, number]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      pen = false;
      continue;
    }
    const [x, y] = to(p);
    d += `${pen ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
    pen = true;
  }
  return d;
}

/** The grid lines of [−2, 2]² (each sampled at 60 points) and their images. */
function gridLines(): [number, number][][] {
  const lines: [number, number][][] = [];
  for (let i = 0; i < LINES; i++) {
    const c = -JAC_EXTENT + (2 * JAC_EXTENT * i) / (LINES - 1);
    const a: [number, number][] = [];
    const b: [number, number][] = [];
    for (let k = 0; k <= 60; k++) {
      const t = -JAC_EXTENT + (2 * JAC_EXTENT * k) / 60;
      a.push([c, t]);
      b.push([t, c]);
    }
    lines.push(a, b);
  }
  return lines;
}
const GRID = gridLines();

/** The boundary of the square [p ± H]², 12 points per side. */
function square(p: readonly number[]): [number, number][] {
  const corners: [number, number][] = [
    [p[0] - H, p[1] - H],
    [p[0] + H, p[1] - H],
    [p[0] + H, p[1] + H],
    [p[0] - H, p[1] + H],
  ];
  const out: [number, number][] = [];
  for (let s = 0; s < 4; s++) {
    const [a, b] = [corners[s], corners[(s + 1) % 4]];
    for (let k = 0; k < 12; k++) out.push([a[0] + ((b[0] - a[0]) * k) / 12, a[1] + ((b[1] - a[1]) * k) / 12]);
  }
  out.push(corners[0]);
  return out;
}

function MapField({ which, label }: { which: 'ju' | 'jv'; label: string }) {
  const view = useLinalgStore((s) => s.view);
  const setJacobian = useLinalgStore((s) => s.patch);
  const problem = linalgView.problem(which, view[which], view);
  const id = `la-jac-${which}-problem`;
  return (
    <div className="la-jac-field">
      <label className="la-inline">
        <span>{label}</span>
        <input
          type="text"
          aria-label={label}
          value={view[which]}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? id : undefined}
          onChange={(e) => setJacobian({ [which]: e.target.value })}
        />
      </label>
      {problem && (
        <p className="error-note" role="alert" id={id}>
          {label}: {problem}
        </p>
      )}
    </div>
  );
}

export function JacobianControls() {
  const view = useLinalgStore((s) => s.view);
  const setJacobian = useLinalgStore((s) => s.patch);
  const ptProblem = linalgView.problem('jp', view.jp, view);
  return (
    <fieldset className="panel la-jac-controls">
      <legend>The map F(x, y) = (u, v) and the point p</legend>
      <MapField which="ju" label="u(x, y)" />
      <MapField which="jv" label="v(x, y)" />
      <div className="presets" role="group" aria-label="Presets for the map">
        {JACOBIAN_PRESETS.map((p) => (
          <button
            key={p.name}
            type="button"
            className="chip"
            title={p.about}
            aria-pressed={view.ju === p.u && view.jv === p.v}
            onClick={() => setJacobian({ ju: p.u, jv: p.v })}
          >
            {p.name}
          </button>
        ))}
      </div>
      {[0, 1].map((i) => (
        <div className="la-inline" key={i}>
          <span>point {i === 0 ? 'x' : 'y'}</span>
          <NumberField
            label={`point ${i === 0 ? 'x' : 'y'}`}
            value={view.jp[i]}
            step={STEP}
            problem={i === 1 ? ptProblem : null}
            onCommit={(x) => setJacobian({ jp: view.jp.map((y, k) => (k === i ? x : y)) })}
          />
        </div>
      ))}
      <p className="fine">
        Drag p on the left picture, or focus it and use the arrow keys. Functions: sin, cos, tan, exp, log,
        sqrt, abs, tanh; powers with ^.
      </p>
    </fieldset>
  );
}

export function JacobianPanel() {
  const view = useLinalgStore((s) => s.view);
  const setJacobian = useLinalgStore((s) => s.patch);
  const exprs = useMemo(() => {
    const u = parseExpression(view.ju);
    const v = parseExpression(view.jv);
    return u.ok && v.ok ? ([u.expr, v.expr] as [Expr, Expr]) : null;
  }, [view.ju, view.jv]);
  const ptOk = linalgView.problem('jp', view.jp, view) === null;
  const F: Map2 | null = useMemo(
    () => (exprs ? (x, y) => [exprs[0].evaluate(x, y), exprs[1].evaluate(x, y)] : null),
    [exprs],
  );
  const image = useMemo(() => (F ? GRID.map((line) => line.map(([x, y]) => F(x, y))) : null), [F]);
  // The image plot's half-width: the largest finite |u|, |v| of the grid's image (at least 1, at most 50).
  const world = useMemo(() => {
    let m = 1;
    for (const line of image ?? [])
      for (const [u, v] of line) {
        if (Number.isFinite(u)) m = Math.max(m, Math.abs(u));
        if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
      }
    return Math.min(50, m) * 1.1;
  }, [image]);
  const toIn = useMemo(() => makeProjector(2, WORLD), []);
  const toOut = useMemo(() => makeProjector(2, world), [world]);
  const p = view.jp;
  const jac = exprs && ptOk ? jacobian2(view.ju, view.jv, [p[0], p[1]]) : null;
  const J = jac && 'J' in jac ? jac.J : null;
  const det = jac && 'J' in jac ? jac.det : null;
  const Fp = F && ptOk ? F(p[0], p[1]) : null;
  const fpOk = Fp !== null && Fp.every(Number.isFinite);
  const fp: [number, number] = fpOk ? Fp : [0, 0];

  const { svg, handlers } = usePlaneDrag(
    FRAME,
    () => (ptOk ? ('jp' as const) : null),
    (_, at) => setJacobian({ jp: at }),
  );
  const onKey = (e: KeyboardEvent<SVGCircleElement>) => {
    const m = arrowMove(e, STEP);
    if (!m || !ptOk) return;
    e.preventDefault();
    setJacobian({ jp: [clampCoord(p[0] + m[0]), clampCoord(p[1] + m[1])] });
  };

  const sq = ptOk ? square(p) : null;
  const sqImage = sq && F ? sq.map(([x, y]) => F(x, y)) : null;
  // The parallelogram of J: F(p) + J·(square − p), the local linear picture of the square's image.
  const para =
    sq && J && fpOk
      ? sq.map(([x, y]): [number, number] => {
          const [dx, dy] = [x - p[0], y - p[1]];
          return [fp[0] + J[0][0] * dx + J[0][1] * dy, fp[1] + J[1][0] * dx + J[1][1] * dy];
        })
      : null;
  const fixed = (x: number) => Number(x.toFixed(2));
  return (
    <section className="panel la-jac" aria-label="Jacobian">
      <h3>Jacobian: the local linear map of F</h3>
      <div className="la-jac-row" data-stage="main">
        <figure className="la-jac-figure">
          <svg
            ref={svg}
            className="la-proj-svg la-jac-in"
            viewBox={`0 0 ${PLOT_SIZE} ${PLOT_SIZE}`}
            role="group"
            aria-label={`The (x, y) plane with the point p = (${fixed(p[0])}, ${fixed(p[1])}) and a small square around it`}
            {...handlers}
          >
            <rect x={0} y={0} width={PLOT_SIZE} height={PLOT_SIZE} fill="var(--la-bg)" />
            <Axes dim={2} world={WORLD} to={toIn} />
            {GRID.map((line, k) => (
              <path
                key={k}
                d={pathOf(line, toIn)}
                fill="none"
                stroke="var(--la-grid)"
                strokeWidth={0.8}
                opacity={0.5}
              />
            ))}
            {sq && (
              <path
                d={pathOf(sq, toIn)}
                fill="var(--la-av)"
                fillOpacity={0.3}
                stroke="var(--la-av)"
                strokeWidth={2}
              />
            )}
            {ptOk && (
              <circle
                cx={toIn(p)[0]}
                cy={toIn(p)[1]}
                r={8}
                fill="var(--la-eigen)"
                fillOpacity={0.6}
                stroke="var(--la-bg)"
                strokeWidth={2}
                tabIndex={0}
                role="button"
                aria-label="point p"
                aria-roledescription="draggable point"
                aria-description="Arrow keys move it by 0.05, Shift+arrows by 0.25"
                className="la-norms-handle"
                onKeyDown={onKey}
              />
            )}
          </svg>
          <figcaption className="fine">(x, y): the grid and the square around p</figcaption>
        </figure>
        <figure className="la-jac-figure">
          <svg
            className="la-proj-svg la-jac-out"
            viewBox={`0 0 ${PLOT_SIZE} ${PLOT_SIZE}`}
            role="img"
            aria-label={
              fpOk
                ? `The grid warped by F, the image of the square around F(p) = (${fixed(fp[0])}, ${fixed(fp[1])}) and the parallelogram of J (dashed)`
                : 'The grid warped by F'
            }
          >
            <rect x={0} y={0} width={PLOT_SIZE} height={PLOT_SIZE} fill="var(--la-bg)" />
            <Axes dim={2} world={Math.min(world, 8)} to={toOut} />
            {image?.map((line, k) => (
              <path
                key={k}
                d={pathOf(line, toOut)}
                fill="none"
                stroke="var(--la-grid)"
                strokeWidth={0.8}
                opacity={0.5}
              />
            ))}
            {sqImage && (
              <path
                d={pathOf(sqImage, toOut)}
                fill="var(--la-av)"
                fillOpacity={0.3}
                stroke="var(--la-av)"
                strokeWidth={2}
              />
            )}
            {para && (
              <path
                d={pathOf(para, toOut)}
                fill="none"
                stroke="var(--la-eigen)"
                strokeWidth={2}
                strokeDasharray="5 3"
                data-testid="jacobian-parallelogram"
              />
            )}
          </svg>
          <figcaption className="fine">
            (u, v): the warped grid, F(square) and J’s parallelogram (dashed)
          </figcaption>
        </figure>
      </div>
      <div className="la-norms-readouts">
        <Readout label="det J" value={det} title="the local area scale of F at p" />
        <Readout label="u at p" value={fpOk ? fp[0] : null} />
        <Readout label="v at p" value={fpOk ? fp[1] : null} />
      </div>
      {jac && 'error' in jac && <p className="la-alert">{jac.error}</p>}
      {!exprs && (
        <p className="la-alert">Fix the map’s text (the message is beside its field) to see the picture.</p>
      )}
      {J && det !== null && (
        <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="J and det J">
          <LiveTex
            tex={`J = \\begin{bmatrix} \\partial u/\\partial x & \\partial u/\\partial y \\\\ \\partial v/\\partial x & \\partial v/\\partial y \\end{bmatrix}_{(${texNumber(p[0], 3)},\\,${texNumber(p[1], 3)})} = ${texMatrix(J)},\\quad \\det J = ${texNumber(det, 5)}`}
            display
          />
        </div>
      )}
      {det !== null && (
        <p className="fine">
          Near p, F acts like J: the small square (area {fmt(4 * H * H, 3)}) goes to a curved patch close to
          J’s parallelogram, of area |det J| × {fmt(4 * H * H, 3)} = {fmt(Math.abs(det) * 4 * H * H, 4)}.{' '}
          {Math.abs(det) < 1e-12
            ? 'det J = 0: F squashes the neighbourhood of p flat here (not locally invertible).'
            : det < 0
              ? 'det J < 0: F flips orientation here.'
              : 'det J > 0: F keeps orientation here.'}{' '}
          In a change of variables, ∬ g(F(x, y)) |det J| dx dy = ∬ g(u, v) du dv.
        </p>
      )}
    </section>
  );
}
