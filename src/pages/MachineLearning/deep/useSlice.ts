import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDeepStore } from '../../../stores/ml/deep/store';
import type { DeepView } from '../../../stores/ml/deep/view';

export const CONV_KEYS = [
  'img',
  'digit',
  'paint',
  'ks',
  'kernel',
  'stride',
  'padding',
  'row',
  'col',
  'all',
  'relu',
  'pool',
] as const satisfies readonly (keyof DeepView)[];
export const ATTENTION_KEYS = [
  'tokens',
  'dim',
  'emb',
  'seed',
  'w1',
  'w2',
  'temp',
  'causal',
  'q',
  'k',
  'head',
  'd',
] as const satisfies readonly (keyof DeepView)[];
export const RNN_KEYS = [
  'w',
  'wscale',
  'T',
  'input',
  'amp',
  'clip',
  'thr',
] as const satisfies readonly (keyof DeepView)[];

/**
 * The view as one section sees it: the section re-renders only when one of its own fields changes (a slider
 * of another section leaves it alone); the other fields are as they were at that time.
 */
export function useDeepSlice(keys: readonly (keyof DeepView)[]): DeepView {
  const picked = useDeepStore(
    useShallow((s) => Object.fromEntries(keys.map((k) => [k, s.view[k]])) as Partial<DeepView>),
  );
  return useMemo(() => ({ ...useDeepStore.getState().view, ...picked }), [picked]);
}
