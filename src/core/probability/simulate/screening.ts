/** A screening test: prevalence P(D), sensitivity P(+ | D), specificity P(− | not D). */
export interface ScreeningInput {
  prevalence: number;
  sensitivity: number;
  specificity: number;
}

export interface ScreeningResult {
  /** The four cells of the population as fractions summing to 1. */
  truePositive: number;
  falseNegative: number;
  falsePositive: number;
  trueNegative: number;
  /** P(+) = TP + FP. */
  positive: number;
  /** P(D | +) = TP / (TP + FP) by Bayes' theorem; NaN when nobody tests positive. */
  ppv: number;
  /** P(not D | −) = TN / (TN + FN); NaN when nobody tests negative. */
  npv: number;
}

/** Problem with one probability field (must lie in [0, 1]), or null. */
export function probabilityProblem(name: string, v: number): string | null {
  return Number.isFinite(v) && v >= 0 && v <= 1 ? null : `${name} must be between 0 and 1`;
}

/**
 * Bayes' theorem for a screening test:
 *   P(D | +) = P(+ | D) P(D) / [P(+ | D) P(D) + (1 − P(− | not D)) (1 − P(D))].
 */
export function screening({
  prevalence: d,
  sensitivity: se,
  specificity: sp,
}: ScreeningInput): ScreeningResult {
  const truePositive = se * d;
  const falseNegative = (1 - se) * d;
  const falsePositive = (1 - sp) * (1 - d);
  const trueNegative = sp * (1 - d);
  const positive = truePositive + falsePositive;
  const negative = trueNegative + falseNegative;
  return {
    truePositive,
    falseNegative,
    falsePositive,
    trueNegative,
    positive,
    ppv: positive > 0 ? truePositive / positive : NaN,
    npv: negative > 0 ? trueNegative / negative : NaN,
  };
}

/** TeX of Bayes' theorem for the test, with the numbers substituted. */
export function screeningTex({ prevalence: d, sensitivity: se, specificity: sp }: ScreeningInput): string {
  const f = (v: number) => String(Number(v.toPrecision(6)));
  const r = screening({ prevalence: d, sensitivity: se, specificity: sp });
  const answer = Number.isNaN(r.ppv) ? String.raw`\text{undefined (nobody tests positive)}` : f(r.ppv);
  return (
    String.raw`P(D\mid +)=\frac{P(+\mid D)\,P(D)}{P(+\mid D)\,P(D)+\bigl(1-P(-\mid \bar D)\bigr)\bigl(1-P(D)\bigr)}` +
    String.raw`=\frac{${f(se)}\cdot ${f(d)}}{${f(se)}\cdot ${f(d)}+${f(1 - sp)}\cdot ${f(1 - d)}}=${answer}`
  );
}
