/** The tab's PCA (worker job over the core) and clustering steps against scikit-learn on the shipped data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gmmEmStep, kmeansStep, pcaFit } from '../../../../../src/core';
import { parseDigits, parseLabelledJson, rowsOf, type Table } from '../../../../../src/stores/ml/pca/data';
import { pcaAnalyzeJob } from '../../../../../src/worker/jobs/pcaTab';

interface Case {
  standardize: boolean;
  explainedVariance: number[];
  explainedVarianceRatio: number[];
  components: number[][];
  reconstructionError: Record<string, number[]>;
}
const ref = JSON.parse(readFileSync('tests/fixtures/pca-real.json', 'utf8')) as Record<string, never>;
const tables: Record<string, Table> = {
  iris: parseLabelledJson(readFileSync('public/data/iris.json', 'utf8')),
  digits: parseDigits(new Uint8Array(readFileSync('public/data/digits.bin'))),
  penguins: parseLabelledJson(readFileSync('public/data/penguins.json', 'utf8')),
};
const ctx = { checkpoint: async () => undefined, progress: () => undefined };

describe('PCA on the shipped data against scikit-learn', () => {
  for (const name of ['iris', 'digits', 'penguins'])
    for (const c of ref[name] as Case[])
      it(`${name}, standardize ${c.standardize}`, async () => {
        const t = tables[name];
        const r = await pcaAnalyzeJob({ data: t.data, n: t.n, d: t.d, standardize: c.standardize }, ctx);
        const top = c.explainedVariance[0];
        c.explainedVariance.forEach((v, k) => expect(Math.abs(r.values[k] - v)).toBeLessThan(1e-9 * top));
        c.explainedVarianceRatio
          .slice(0, 10)
          .forEach((v, k) => expect(Math.abs(r.ratio[k] - v)).toBeLessThan(1e-10));
        c.components.forEach((w, k) =>
          w.forEach((v, j) => expect(Math.abs(r.components[k * t.d + j] - v)).toBeLessThan(1e-7)),
        );
        // The SVD route agrees with the eigen route.
        expect(r.valueDifference).toBeLessThan(1e-9 * top);
        expect(r.vectorDifference).toBeLessThan(1e-6);
        // Reconstruction of row 0 from k components, in the original units.
        const fit = pcaFit(rowsOf(t), { standardize: c.standardize });
        const x = rowsOf(t)[0];
        const scores = fit.transform([x])[0];
        c.reconstructionError['0'].forEach((e, k) => {
          if (k % 4 !== 0 && k > 8) return;
          const back = fit.inverseTransform([scores.slice(0, k)])[0];
          const err = Math.hypot(...back.map((v, j) => v - x[j]));
          expect(Math.abs(err - e)).toBeLessThan(1e-6 * (1 + e));
        });
      });

  it('digits PCA in the worker job takes well under 100 ms', async () => {
    const t = tables.digits;
    await pcaAnalyzeJob({ data: t.data, n: t.n, d: t.d, standardize: false }, ctx);
    const r = await pcaAnalyzeJob({ data: t.data, n: t.n, d: t.d, standardize: false }, ctx);
    expect(r.pcaMs).toBeLessThan(100);
  });
});

describe('one k-means and one EM step on the Iris scores against NumPy / scikit-learn', () => {
  const fit = pcaFit(rowsOf(tables.iris));
  const S = fit.transform(rowsOf(tables.iris), 2);
  const km = ref.irisKmeans as {
    start: number[][];
    labels: number[];
    centroids: number[][];
    inertia: number;
  };
  const em = ref.irisEm as {
    start: { weights: number[]; means: number[][]; covariances: number[][][] };
    after: { weights: number[]; means: number[][]; covariances: number[][][] };
    logLikelihoodAfter: number;
  };
  it('k-means step', () => {
    const r = kmeansStep(S, km.start);
    expect(r.labels).toEqual(km.labels);
    expect(Math.abs(r.inertia - km.inertia)).toBeLessThan(1e-9 * km.inertia);
  });
  it('EM step and the log-likelihood of its result', () => {
    const r = gmmEmStep(S, em.start);
    r.params.weights.forEach((w, k) => expect(Math.abs(w - em.after.weights[k])).toBeLessThan(1e-9));
    r.params.means
      .flat()
      .forEach((m, i) => expect(Math.abs(m - em.after.means.flat()[i])).toBeLessThan(1e-9));
    const next = gmmEmStep(S, r.params);
    expect(Math.abs(next.logLikelihood - em.logLikelihoodAfter)).toBeLessThan(
      1e-8 * Math.abs(em.logLikelihoodAfter),
    );
  });
});
