import { describe, expect, it } from 'vitest';
import { LEARNING_PATHS } from '../../../src/app/learningPaths';
import { CALCULUS_EXERCISES } from '../../../src/pages/Calculus/learn/exercises';
import { LINALG_EXERCISES } from '../../../src/pages/LinearAlgebra/learn/exercises';
import { ML_EXERCISES } from '../../../src/pages/MachineLearning/learn/exercises';
import { PROBABILITY_EXERCISES } from '../../../src/pages/Probability/learn/exercises';
import { parseHash } from '../../../src/app/router';
import { calculusView } from '../../../src/stores/calculus/view';
import { linalgView } from '../../../src/stores/linalg/view';
import { nnView } from '../../../src/stores/ml/nn/view';
import { deepView } from '../../../src/stores/ml/deep/view';
import { regView } from '../../../src/stores/ml/regression/view';
import { ML_LEARN } from '../../../src/pages/MachineLearning/learn/tabLearn';
import { bayesView } from '../../../src/stores/probability/bayes/view';
import { cltView } from '../../../src/stores/probability/clt/view';
import { distributionsView } from '../../../src/stores/probability/distributions/view';
import { informationView } from '../../../src/stores/probability/information/view';
import { viView } from '../../../src/stores/probability/vi/view';
import { llnView } from '../../../src/stores/probability/lln/view';
import { mcmcView } from '../../../src/stores/probability/mcmc/view';

/** The page's own decoder for a step's address: a step must be a scene the page reads without a notice. */
function ignoredOf(route: string): string[] {
  const { path, query } = parseHash(`#${route}`);
  if (path === '/linear-algebra') return linalgView.decode(query).ignored;
  if (path === '/calculus') return calculusView.decode(query).ignored;
  if (path === '/machine-learning') {
    const mlDecoders = { nn: nnView.decode, regression: regView.decode, deep: deepView.decode } as const;
    const mlTab = query.get('tab') ?? 'nn';
    const decodeMl = mlDecoders[mlTab as keyof typeof mlDecoders];
    return decodeMl ? decodeMl(query).ignored : [`unknown tab ${mlTab}`];
  }
  if (path !== '/probability') return [`unknown page ${path}`];
  const decoders = {
    lln: llnView.decode,
    clt: cltView.decode,
    bayes: bayesView.decode,
    mcmc: mcmcView.decode,
    information: informationView.decode,
    vi: viView.decode,
  } as const;
  const tab = query.get('tab');
  if (tab === null) return distributionsView.decode(query).ignored;
  const decode = decoders[tab as keyof typeof decoders];
  return decode ? decode(query).ignored : [`unknown tab ${tab}`];
}

describe('learning paths', () => {
  it('has a beginner, an intermediate and an advanced path, each visiting all three mathematics pages', () => {
    expect(LEARNING_PATHS.map((p) => p.id)).toEqual(['beginner', 'intermediate', 'advanced']);
    for (const path of LEARNING_PATHS) {
      const pages = new Set(path.steps.map((s) => parseHash(`#${s.route}`).path));
      const maths = [...pages].filter((p) => p !== '/machine-learning');
      expect(maths.sort()).toEqual(['/calculus', '/linear-algebra', '/probability']);
    }
    const advanced = LEARNING_PATHS.find((p) => p.id === 'advanced')!;
    expect(advanced.steps.at(-1)?.route).toMatch(/^\/machine-learning\?/);
  });

  it('every exercise a step names exists on its page, and each page has at least four', () => {
    const ids = new Set([
      ...LINALG_EXERCISES.map((e) => `linear-algebra/${e.id}`),
      ...CALCULUS_EXERCISES.map((e) => `calculus/${e.id}`),
      ...PROBABILITY_EXERCISES.map((e) => `probability/${e.id}`),
      ...ML_EXERCISES.map((e) => `machine-learning/${e.id}`),
      ...Object.values(ML_LEARN).flatMap((l) => l!.exercises.map((e) => `machine-learning/${e.id}`)),
    ]);
    for (const list of [LINALG_EXERCISES, CALCULUS_EXERCISES, PROBABILITY_EXERCISES, ML_EXERCISES])
      expect(list.length).toBeGreaterThanOrEqual(4);
    const named = LEARNING_PATHS.flatMap((p) => p.steps.flatMap((s) => (s.exercise ? [s.exercise] : [])));
    expect(named.length).toBeGreaterThanOrEqual(6);
    for (const id of named) expect(ids.has(id), id).toBe(true);
  });

  it('the check itself catches a scene a page would correct', () => {
    expect(ignoredOf('/linear-algebra?v=1&a=1,2')).not.toEqual([]);
    expect(ignoredOf('/calculus?v=1&f=sin(x')).not.toEqual([]);
    expect(ignoredOf('/probability?v=1&tab=bayes&bayes.a=-1')).not.toEqual([]);
    expect(ignoredOf('/machine-learning?v=1&tab=nn&nn.lr=0')).not.toEqual([]);
  });

  it.each(LEARNING_PATHS.flatMap((p) => p.steps.map((s) => [`${p.id}: ${s.title}`, s.route] as const)))(
    'step %s opens a scene its page reads without falling back (%s)',
    (_, route) => {
      expect(ignoredOf(route)).toEqual([]);
    },
  );
});
