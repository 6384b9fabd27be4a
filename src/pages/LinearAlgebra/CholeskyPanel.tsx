/**
 * The Cholesky view: A (the matrix editor's, 2×2 or 3×3) factored as A = LLᵀ when it is symmetric positive
 * definite, and L used to turn standard normal samples z into x = Lz, whose covariance is LLᵀ = A (both clouds
 * drawn, fixed seed). A matrix that is not SPD gets the reason in words from the core: not symmetric (which
 * entries), or the pivot that went negative or vanished.
 */
import { useMemo } from 'react';
import { cholesky, createRng, standardNormals, type Matrix } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { Readout } from '../../ui/Readout';
import { LiveTex } from './LiveTex';
import { fmt } from './format';
import { PlaneGrid } from './spacePlot';
import { texMatrix } from './linalgTex';

/** Samples drawn, and the generator's seed (fixed: the same cloud for the same A). */
export const CHOLESKY_SAMPLES = 500;
export const CHOLESKY_SEED = 7;
const SIZE = 400;

/** A round step for about `count` grid lines over [0, extent]. */
function niceStep(extent: number, count = 4): number {
  const raw = extent / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

/** The samples z (columns of a d × n block, standard normal) and x = Lz, with the sample covariance of x. */
export function choleskySamples(L: Matrix, count = CHOLESKY_SAMPLES, seed = CHOLESKY_SEED) {
  const d = L.length;
  const flat = standardNormals(createRng(seed), d * count);
  const z: number[][] = Array.from({ length: count }, (_, k) => flat.slice(k * d, k * d + d));
  const x = z.map((zk) => L.map((row) => row.reduce((s, l, j) => s + l * zk[j], 0)));
  const cov: Matrix = Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => {
      let s = 0;
      for (const p of x) s += p[i] * p[j];
      return s / count;
    }),
  );
  return { z, x, cov };
}

function Cloud({ z, x, dim }: { z: number[][]; x: number[][]; dim: number }) {
  const extent = useMemo(() => {
    let m = 1;
    for (const p of [...z, ...x]) m = Math.max(m, Math.abs(p[0]), Math.abs(p[1]));
    return m * 1.08;
  }, [z, x]);
  const sx = (v: number) => ((v + extent) / (2 * extent)) * SIZE;
  const sy = (v: number) => ((extent - v) / (2 * extent)) * SIZE;
  const step = niceStep(extent);
  const ticks: number[] = [];
  for (let g = step; g < extent; g += step) ticks.push(g, -g);
  return (
    <svg
      className="la-chol-svg"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-label={`${z.length} standard normal samples z (grey) and x = Lz (coloured), whose covariance is A${dim === 3 ? '; the first two coordinates are drawn' : ''}`}
    >
      <rect x={0} y={0} width={SIZE} height={SIZE} fill="var(--la-bg)" />
      <PlaneGrid ticks={ticks} sx={sx} sy={sy} size={SIZE} />
      <text x={sx(step) + 3} y={sy(0) + 15} fontSize={13} fill="var(--la-v)">
        {fmt(step, 3)}
      </text>
      <g fill="var(--la-v)" opacity={0.45}>
        {z.map((p, k) => (
          <circle key={k} cx={sx(p[0]).toFixed(1)} cy={sy(p[1]).toFixed(1)} r={1.8} />
        ))}
      </g>
      <g fill="var(--la-points)" opacity={0.8}>
        {x.map((p, k) => (
          <circle key={k} cx={sx(p[0]).toFixed(1)} cy={sy(p[1]).toFixed(1)} r={2.2} />
        ))}
      </g>
      <text x={8} y={20} fontSize={14} fill="var(--text, currentColor)">
        x{dim === 3 ? '₁, x₂ of x = Lz' : ' = Lz'}
      </text>
    </svg>
  );
}

/** A, L, the readout "cholesky l11", the two clouds, or why A has no Cholesky factor. */
export function CholeskyPanel() {
  const a = useLinalgStore((s) => s.view.a);
  const result = useMemo(() => cholesky(a), [a]);
  const L = 'L' in result ? result.L : null;
  const samples = useMemo(() => (L ? choleskySamples(L) : null), [L]);
  const n = a.length;
  return (
    <section className="panel la-chol" aria-label="Cholesky factorisation">
      <h3>Cholesky: A = LLᵀ</h3>
      <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="A in formulas">
        <LiveTex tex={`A = ${texMatrix(a)}`} display />
      </div>
      {L && samples ? (
        <div className="la-stage" data-stage="main">
          <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="the Cholesky factor">
            <LiveTex tex={`A = LL^{\\top},\\quad L = ${texMatrix(L)}`} display />
          </div>
          <div className="la-norms-readouts">
            <Readout label="cholesky l11" value={L[0][0]} title="l₁₁ = √a₁₁" />
            {L.map((row, k) => (
              <Readout
                key={k}
                label={`pivot ${k + 1}`}
                value={row[k] * row[k]}
                title={`l${k + 1}${k + 1}²`}
              />
            ))}
          </div>
          <p className="fine">
            Every pivot l<sub>kk</sub>² = a<sub>kk</sub> − Σ<sub>j&lt;k</sub> l<sub>kj</sub>² is positive: A
            is symmetric positive definite. L is lower triangular with a positive diagonal.
          </p>
          <h4>Sampling with covariance A</h4>
          <p className="fine">
            z ~ N(0, I) (grey, {CHOLESKY_SAMPLES} samples, seed {CHOLESKY_SEED}); x = Lz (coloured) has
            covariance E[xxᵀ] = L E[zzᵀ] Lᵀ = LLᵀ = A.
            {n === 3 && ' The picture shows the first two coordinates of each sample.'}
          </p>
          <div className="la-norms-row">
            <Cloud z={samples.z} x={samples.x} dim={n} />
            <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="sample covariance">
              <LiveTex
                tex={`\\frac{1}{${CHOLESKY_SAMPLES}}\\sum_k x_k x_k^{\\top} = ${texMatrix(samples.cov, 3)} \\approx A`}
                display
              />
            </div>
          </div>
        </div>
      ) : (
        <>
          <div className="la-norms-readouts">
            <Readout label="cholesky l11" value={null} />
          </div>
          <p className="la-alert la-chol-error" role="status">
            No Cholesky factor: {'error' in result ? result.error : ''}.
          </p>
          <p className="fine">
            A = LLᵀ needs A symmetric with every pivot positive (equivalently, all eigenvalues positive). Try
            the matrix editor's entries, e.g. a₁₂ = a₂₁ with a₁₁a₂₂ &gt; a₁₂².
          </p>
        </>
      )}
    </section>
  );
}
