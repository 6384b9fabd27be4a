import { useMemo } from 'react';
import { useRegStore } from '../../../../stores/ml/regression/store';
import { regPython, regScriptOf } from './python';

/** The Code panel's script for the Regression tab as it is now (rebuilt when the view changes). */
export function useRegCode(): { code: string; note: string } {
  const view = useRegStore((s) => s.view);
  return useMemo(() => {
    const s = regScriptOf(view);
    if ('error' in s)
      return { code: `# No script for these settings: ${s.error.replace(/\n/g, ' ')}`, note: s.error };
    return {
      code: regPython(s),
      note: `Python 3 with NumPy and scikit-learn ≥ 1.2 (pip install scikit-learn). The tab's ${s.points.length} points${s.classes.length ? ` and ${s.classes.length} two-class points` : ''} are written out; LinearRegression, Ridge (alpha = ridge λ), Lasso (alpha = lasso λ) and LogisticRegression (C = 1/(n·L2 strength)) use the page's conventions, and each printed value stands beside the page's, equal to about 1e-8 or better.`,
    };
  }, [view]);
}
