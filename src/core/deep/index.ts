// Barrel for src/core/deep: the mathematics inside deep networks (convolution, pooling, attention,
// recurrent gradients). Re-exported by src/core/index.ts; named exports only.
export type { Conv2dOptions } from './conv';
export { conv2d, conv2dOutputSize, convolve2d, flipKernel, relu2d } from './conv';
export type { GridPosition } from './pool';
export { maxPool2d, maxPool2dArgmax } from './pool';
export type { KernelPresetName } from './presets';
export { KERNEL_PRESET_NAMES, kernelPreset, resizeKernel } from './presets';
export type { AttentionOptions, AttentionResult } from './attention';
export { attention, attentionFromEmbeddings } from './attention';
export { rnnStates, rnnGradientNorms, spectralRadius, spectralNorm, clipByNorm } from './rnn';
