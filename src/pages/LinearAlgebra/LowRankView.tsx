/**
 * The Low rank view (a lazy chunk): a grayscale image A and its best rank-k approximation
 * A_k = Σ_{i≤k} σᵢuᵢvᵢᵀ from the SVD (computed once per image in the worker, with progress), the singular
 * values on a log scale, and the Eckart–Young error ‖A − A_k‖_F = √(Σ_{i>k} σᵢ²) beside the error measured
 * from the pixels. Moving k only rebuilds A_k from the factors here (at most min(k, r − k) rank-one terms).
 */
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { droppedNorms, lowRankStorageRatio, rankKImage } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { useLowRankStore, type GrayImage } from '../../stores/linalg/lowRank';
import { linalgView, LOWRANK_IMAGES, type LowRankImage } from '../../stores/linalg/view';
import { FieldSlider } from '../../ui/FieldSlider';
import { formatNumber, Readout } from '../../ui/Readout';
import { LiveTex } from './LiveTex';
import { Pickers } from './Pickers';

const IMAGE_NAMES: Record<LowRankImage, string> = {
  ascent: 'ascent: a photograph, 256 × 256',
  shapes: 'shapes: generated, 128 × 128',
};

const percent = (x: number) => `${formatNumber(100 * x, 4)} %`;

/** A grayscale picture of m·n values in [0, 1] (clipped: A_k may overshoot a little). */
function GrayCanvas({ pixels, m, n, label }: { pixels: Float64Array; m: number; n: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const data = ctx.createImageData(n, m);
    for (let p = 0; p < m * n; p++) {
      const g = Math.round(255 * Math.min(1, Math.max(0, pixels[p])));
      data.data[4 * p] = g;
      data.data[4 * p + 1] = g;
      data.data[4 * p + 2] = g;
      data.data[4 * p + 3] = 255;
    }
    ctx.putImageData(data, 0, 0);
  }, [pixels, m, n]);
  return (
    <figure className="la-lr-figure">
      <canvas ref={ref} width={n} height={m} className="la-lr-canvas" role="img" aria-label={label} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

const CHART_W = 420;
const CHART_H = 220;
const PAD = { l: 52, r: 12, t: 12, b: 36 };

/** σᵢ against i on a log scale, the kept ones coloured, a line at k. */
function SigmaChart({ sigma, k }: { sigma: Float64Array; k: number }) {
  const r = sigma.length;
  const positive = Array.from(sigma).filter((s) => s > 0);
  const top = Math.log10(positive[0] ?? 1);
  const bottom = Math.min(top - 1, Math.log10(positive[positive.length - 1] ?? 1e-16));
  const lo = Math.floor(bottom);
  const hi = Math.ceil(top);
  const sx = (i: number) => PAD.l + ((i - 1) / Math.max(1, r - 1)) * (CHART_W - PAD.l - PAD.r);
  const sy = (s: number) =>
    PAD.t + ((hi - Math.log10(Math.max(s, 10 ** lo))) / (hi - lo)) * (CHART_H - PAD.t - PAD.b);
  const decades: number[] = [];
  const stride = Math.max(1, Math.ceil((hi - lo) / 6));
  for (let d = hi; d >= lo; d -= stride) decades.push(d);
  const path = (from: number, to: number) =>
    Array.from(
      sigma.subarray(from, to),
      (s, t) => `${t === 0 ? 'M' : 'L'}${sx(from + t + 1).toFixed(1)},${sy(s).toFixed(1)}`,
    ).join('');
  return (
    <svg
      className="la-lr-chart"
      viewBox={`0 0 ${CHART_W} ${CHART_H}`}
      role="img"
      aria-label={`singular values σ1 … σ${r} on a log scale, from ${formatNumber(sigma[0], 3)} to ${formatNumber(sigma[r - 1], 3)}; the first ${k} kept`}
    >
      {decades.map((d) => (
        <g key={d}>
          <line
            x1={PAD.l}
            x2={CHART_W - PAD.r}
            y1={sy(10 ** d)}
            y2={sy(10 ** d)}
            stroke="var(--la-grid-faint)"
          />
          <text x={PAD.l - 6} y={sy(10 ** d) + 4} fontSize={14} textAnchor="end" fill="currentColor">
            {`1e${d}`}
          </text>
        </g>
      ))}
      <path d={path(k, r)} fill="none" stroke="var(--la-v)" strokeWidth={1.5} strokeDasharray="4 3" />
      <path d={path(0, k)} fill="none" stroke="var(--la-points)" strokeWidth={2.5} />
      <line
        x1={sx(k)}
        x2={sx(k)}
        y1={PAD.t}
        y2={CHART_H - PAD.b}
        stroke="var(--la-projected)"
        strokeWidth={2}
      />
      <text
        x={sx(k) + (k > r * 0.7 ? -6 : 6)}
        y={PAD.t + 14}
        fontSize={14}
        textAnchor={k > r * 0.7 ? 'end' : 'start'}
        fill="currentColor"
      >
        k = {k}
      </text>
      <line x1={PAD.l} x2={CHART_W - PAD.r} y1={CHART_H - PAD.b} y2={CHART_H - PAD.b} stroke="currentColor" />
      {[1, Math.round(r / 2), r].map((i) => (
        <text
          key={i}
          x={sx(i)}
          y={CHART_H - PAD.b + 16}
          fontSize={14}
          textAnchor="middle"
          fill="currentColor"
        >
          {i}
        </text>
      ))}
      <text
        x={(PAD.l + CHART_W - PAD.r) / 2}
        y={CHART_H - 4}
        fontSize={14}
        textAnchor="middle"
        fill="currentColor"
      >
        i (σᵢ, log scale)
      </text>
    </svg>
  );
}

function LowRankControls() {
  const view = useLinalgStore((s) => s.view);
  const setLowRank = useLinalgStore((s) => s.patch);
  const file = useLowRankStore((s) => s.file);
  const image = useLowRankStore((s) => s.image);
  const full = image ? Math.min(image.m, image.n) : 256;
  return (
    <fieldset className="panel la-lr-controls">
      <legend>Image and rank</legend>
      <label className="la-lr-file">
        <span>image</span>
        <select
          aria-label="image"
          value={file ? 'file' : view.img}
          onChange={(e) => {
            if (e.target.value === 'file') return;
            useLowRankStore.getState().closeFile();
            setLowRank({ img: e.target.value as LowRankImage });
          }}
        >
          {LOWRANK_IMAGES.map((name) => (
            <option key={name} value={name}>
              {IMAGE_NAMES[name]}
            </option>
          ))}
          {file && <option value="file">your file: {file.title}</option>}
        </select>
      </label>
      <label className="la-lr-file">
        <span>open an image file (read here, never uploaded)</span>
        <input
          type="file"
          accept="image/*"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void useLowRankStore.getState().openFile(f, f.name);
            e.target.value = '';
          }}
        />
      </label>
      <FieldSlider
        field={linalgView.fields.rk}
        value={view.rk}
        view={view}
        min={1}
        max={full}
        onChange={(rk) => setLowRank({ rk })}
      />
      <p className="fine">
        k runs from 1 to the full rank min(m, n) = {full}. Arrows move k by 1, Shift+arrows by 10.
      </p>
    </fieldset>
  );
}

