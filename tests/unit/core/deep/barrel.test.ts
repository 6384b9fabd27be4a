// The contracts of issues 16 and 17 are reachable from src/core/index (a name exported by two areas
// would silently vanish from `export *`, so each is checked at run time).
import { describe, expect, it } from 'vitest';
import * as core from '../../../../src/core/index';

describe('src/core/index re-exports the deep-learning and new linear-algebra functions', () => {
  it.each([
    'conv2d',
    'conv2dOutputSize',
    'convolve2d',
    'flipKernel',
    'relu2d',
    'kernelPreset',
    'maxPool2d',
    'maxPool2dArgmax',
    'attention',
    'attentionFromEmbeddings',
    'rnnStates',
    'rnnGradientNorms',
    'spectralRadius',
    'spectralNorm',
    'clipByNorm',
    'vectorNorm',
    'crossProduct',
    'cosineSimilarity',
    'vectorAngle',
    'unitBallBoundary',
    'gramSchmidt',
    'gramSchmidtSteps',
    'qrDecompose',
    'thinSvd',
    'imageSvd',
    'subspacesOf',
    'projectionMatrix',
    'projectVector',
    'numpyRankTolerance',
    'cholesky',
    'lowRankApproximation',
    'lowRankFromSvd',
    'energyKept',
    'lowRankStorageRatio',
    'jacobian2',
    'integerDeterminant',
    'triangularEigenvalues',
  ])('core.%s is a function', (name) => {
    expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
  });

  it('core.KERNEL_PRESET_NAMES lists the eight presets', () => {
    expect(core.KERNEL_PRESET_NAMES).toHaveLength(8);
  });
});
