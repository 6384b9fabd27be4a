/**
 * The regression cases of ml.json (NumPy / scikit-learn references; conventions and tolerances in tests/fixtures/README.md),
 * typed once for the unit tests of the core and the e2e readouts of the Regression tab.
 */
import fixture from '../fixtures/ml.json';
import type { LinearFitOptions } from '../../src/core/index';

export interface LinearCase {
  label: string;
  X: number[][];
  y: number[];
  opts: (LinearFitOptions & { intercept?: boolean }) | null;
  kind: 'ols' | 'ridge' | 'lasso';
  intercept: number;
  coef: number[];
  fitted: number[];
  residuals: number[];
  r2: number;
  mse: number;
}

export interface BayesCase {
  Phi: number[][];
  y: number[];
  alpha: number;
  beta: number;
  mean: number[];
  cov: number[][];
  predict: { phi: number[]; mean: number; variance: number }[];
}

export interface LogisticCase {
  label: string;
  X: number[][];
  y: number[];
  opts: { intercept?: boolean; l2?: number } | null;
  intercept: number;
  coef: number[];
  loss: number;
}

export const regressionCases = (
  fixture as unknown as {
    regression: {
      polynomialFeatures: { x: number[]; degree: number; rows: number[][] }[];
      fitLinear: LinearCase[];
      bayesian: BayesCase[];
      logistic: LogisticCase[];
    };
  }
).regression;
