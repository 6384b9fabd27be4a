import { useMemo } from 'react';
import { usePcaStore } from '../../../../stores/ml/pca/store';
import { pcaPython } from './python';

/** The Code panel's script for the PCA and clustering tab as it is now. */
export function usePcaCode(): { code: string; note: string } {
  const view = usePcaStore((s) => s.view);
  const cluster = usePcaStore((s) => (s.stepping ? null : s.cluster));
  return useMemo(
    () => ({
      code: pcaPython(view, cluster),
      note: 'Python 3 with NumPy and scikit-learn (pip install numpy scikit-learn). The PCA numbers print what the readouts show (to about 1e-12); the clustering part starts from the page’s current centroids or mixture, written out in full precision, and prints what the page shows after one more step.',
    }),
    [view, cluster],
  );
}