function Approximation({ image, k }: { image: GrayImage; k: number }) {
  // The SVD lands in the worker message's task; A_k (up to 512 × 512 × k/2 products), the σ chart and the
  // readouts follow in a deferred render of their own, so that the message's task stays short.
  const svd = useDeferredValue(useLowRankStore((s) => s.svd));
  const factors = svd?.image === image ? svd.result : null;
  const approx = useMemo(() => (factors ? rankKImage(factors, k, image.pixels) : null), [factors, k, image]);
  const tail = useMemo(() => (factors ? droppedNorms(factors.sigma) : null), [factors]);
  const measured = useMemo(() => {
    if (!approx) return null;
    let s = 0;
    for (let p = 0; p < approx.length; p++) s += (image.pixels[p] - approx[p]) ** 2;
    return Math.sqrt(s);
  }, [approx, image]);
  const { m, n } = image;
  const r = Math.min(m, n);
  const error = tail ? tail[k] : null;
  const total = tail ? tail[0] : null;
  return (
    <>
      <div className="la-lr-images" data-stage="main">
        <GrayCanvas pixels={image.pixels} m={m} n={n} label={`the image A (${m} × ${n})`} />
        {approx ? (
          <GrayCanvas pixels={approx} m={m} n={n} label={`its rank-${k} approximation A_k`} />
        ) : (
          <div className="la-lr-placeholder" aria-hidden="true" style={{ aspectRatio: `${n} / ${m}` }} />
        )}
      </div>
      <div className="la-norms-readouts">
        <Readout label="rank k error" value={error} title="‖A − A_k‖_F = √(Σ of the dropped σᵢ²)" />
        <Readout label="pixel error" value={measured} title="‖A − A_k‖_F summed over the pixels" />
        <Readout
          label="relative error"
          value={error !== null && total ? error / total : null}
          format={percent}
          title="‖A − A_k‖_F / ‖A‖_F"
        />
        <Readout
          label="energy kept"
          value={error !== null && total ? 1 - (error / total) ** 2 : null}
          format={percent}
          title="Σ_{i≤k} σᵢ² / Σ σᵢ²"
        />
        <Readout
          label="storage ratio"
          value={lowRankStorageRatio(m, n, k)}
          format={percent}
          title="k(m + n + 1) numbers instead of m·n"
        />
      </div>
      {factors && (
        <>
          <SigmaChart sigma={factors.sigma} k={k} />
          <p className="fine">
            Stored: k(m + n + 1) = {k * (m + n + 1)} numbers instead of m·n = {m * n}
            {k * (m + n + 1) >= m * n ? ' (no saving at this k)' : ''}. The SVD (Householder
            bidiagonalization, then QR steps) took {Math.round(svd?.result.ms ?? 0)} ms in the worker.
          </p>
          <div className="la-tex-scroll" tabIndex={0} role="region" aria-label="Eckart–Young">
            <LiveTex
              tex={`A_k = \\sum_{i=1}^{${k}} \\sigma_i u_i v_i^{\\top},\\qquad \\|A - A_k\\|_F = \\sqrt{\\textstyle\\sum_{i>${k}}^{${r}} \\sigma_i^2} = ${error === null ? '' : formatNumber(error, 4)}`}
              display
            />
          </div>
          <p className="fine">
            Eckart–Young: no matrix of rank k is closer to A in the Frobenius norm than A_k, and its error is
            exactly the length of the dropped singular values (the pixel error agrees to rounding).
          </p>
        </>
      )}
    </>
  );
}

