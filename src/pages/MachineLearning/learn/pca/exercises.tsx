/**
 * The PCA and clustering tab's exercises: predictions checked against scikit-learn's numbers for the shipped
 * data (tests/fixtures/pca-real.json holds them; the tab's e2e reads the same values), and live tasks checked
 * on the tab's store. Ids start with `pca-` (unique on the page).
 */
import { writeQuery } from '../../../../app/router';
import { usePcaStore } from '../../../../stores/ml/pca/store';
import { pcaView, type PcaView } from '../../../../stores/ml/pca/view';
import type { Exercise, Verdict } from '../../../../ui/learn/types';
import { Tex } from '../../../../ui/Tex';

const no = (why: string): Verdict => ({ ok: false, why: `${why}.` });
const fmt = (v: number, digits = 4) => (Number.isFinite(v) ? String(Number(v.toPrecision(digits))) : '—');

/** Shows a view on the tab (and in the address) from the defaults plus `patch`. */
export function showPcaScene(patch: Partial<PcaView>): void {
  const view = { ...pcaView.defaults, ...patch };
  usePcaStore.getState().loadView(view, []);
  writeQuery('/machine-learning', pcaView.encode(view), 'push');
}

/** scikit-learn's explained variance ratios of Iris (PC 1), raw and standardized (ddof = 1). */
export const IRIS_RATIO_1 = 0.9246187232017271;
export const IRIS_STD_RATIO_1 = 0.729624454132999;
/** The smallest k whose cumulative explained variance on the digits (not standardized) reaches 90 %. */
export const DIGITS_K90 = 21;

const irisRatio: Exercise = {
  id: 'pca-iris-ratio',
  title: 'How much of Iris is one direction?',
  prompt: (
    <p>
      Iris has four measurements in centimetres; petal length varies far more than the others. Predict the
      explained variance ratio of the first principal component (not standardized), to two decimals.
    </p>
  ),
  answer: {
    kind: 'number',
    label: 'explained variance ratio 1',
    key: { expected: () => [IRIS_RATIO_1], abs: 0.01, traps: () => [[0.25], [1]] },
    check: (v) =>
      Math.abs(v - IRIS_RATIO_1) <= 0.01
        ? { ok: true, why: `PC 1 carries ${fmt(IRIS_RATIO_1)} of the variance.` }
        : no(
            `it is ${fmt(IRIS_RATIO_1)}: one direction (mostly petal length) carries almost all the variance`,
          ),
  },
  hint: 'The total variance is the sum of the four column variances; petal length alone has about 3.1 of the total 4.6 cm².',
  solution: (
    <p>
      λ₁ / Σλ = 4.228 / 4.573 ≈ 0.9246. PC 1 points mostly along petal length (loading 0.86), the column with
      the largest spread.
    </p>
  ),
  applySolution: () => showPcaScene({ data: 'iris', standardize: false, step: 3 }),
  reveal: () => showPcaScene({ data: 'iris', standardize: false, step: 3 }),
};

const standardizeIris: Exercise = {
  id: 'pca-standardize',
  title: 'Standardizing changes the answer',
  prompt: <p>Tick standardize on Iris. What happens to the first component’s explained variance ratio?</p>,
  answer: {
    kind: 'choice',
    options: ['it rises', 'it falls', 'it stays the same'],
    check: (i) =>
      i === 1
        ? { ok: true, why: `It falls from ${fmt(IRIS_RATIO_1)} to ${fmt(IRIS_STD_RATIO_1)}.` }
        : no(
            `it falls, from ${fmt(IRIS_RATIO_1)} to ${fmt(IRIS_STD_RATIO_1)}: every column now has variance 1`,
          ),
  },
  hint: 'After standardizing, the covariance is the correlation matrix: its trace is 4, and no column dominates by its units.',
  solution: (
    <p>
      Standardized, PCA diagonalizes the correlation matrix. Petal length no longer dominates by its units, so
      PC 1 keeps {fmt(IRIS_STD_RATIO_1)} and PC 2 rises to 0.2285. PCA depends on the units: standardize when
      the columns are in different units.
    </p>
  ),
  applySolution: () => showPcaScene({ data: 'iris', standardize: true }),
  reveal: () => showPcaScene({ data: 'iris', standardize: true }),
};

function checkDigits90(): Verdict {
  const { view, pca } = usePcaStore.getState();
  if (view.data !== 'digits') return no('choose the digits data set first');
  if (view.standardize) return no('untick standardize: the question is about the raw pixels');
  if (!pca) return no('wait for the PCA to finish');
  let cum = 0;
  for (let c = 0; c < Math.min(view.k, pca.d); c++) cum += pca.ratio[c];
  const prev = cum - (view.k > 0 ? pca.ratio[view.k - 1] : 0);
  if (cum < 0.9) return no(`k = ${view.k} keeps ${fmt(cum)}: raise components k`);
  if (prev >= 0.9)
    return no(`k = ${view.k} keeps ${fmt(cum)}, but k − 1 already keeps ${fmt(prev)}: lower it`);
  return { ok: true, why: `k = ${view.k} keeps ${fmt(cum)} of the variance, and k − 1 only ${fmt(prev)}.` };
}

const digits90: Exercise = {
  id: 'pca-digits-90',
  title: 'Compress the digits to 90 %',
  prompt: (
    <p>
      On the digits (64 pixels, not standardized), set components k to the smallest number that keeps at least
      90 % of the variance (the cumulative explained variance readout).
    </p>
  ),
  answer: { kind: 'live', check: checkDigits90 },
  hint: 'Watch the cumulative line of the scree plot, or the cumulative explained variance readout, while you move the slider.',
  solution: (
    <p>
      k = {DIGITS_K90}: 21 of 64 numbers per image keep 90.3 % of the variance (20 keep 89.4 %). Look at the
      reconstruction of a digit at k = 21: it is still easy to read.
    </p>
  ),
  applySolution: () => showPcaScene({ data: 'digits', standardize: false, k: DIGITS_K90 }),
};

