import { memo } from 'react';
import { usePcaStore } from '../../../stores/ml/pca/store';
import { Readout } from '../../../ui/Readout';
import { cumulativeRatio } from './analysis';

const finite = (v: number | undefined | null) =>
  v === undefined || v === null || !Number.isFinite(v) ? null : v;

/** The tab's readouts: PCA (ratios, cumulative, reconstruction error) and clustering (inertia, ℓ, iteration). */
export const PcaReadouts = memo(function PcaReadouts({
  reconstructionError,
}: {
  reconstructionError: number | null;
}) {
  const pca = usePcaStore((s) => s.pca);
  const k = usePcaStore((s) => s.view.k);
  const cluster = usePcaStore((s) => s.cluster);
  const last = cluster ? cluster.history[cluster.history.length - 1] : null;
  return (
    <section className="readouts pca-readouts" aria-label="PCA and clustering readouts">
      <Readout label="explained variance ratio 1" value={finite(pca?.ratio[0])} />
      <Readout label="explained variance ratio 2" value={pca && pca.d > 1 ? finite(pca.ratio[1]) : null} />
      <Readout
        label="cumulative explained variance"
        value={pca ? cumulativeRatio(pca, k) : null}
        title="the share of the total variance kept by the first k components"
      />
      <Readout
        label="reconstruction error"
        value={finite(reconstructionError)}
        title="‖x − x̂‖ of the chosen row from k components, in the data's units"
      />
      <Readout label="inertia" value={cluster?.kind === 'kmeans' ? finite(last) : null} />
      <Readout label="log-likelihood" value={cluster?.kind === 'gmm' ? finite(last) : null} />
      <Readout label="iteration" value={cluster ? cluster.iteration : null} />
    </section>
  );
});
