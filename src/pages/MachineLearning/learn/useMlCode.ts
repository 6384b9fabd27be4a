import { useMemo } from 'react';
import { useNnStore } from '../../../stores/ml/nn/store';
import { nnView } from '../../../stores/ml/nn/view';
import { mlPython, mlScene } from './python';

/** Epochs the script trains when the page has not trained yet. */
export const DEFAULT_SCRIPT_EPOCHS = 200;

/**
 * The Code panel's script for the Neural network tab as it is now. The epochs are those of the page once it is
 * paused (so the script ends where the page stopped), else 200; the script is rebuilt only when the view or
 * that epoch changes, never per training frame.
 */
export function useMlCode(): { code: string; note: string } {
  const view = useNnStore((s) => s.view);
  const data = useNnStore((s) => s.data);
  const pausedAt = useNnStore((s) => (s.running ? null : (s.snapshot?.epoch ?? 0)));
  const epochs = pausedAt && pausedAt > 0 ? pausedAt : DEFAULT_SCRIPT_EPOCHS;
  return useMemo(() => {
    if ('error' in data)
      return { code: `# No data set: ${data.error.replace(/\n/g, ' ')}`, note: data.error };
    const problems = Object.values(nnView.problems(view));
    if (problems.length > 0)
      return {
        code: `# The page cannot train these settings yet: ${problems.join('; ').replace(/\n/g, ' ')}`,
        note: 'Fix the highlighted fields first.',
      };
    const scene = mlScene(view, data, Math.min(epochs, Math.max(1, view.budget)));
    const m = scene.points.length;
    const full = scene.batch >= m;
    const notes = [
      `Python 3 with NumPy; PyTorch runs too when installed (pip install torch). The ${m} training points and the`,
      `initial weights are written out, so both runs start from the page's network, in float64, for ${scene.epochs}`,
      "epochs (the page's epoch when paused).",
      full
        ? "With the full batch the order of the points does not matter, so both curves match the page's to about 1e-12."
        : "The page reshuffles the points every epoch with its own generator, so the curves follow the page's closely but not exactly; set shuffle = False to take the batches in order, or use the full batch for an exact match.",
    ];
    return { code: mlPython(scene), note: notes.join(' ') };
  }, [view, data, epochs]);
}