function checkKmeans(): Verdict {
  const { view, cluster } = usePcaStore.getState();
  if (view.data !== 'iris' || view.on !== 'scores') return no('cluster the first two PCA scores of Iris');
  if (view.clusters !== 3) return no('set clusters k to 3');
  if (cluster?.kind !== 'kmeans') return no('run k-means (Run k-means)');
  if (!cluster.converged)
    return no(`after ${cluster.iteration} steps some points still move: keep stepping or Run`);
  return {
    ok: true,
    why: `Converged after ${cluster.iteration} steps with inertia ${fmt(cluster.history[cluster.history.length - 1], 6)}.`,
  };
}

const kmeansConverge: Exercise = {
  id: 'pca-kmeans-converge',
  title: 'Lloyd’s algorithm stops',
  prompt: (
    <p>
      On the Iris scores, step k-means with k = 3 until no point changes cluster. Watch the inertia after each
      step: can it ever rise?
    </p>
  ),
  answer: { kind: 'live', check: checkKmeans },
  hint: 'Each step first assigns each point to its nearest centroid, then moves each centroid to the mean of its points: both halves can only lower the inertia.',
  solution: (
    <p>
      <Tex tex="J(c, \mu) = \sum_i \lVert x_i - \mu_{c_i} \rVert^2" /> never rises: the assignment minimises J
      over c for fixed μ, the update over μ for fixed c. With finitely many assignments it must stop.
    </p>
  ),
  applySolution: () => {
    showPcaScene({ data: 'iris', on: 'scores', clusters: 3, method: 'kmeans' });
    usePcaStore.getState().runKmeans();
  },
};

const emMonotone: Exercise = {
  id: 'pca-em-monotone',
  title: 'Can EM go downhill?',
  prompt: <p>Can one EM step (E then M) lower the log-likelihood of a Gaussian mixture?</p>,
  answer: {
    kind: 'choice',
    options: ['yes, sometimes', 'never (beyond rounding)', 'only with a random start'],
    check: (i) =>
      i === 1
        ? { ok: true, why: 'Never: the E step makes a lower bound tight, the M step maximises it.' }
        : no(
            'never: ℓ(θ_new) ≥ Q(θ_new) ≥ Q(θ_old) = ℓ(θ_old); the tab raises an alarm if rounding ever breaks this',
          ),
  },
  hint: 'Write ℓ(θ) = Σᵢ log Σₖ rᵢₖ · πₖN(xᵢ|θₖ)/rᵢₖ and use Jensen’s inequality with the responsibilities r of θ_old.',
  solution: (
    <p>
      With r from θ_old,{' '}
      <Tex tex="\ell(\theta) \ge \sum_{i,k} r_{ik} \log \frac{\pi_k \mathcal{N}(x_i\mid\mu_k,\Sigma_k)}{r_{ik}} = Q(\theta)" />
      , with equality at θ_old. The M step maximises Q, so ℓ(θ_new) ≥ Q(θ_new) ≥ Q(θ_old) = ℓ(θ_old).
    </p>
  ),
  applySolution: () => {
    showPcaScene({ data: 'iris', method: 'gmm', mixture: 3 });
    usePcaStore.getState().runEm();
  },
  reveal: () => {
    showPcaScene({ data: 'iris', method: 'gmm', mixture: 3 });
    usePcaStore.getState().runEm();
  },
};

function checkBic(): Verdict {
  const { view, curves } = usePcaStore.getState();
  if (!curves) return no('wait for the BIC curve under the clustering plot');
  const bic = Array.from(curves.bic);
  let best = -1;
  bic.forEach((v, i) => {
    if (Number.isFinite(v) && (best < 0 || v < bic[best])) best = i;
  });
  if (best < 0) return no('the BIC curve has no values yet');
  return view.mixture === best + 1
    ? { ok: true, why: `K = ${best + 1} has the lowest BIC, ${fmt(bic[best], 6)}.` }
    : no(`K = ${view.mixture} has BIC ${fmt(bic[view.mixture - 1], 6)}; another K is lower`);
}

const bicPick: Exercise = {
  id: 'pca-bic',
  title: 'Pick K by BIC',
  prompt: (
    <p>
      On any data set, set mixture components K to the value with the lowest BIC (the BIC curve under the
      clustering plot). Is it the number of classes the data set has?
    </p>
  ),
  answer: { kind: 'live', check: checkBic },
  hint: 'BIC = −2ℓ + m ln n: more components raise ℓ but pay ln n for each of their parameters.',
  solution: (
    <p>
      Read the lowest point of the BIC curve and set K to it. On the Iris scores it is 2, not 3: versicolor
      and virginica overlap, and BIC prefers one Gaussian for both to paying for another.
    </p>
  ),
  applySolution: () => {
    const { curves } = usePcaStore.getState();
    if (!curves) return;
    const bic = Array.from(curves.bic);
    const best = bic.reduce((b, v, i) => (Number.isFinite(v) && (b < 0 || v < bic[b]) ? i : b), -1);
    if (best >= 0) usePcaStore.getState().set('mixture', best + 1);
  },
};

export const PCA_EXERCISES: readonly Exercise[] = [
  irisRatio,
  standardizeIris,
  digits90,
  kmeansConverge,
  emMonotone,
  bicPick,
];
