/** Exercises of the Conditional probability and Gaussians tabs; every checked value comes from src/core. */
import { conditionalGaussian, eventProbabilities } from '../../../core';
import { useConditionalStore } from '../../../stores/probability/conditional/store';
import { conditionalView, maskOf, outcomesOf } from '../../../stores/probability/conditional/view';
import { useGaussiansStore } from '../../../stores/probability/gaussians/store';
import { covarianceOf, gaussiansView } from '../../../stores/probability/gaussians/view';
import type { Exercise } from '../../../ui/learn/types';
import { Tex } from '../../../ui/Tex';
import { fmt, show } from './exerciseKit';

// ---- Conditional probability: P(sum ≥ 10 | a double) ----

const TEN = maskOf((i, j) => i + j >= 10);
const DOUBLE = maskOf((i, j) => i === j);
const givenDouble = () =>
  eventProbabilities(
    Array.from({ length: 36 }, () => 1),
    outcomesOf(TEN),
    outcomesOf(DOUBLE),
  ).pAGivenB;

function showTenDouble(): void {
  const s = useConditionalStore.getState();
  const view = { ...s.view, a: TEN, b: DOUBLE, zoom: true };
  s.loadView(view, []);
  show(conditionalView.encode(view));
}

export const conditionalTenDouble: Exercise = {
  id: 'conditional-ten-double',
  title: 'Sum at least 10, given a double',
  prompt: (
    <p>
      Two fair dice are rolled and you are told they show a double. What is the probability that the sum is at
      least 10? After you check, the Conditional probability tab zooms into the doubles.
    </p>
  ),
  answer: {
    kind: 'number',
    label: 'probability',
    check(v) {
      const p = givenDouble();
      return {
        ok: Math.abs(v - p) <= 0.005,
        why: `P(sum ≥ 10 | double) = ${fmt(p)}; you said ${fmt(v, 6)}.`,
      };
    },
    key: { expected: () => [givenDouble()], abs: 0.005, traps: () => [[6 / 36], [2 / 36]] },
  },
  hint: 'Zoom into B: only the 6 doubles remain, each now equally likely. How many of them sum to 10 or more?',
  solution: (
    <>
      <Tex tex="P(\text{sum}\ge 10\mid\text{double})=\frac{P(\{(5,5),(6,6)\})}{P(\text{double})}=\frac{2/36}{6/36}=\frac13" />
      , larger than P(sum ≥ 10) = 6/36 = 1/6: the events are dependent.
    </>
  ),
  applySolution: showTenDouble,
  reveal: showTenDouble,
};

// ---- Gaussians: the conditional mean ----

const G = { mx: 0, my: 0, sx: 1, sy: 2, rho: 0.5, y0: 2 };
const gaussianAnswer = () =>
  conditionalGaussian([G.mx, G.my], covarianceOf({ ...gaussiansView.defaults, ...G }), G.y0);

function showGaussian(): void {
  const s = useGaussiansStore.getState();
  const view = { ...s.view, ...G };
  s.loadView(view, []);
  show(gaussiansView.encode(view));
}

export const gaussianConditionalMean: Exercise = {
  id: 'gaussians-conditional-mean',
  title: 'Where does x sit once y is known?',
  prompt: (
    <p>
      (x, y) is a bivariate Gaussian with means 0, sd x = 1, sd y = 2 and correlation 0.5. You observe y = 2.
      What is the conditional mean of x? After you check, the Gaussians tab shows this case.
    </p>
  ),
  answer: {
    kind: 'number',
    label: 'conditional mean',
    check(v) {
      const c = gaussianAnswer();
      return {
        ok: Math.abs(v - c.mean) <= 0.005,
        why: `μx + Σxy/Σyy·(y₀ − μy) = ${fmt(c.mean)} (its variance is ${fmt(c.variance)}); you said ${fmt(v, 6)}.`,
      };
    },
    key: { expected: () => [gaussianAnswer().mean], abs: 0.005, traps: () => [[1], [2]] },
  },
  hint: 'Σxy = ρ·σx·σy. The conditional mean moves from μx by Σxy/Σyy for each unit y₀ is above μy.',
  solution: (
    <>
      <Tex tex="\Sigma_{xy}=0.5\cdot1\cdot2=1,\ \Sigma_{yy}=4:\quad \mu_{x\mid y_0}=0+\tfrac14(2-0)=0.5,\quad \sigma^2_{x\mid y_0}=1-\tfrac{1^2}{4}=0.75" />
    </>
  ),
  applySolution: showGaussian,
  reveal: showGaussian,
};
