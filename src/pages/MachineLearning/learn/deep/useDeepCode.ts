import { useMemo } from 'react';
import { useDeepStore } from '../../../../stores/ml/deep/store';
import { deepView } from '../../../../stores/ml/deep/view';
import { deepPython } from './python';

/** The Code panel's script for the Deep learning tab as it is now (rebuilt when the view changes). */
export function useDeepCode(): { code: string; note: string } {
  const view = useDeepStore((s) => s.view);
  const digits = useDeepStore((s) => s.digits);
  return useMemo(() => {
    if (view.img === 'digit' && !digits)
      return {
        code: '# Loading the handwritten digits: the script appears once the image is on the page.',
        note: 'The digits set is still loading.',
      };
    const problems = Object.values(deepView.problems(view)).filter((p): p is string => !!p);
    if (problems.length > 0)
      return {
        code: `# The page cannot use these settings yet: ${problems.join('; ').replace(/\n/g, ' ')}`,
        note: 'Fix the highlighted fields first.',
      };
    return {
      code: deepPython(view, digits),
      note: "Python 3 with NumPy; PyTorch runs too when installed (pip install torch). The page's image, kernel, embeddings, W_Q, W_K, W_V and W are written out in full precision, and the script ends by printing each readout beside the page's: they agree to about 1e-16.",
    };
  }, [view, digits]);
}
