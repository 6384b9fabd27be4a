import { memo } from 'react';
import { usePcaStore } from '../../../stores/ml/pca/store';
import { formatNumber } from '../../../ui/Readout';
import { SmallLineChart } from './SmallLineChart';

/** Inertia or log-likelihood after each step, and the loud flag if ℓ ever dropped. */
export const ClusterHistory = memo(function ClusterHistory({ width }: { width: number }) {
  const cluster = usePcaStore((s) => s.cluster);
  if (!cluster) return null;
  const km = cluster.kind === 'kmeans';
  const values = cluster.history;
  const xs = values.map((_, i) => i);
  const w = Math.min(width, 460);
  return (
    <div>
      <SmallLineChart
        values={values}
        xs={xs}
        width={w}
        title={km ? 'Inertia after each k-means step' : 'Log-likelihood after each EM step'}
        xLabel="iteration"
        yLabel={km ? 'inertia' : 'log-likelihood'}
        mark={values.length - 1}
        description={
          km
            ? `Inertia from ${formatNumber(values[0], 6)} at the start to ${formatNumber(values[values.length - 1], 6)} after ${cluster.iteration} steps: it never increases.`
            : `Log-likelihood from ${formatNumber(values[0], 6)} at the start to ${formatNumber(values[values.length - 1], 6)} after ${cluster.iteration} steps.`
        }
      />
      {cluster.kind === 'gmm' &&
        (cluster.drops.length === 0 ? (
          <p className="pca-note pca-agree">
            EM never lowers the log-likelihood: each E step makes the bound tight, each M step raises it. So
            far it has not dropped at any of the {cluster.iteration} steps
            {cluster.collapsed.length > 0 ? ' (steps with a floored covariance included)' : ''}.
          </p>
        ) : (
          <p className="pca-alarm" role="alert">
            ALARM: the log-likelihood dropped at step {cluster.drops[0].iteration} by{' '}
            {formatNumber(cluster.drops[0].by, 4)} (more than 10⁻⁹ relative)
            {cluster.drops.length > 1 ? ` and at ${cluster.drops.length - 1} more steps` : ''}.{' '}
            {cluster.collapsed.length > 0
              ? 'A covariance was floored after a collapse, which changes the model between steps.'
              : 'This is rounding, not EM: please report it.'}
          </p>
        ))}
      {cluster.kind === 'gmm' && cluster.collapsed.length > 0 && (
        <p className="pca-warning pca-note" role="status">
          Component{cluster.collapsed.length > 1 ? 's' : ''} {cluster.collapsed.map((c) => c + 1).join(', ')}{' '}
          collapsed onto a point or a line (a covariance with determinant 0, where the likelihood is
          unbounded): a tiny covariance floor (10⁻⁹ × the data’s variance) was added so that the step is
          defined, not NaN.
        </p>
      )}
      {cluster.converged && (
        <p className="pca-note" role="status">
          Converged after {cluster.iteration} steps (
          {km ? 'no point changed cluster' : 'ℓ changed by less than 10⁻⁸ relative'}).
        </p>
      )}
    </div>
  );
});

/** The elbow plot (inertia after convergence vs k) and BIC of EM vs K, computed in the worker. */
export const ElbowAndBic = memo(function ElbowAndBic({ width }: { width: number }) {
  const curves = usePcaStore((s) => s.curves);
  const running = usePcaStore((s) => s.curvesRunning);
  const stepping = usePcaStore((s) => s.stepping);
  const k = usePcaStore((s) => s.view.clusters);
  const K = usePcaStore((s) => s.view.mixture);
  const w = Math.max(260, Math.min(width, 420));
  if (!curves)
    return running ? (
      <p className="pca-note">Computing the elbow and BIC curves in the worker…</p>
    ) : stepping ? (
      <p className="pca-note">
        The elbow and BIC curves are computed when the steps end (the worker is busy with them).
      </p>
    ) : null;
  const inertia = Array.from(curves.inertia);
  const bic = Array.from(curves.bic);
  const bestK = bic.reduce((b, v, i) => (Number.isFinite(v) && (b < 0 || v < bic[b]) ? i : b), -1);
  return (
    <div className="pca-charts">
      <SmallLineChart
        values={inertia}
        xs={inertia.map((_, i) => i + 1)}
        width={w}
        title="Elbow plot: inertia after k-means converges, by k"
        xLabel="clusters k"
        yLabel="inertia"
        mark={k - 1}
        description={`Inertia after convergence for k = 1 to ${inertia.length} (same seed and initialisation): it falls fast, then slowly; the bend is the "elbow".`}
      />
      <SmallLineChart
        values={bic}
        xs={bic.map((_, i) => i + 1)}
        width={w}
        title="BIC of the Gaussian mixture by K"
        xLabel="mixture components K"
        yLabel="BIC"
        mark={K - 1}
        description={`BIC = −2ℓ + (number of parameters)·ln n after EM for K = 1 to ${bic.length}; lower is better${bestK >= 0 ? `: the lowest is at K = ${bestK + 1}` : ''}${running ? ' (still computing)' : ''}.`}
      />
    </div>
  );
});
