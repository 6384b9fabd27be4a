import { useMemo } from 'react';
import { parseToAst } from '../../../core';
import { raceProblems, useCalculusStore } from '../../../stores/calculus/store';
import { DEFAULT_VIEW } from '../../../stores/calculus/view';
import { calculusPython } from './python';

/** The Code panel's script for the page as it is now, and a note on how to run and read it. */
export function useCalculusCode(): { code: string; note: string } {
  const fn = useCalculusStore((s) => s.view.fn);
  const shownFn = useCalculusStore((s) => s.shownFn);
  const start = useCalculusStore((s) => s.view.start);
  const steps = useCalculusStore((s) => s.view.steps);
  const optimizers = useCalculusStore((s) => s.view.optimizers);
  return useMemo(() => {
    const typo = !parseToAst(fn).ok;
    const scene = { fn: typo ? shownFn : fn, start, steps, optimizers };
    // raceProblems reads only the scene's fields; the rest of the view does not stop a race.
    const problems = raceProblems({ ...DEFAULT_VIEW, ...scene });
    const notes = [
      'Python 3 with PyTorch (pip install torch). Same f, start, number of steps and hyperparameters as',
      'the page, in float64, so the printed final points and losses match the results table to many digits',
      'for runs that do not diverge.',
    ];
    if (typo) notes.push('f(x, y) does not parse yet, so the script uses the last valid function.');
    if (problems.length > 0) notes.push(`The page cannot run this race yet: ${problems.join('; ')}.`);
    return { code: calculusPython(scene), note: notes.join(' ') };
  }, [fn, shownFn, start, steps, optimizers]);
}
