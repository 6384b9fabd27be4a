import { memo, useEffect, useId, useRef } from 'react';
import { usePcaSettings, usePcaStore, type PcaAnalyzeResult } from '../../../stores/ml/pca/store';
import { PCA_STEPS } from '../../../stores/ml/pca/view';
import { formatNumber } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { eigenResidual } from './analysis';
import { readSurface } from './pcaColors';
import { matrixTex, num, vectorTex } from './tex';

const STEP_NAMES = [
  'centre the data',
  'the covariance matrix',
  'its eigen-decomposition',
  'sort by eigenvalue',
  'project onto k components',
];

/** PCA from scratch, one step at a time, each with its numbers; beside it, the SVD route and their agreement. */
export const PcaStepper = memo(function PcaStepper() {
  const pca = usePcaStore((s) => s.pca);
  const table = usePcaStore((s) => s.table);
  const view = usePcaSettings();
  const set = usePcaStore((s) => s.set);
  const step = Math.min(view.step, PCA_STEPS.length - 1);
  return (
    <section className="panel pca-stepper" aria-label="PCA step by step">
      <h3>PCA step by step</h3>
      <ol className="pca-steps">
        {STEP_NAMES.map((name, i) => (
          <li key={name} aria-current={i === step ? 'step' : undefined}>
            {i + 1}. {name}
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" disabled={step === 0} onClick={() => set('step', step - 1)}>
          Previous PCA step
        </button>
        <button type="button" disabled={step === PCA_STEPS.length - 1} onClick={() => set('step', step + 1)}>
          Next PCA step
        </button>
      </div>
      <div aria-live="polite">
        {pca && table ? (
          <StepBody step={step} pca={pca} columns={table.columns} standardize={view.standardize} k={view.k} />
        ) : (
          <p className="pca-note">Waiting for the data and its PCA…</p>
        )}
      </div>
      {pca && <SvdAgreement pca={pca} />}
    </section>
  );
});

function StepBody({
  step,
  pca,
  columns,
  standardize,
  k,
}: {
  step: number;
  pca: PcaAnalyzeResult;
  columns: string[];
  standardize: boolean;
  k: number;
}) {
  const { n, d } = pca;
  if (step === 0)
    return (
      <>
        <p className="pca-note">
          Subtract each column’s mean
          {standardize ? ' and divide by its sample standard deviation (n − 1)' : ''} from the {n} rows: Z is
          the centred{standardize ? ', standardized' : ''} data.
        </p>
        <div className="pca-tex-scroll">
          <Tex display tex={`\\bar{x} = ${vectorTex(pca.mean)}`} />
          {standardize && <Tex display tex={`s = ${vectorTex(pca.scale)}`} />}
          <Tex
            display
            tex={`z_{ij} = \\frac{x_{ij} - \\bar{x}_j}{${standardize ? 's_j' : '1'}}, \\quad Z \\in \\mathbb{R}^{${n} \\times ${d}}`}
          />
        </div>
      </>
    );
  if (step === 1)
    return (
      <>
        <p className="pca-note">
          The sample covariance S = ZᵀZ / (n − 1) = ZᵀZ / {n - 1}: entry (i, j) is how columns i and j vary
          together{standardize ? ' (here the correlation, since Z is standardized)' : ''}.
        </p>
        <div className="pca-tex-scroll">
          <Tex
            display
            tex={`S = \\frac{Z^\\top Z}{${n - 1}} = ${matrixTex(d, d, (i, j) => pca.covariance[i * d + j])}`}
          />
        </div>
        {d > 6 && <CovarianceHeat pca={pca} columns={columns} />}
      </>
    );
  if (step === 2) {
    const shown = Math.min(d, 3);
    return (
      <>
        <p className="pca-note">
          S is symmetric, so it has d = {d} real eigenvalues λ ≥ 0 and orthonormal eigenvectors w (found by
          Jacobi rotations): S w = λ w. Largest ‖S w − λ w‖ over all {d}:{' '}
          {formatNumber(eigenResidual(pca), 3)}.
        </p>
        <div className="pca-tex-scroll">
          {Array.from({ length: shown }, (_, c) => (
            <Tex
              key={c}
              display
              tex={`\\lambda = ${num(pca.values[c], 6)}, \\quad w^\\top = ${vectorTex(pca.components.subarray(c * d, (c + 1) * d), 6)}`}
            />
          ))}
          {d > shown && <p className="pca-note">… and {d - shown} more pairs.</p>}
        </div>
      </>
    );
  }
  if (step === 3) {
    const shown = Math.min(d, 8);
    const total = pca.values.reduce((a, b) => a + b, 0);
    return (
      <>
        <p className="pca-note">
          Sort the pairs by λ, largest first: component 1 is the direction of most variance. Each λ over their
          sum ({formatNumber(total, 6)}, the total variance) is its explained variance ratio. Each w is fixed
          up to sign: we make its largest entry positive, as the libraries do.
        </p>
        <div className="pca-tex-scroll">
          <Tex
            display
            tex={`\\lambda_1 \\ge \\dots \\ge \\lambda_{${d}}: \\; ${vectorTex(pca.values, shown)}`}
          />
          <Tex display tex={`\\frac{\\lambda_k}{\\sum_j \\lambda_j}: \\; ${vectorTex(pca.ratio, shown)}`} />
        </div>
      </>
    );
  }
  const kk = Math.max(0, Math.min(k, d));
  const cols = Math.min(pca.scoreColumns, Math.max(kk, 1));
  return (
    <>
      <p className="pca-note">
        Project: the scores T = Z W<sub>k</sub>, where the columns of W<sub>k</sub> are the first k = {kk}{' '}
        components. Keeping k components keeps{' '}
        {formatNumber(pca.ratio.slice(0, kk).reduce((a, b) => a + b, 0) * 100, 4)}% of the variance. The first
        rows of T:
      </p>
      <div className="pca-tex-scroll">
        <Tex
          display
          tex={`T = Z W_{${kk}} = ${kk === 0 ? '\\text{(no columns at } k = 0)' : matrixTex(n, Math.min(kk, cols), (i, j) => pca.scores[i * pca.scoreColumns + j], 4)}${kk > cols ? '\\; \\cdots' : ''}`}
        />
      </div>
    </>
  );
}

/** The covariance as a heat map (for many columns), blue positive, orange negative. */
function CovarianceHeat({ pca, columns }: { pca: PcaAnalyzeResult; columns: string[] }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const captionId = `pca-heat-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { d } = pca;
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const s = readSurface();
    let max = 1e-12;
    for (const v of pca.covariance) max = Math.max(max, Math.abs(v));
    const img = ctx.createImageData(d, d);
    for (let i = 0; i < d * d; i++) {
      const t = pca.covariance[i] / max;
      const to = t >= 0 ? s.positive : s.negative;
      const a = Math.min(1, Math.abs(t));
      for (let c = 0; c < 3; c++) img.data[4 * i + c] = s.panel[c] + (to[c] - s.panel[c]) * a;
      img.data[4 * i + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }, [pca, d]);
  let best = [0, 1];
  for (let i = 0; i < d; i++)
    for (let j = i + 1; j < d; j++)
      if (Math.abs(pca.covariance[i * d + j]) > Math.abs(pca.covariance[best[0] * d + best[1]]))
        best = [i, j];
  return (
    <figure className="pca-heat">
      <canvas
        ref={ref}
        width={d}
        height={d}
        role="img"
        aria-describedby={captionId}
        aria-label={`The ${d} × ${d} covariance matrix as a heat map: blue positive, orange negative, stronger colour for larger size. The largest off-diagonal entry is between ${columns[best[0]]} and ${columns[best[1]]} (${formatNumber(pca.covariance[best[0] * d + best[1]], 4)}).`}
      />
      <figcaption className="pca-note" id={captionId}>
        S as a heat map ({d} × {d}): blue positive, orange negative, stronger for larger |S<sub>ij</sub>|;
        blank rows are pixels that never vary.
      </figcaption>
    </figure>
  );
}

/** The same decomposition through the SVD of Z, and how far the two agree. */
function SvdAgreement({ pca }: { pca: PcaAnalyzeResult }) {
  const top = pca.values[0] || 1;
  const agree = pca.valueDifference <= 1e-8 * top && pca.vectorDifference <= 1e-6;
  return (
    <div className={agree ? 'pca-note pca-agree' : 'pca-note pca-warning'} role="status">
      <div className="pca-tex-scroll">
        <Tex
          tex={`Z = U \\Sigma V^\\top \\Rightarrow S = V \\frac{\\Sigma^2}{n-1} V^\\top,\\; \\lambda_k = \\frac{\\sigma_k^2}{${pca.n - 1}}`}
        />
      </div>
      <p>
        Through the SVD of the centred data: the eigenvalues differ by at most{' '}
        <strong>{formatNumber(pca.valueDifference, 3)}</strong> and the components (up to sign) by at most{' '}
        <strong>{formatNumber(pca.vectorDifference, 3)}</strong>
        {pca.repeated > 0
          ? ` (${pca.repeated} components with a repeated eigenvalue, e.g. pixels that are always blank, are any basis of their space and are left out of the comparison)`
          : ''}
        . {agree ? 'The two routes agree to rounding.' : 'The two routes differ by more than rounding.'} PCA
        took {formatNumber(pca.pcaMs, 3)} ms in the worker, the SVD {formatNumber(pca.svdMs, 3)} ms.
      </p>
    </div>
  );
}
