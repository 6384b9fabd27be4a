import { useMemo } from 'react';
import { useLinalgStore } from '../../../stores/linalg/store';
import { linalgPython, linalgPythonNote } from './python';

/** The page's current scene as a NumPy script, for the Code panel (one selector per value). */
export function useLinalgCode(): { code: string; note: string } {
  const dim = useLinalgStore((s) => s.view.dim);
  const mode = useLinalgStore((s) => s.view.mode);
  const a = useLinalgStore((s) => s.view.a);
  const b = useLinalgStore((s) => s.view.b);
  const basis = useLinalgStore((s) => s.view.basis);
  const sd = useLinalgStore((s) => s.view.sd);
  const corr = useLinalgStore((s) => s.view.corr);
  const n = useLinalgStore((s) => s.view.n);
  const seed = useLinalgStore((s) => s.view.seed);
  const k = useLinalgStore((s) => s.view.k);
  return useMemo(() => {
    const scene = { dim, mode, a, b, basis, sd, corr, n, seed, k };
    return { code: linalgPython(scene), note: linalgPythonNote(scene) };
  }, [dim, mode, a, b, basis, sd, corr, n, seed, k]);
}
