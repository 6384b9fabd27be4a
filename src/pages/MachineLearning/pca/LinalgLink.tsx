import { memo } from 'react';
import { CLOUD_MAX, CLOUD_MIN, linalgView, SD_MAX } from '../../../stores/linalg/view';
import { usePcaStore } from '../../../stores/ml/pca/store';
import { formatNumber } from '../../../ui/Readout';

/** The two columns of largest variance (first on ties), in column order. */
export function topTwo(cov: Float64Array, d: number): [number, number] {
  const order = Array.from({ length: d }, (_, j) => j).sort(
    (a, b) => cov[b * d + b] - cov[a * d + a] || a - b,
  );
  return order[0] < order[1] ? [order[0], order[1]] : [order[1], order[0]];
}

/**
 * The top-2 covariance block (the two columns of largest variance, as centred or standardized here) as the
 * linear-algebra page's PCA cloud: its standard deviations and correlation. Standard deviations beyond that
 * view's range are scaled together (the correlation, and so the cloud's shape, is unchanged).
 */
export function linalgTarget(
  cov: Float64Array,
  d: number,
  n: number,
): { href: string; scaled: number; columns: [number, number] } | { error: string } {
  if (d < 2) return { error: 'needs at least two columns' };
  const [a, b] = topTwo(cov, d);
  const s1 = Math.sqrt(cov[a * d + a]);
  const s2 = Math.sqrt(cov[b * d + b]);
  if (!(s1 > 0 && s2 > 0)) return { error: 'one of the first two columns never varies' };
  const top = Math.max(s1, s2);
  const scaled = top > SD_MAX ? SD_MAX / top : top < 0.05 ? 0.05 / Math.min(s1, s2) : 1;
  const clamp = (v: number) => Math.min(SD_MAX, Math.max(1e-6, Number((v * scaled).toPrecision(6))));
  const r = Math.max(-0.999, Math.min(0.999, Number((cov[a * d + b] / (s1 * s2)).toPrecision(6))));
  const view = {
    ...linalgView.defaults,
    dim: 2 as const,
    mode: 'pca' as const,
    sd: [clamp(s1), clamp(s2)],
    corr: [r],
    n: Math.max(CLOUD_MIN, Math.min(CLOUD_MAX, n)),
    k: 1,
  };
  return { href: linalgView.address(view), scaled, columns: [a, b] };
}

export const LinalgLink = memo(function LinalgLink() {
  const pca = usePcaStore((s) => s.pca);
  const table = usePcaStore((s) => s.table);
  if (!pca || !table) return null;
  const t = linalgTarget(pca.covariance, pca.d, pca.n);
  if ('error' in t) return <p className="pca-note">Open in Linear algebra: {t.error}.</p>;
  return (
    <p className="pca-note">
      <a href={t.href}>Open in Linear algebra</a>: the covariance of the first two columns ({table.columns[0]}
      , {table.columns[1]}) as the linear-algebra page’s PCA cloud
      {t.scaled !== 1
        ? `, both standard deviations scaled by ${formatNumber(t.scaled, 3)} to fit its range`
        : ''}
      .
    </p>
  );
});
