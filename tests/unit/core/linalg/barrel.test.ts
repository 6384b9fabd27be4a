// The contract: analyzeMatrix and the linear-algebra page's functions are reachable from src/core.
import { describe, expect, it } from 'vitest';
import * as core from '../../../../src/core/index';
import type { MatrixAnalysis } from '../../../../src/core/index';

describe('src/core/index re-exports the linalg barrel', () => {
  it.each([
    'analyzeMatrix',
    'eigenPairs',
    'svd',
    'nullSpace',
    'columnSpace',
    'coordinatesInBasis',
    'matrixInBasis',
    'characteristicPolynomial',
    'matMul',
    'lerpMatrix',
    'covarianceMatrix',
    'pca',
    'projectOntoComponents',
    'gaussianCloud',
    'isNearDefective',
    'eigenConditioning',
    'cleanZero',
    'validateEntry',
  ])('core.%s is a function', (name) => {
    expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
  });

  it('analyzeMatrix([[2, 0], [0, 3]]) returns the MatrixAnalysis shape', () => {
    const r: MatrixAnalysis = core.analyzeMatrix([
      [2, 0],
      [0, 3],
    ]);
    expect(r).toEqual({
      det: 6,
      detExact: true,
      detBound: null,
      trace: 5,
      rank: 2,
      rankTolerance: 2 * Number.EPSILON * 3,
      inverse: [
        [0.5, 0],
        [0, 1 / 3],
      ],
      eigenvalues: [
        [3, 0],
        [2, 0],
      ],
      eigenvaluesExact: true,
      defective: false,
      singularValues: [3, 2],
    });
  });
});
