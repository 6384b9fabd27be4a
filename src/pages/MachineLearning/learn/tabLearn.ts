import type { ComponentType } from 'react';
import type { CodeSource } from '../../../ui/learn/LearnBar';
import type { Exercise } from '../../../ui/learn/types';
import type { MlTabId } from '../tabs';
import { DeepTheory } from './deep/DeepTheory';
import { DEEP_EXERCISES } from './deep/exercises';
import { useDeepCode } from './deep/useDeepCode';
import { ML_EXERCISES } from './exercises';
import { MlTheory } from './MlTheory';
import { REG_EXERCISES } from './regression/exercises';
import { RegTheory } from './regression/RegTheory';
import { useRegCode } from './regression/useRegCode';
import { useMlCode } from './useMlCode';
import { PCA_EXERCISES } from './pca/exercises';
import { PcaTheory } from './pca/PcaTheory';
import { usePcaCode } from './pca/usePcaCode';

/**
 * What the Theory, Exercises and Code panels show on one tab of the Machine learning page: each tab teaches
 * its own topic with its own numbers, so the bar follows the selected tab.
 */
export interface MlTabLearn {
  Theory: ComponentType;
  exercises: readonly Exercise[];
  useCode: CodeSource;
}

/** The learn panels of each tab, keyed by the tab id (`tab=` in the address). */
export const ML_LEARN: Partial<Record<MlTabId, MlTabLearn>> = {
  nn: { Theory: MlTheory, exercises: ML_EXERCISES, useCode: useMlCode },
  deep: { Theory: DeepTheory, exercises: DEEP_EXERCISES, useCode: useDeepCode },
  regression: { Theory: RegTheory, exercises: REG_EXERCISES, useCode: useRegCode },
  pca: { Theory: PcaTheory, exercises: PCA_EXERCISES, useCode: usePcaCode },
};