function LowRankPanel() {
  const view = useLinalgStore((s) => s.view);
  const { image, file, loading, running, progress, error, cancelled } = useLowRankStore();
  useEffect(() => {
    useLowRankStore.getState().show(view.img);
  }, [view.img, file]);
  const problem = linalgView.problem('rk', view.rk, view);
  const r = image ? Math.min(image.m, image.n) : 1;
  const k = Math.min(r, Math.max(1, Math.round(view.rk)));
  return (
    <section className="panel la-lr" aria-label="low-rank approximation">
      <h3>Low rank: an image from its largest singular values</h3>
      {error && (
        <p className="la-alert" role="alert">
          {error}
        </p>
      )}
      {(loading || running) && (
        <p className="fine" role="status">
          {loading
            ? 'Loading the image…'
            : `Computing the SVD of the ${image ? `${image.m} × ${image.n} ` : ''}image in the worker: ${progress?.phase === 'diagonalize' ? 'QR steps' : 'bidiagonalizing'}, ${Math.round(100 * (progress?.done ?? 0))} % done`}
          {running && (
            <>
              <progress
                aria-label="SVD progress"
                max={1}
                value={progress?.done ?? 0}
                className="la-lr-progress"
              />
              <button type="button" onClick={() => useLowRankStore.getState().cancel()}>
                Cancel
              </button>
            </>
          )}
        </p>
      )}
      {cancelled && !running && (
        <p className="fine" role="status">
          The SVD was cancelled; the approximation needs it.{' '}
          <button type="button" onClick={() => useLowRankStore.getState().decomposeAgain()}>
            Compute the SVD
          </button>
        </p>
      )}
      {problem && <p className="la-alert">Fix rank k (the message is under it) to see the approximation.</p>}
      {image && !problem ? (
        <Approximation image={image} k={k} />
      ) : (
        <div className="la-norms-readouts">
          <Readout label="rank k error" value={null} />
          <Readout label="energy kept" value={null} />
        </div>
      )}
    </section>
  );
}

/** The whole Low rank view: the page's pickers and this view's controls, then the pictures. */
export default function LowRankView() {
  return (
    <div className="two-col">
      <div className="controls">
        <Pickers />
        <LowRankControls />
      </div>
      <div className="results">
        <LowRankPanel />
      </div>
    </div>
  );
}
