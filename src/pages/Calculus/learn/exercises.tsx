/**
 * The calculus page's exercises. Every answer is computed with the math core from the exercise's
 * givens or from the page as it is: the step-size bound from the Hessian, the gradient from curvatureAt,
 * GD's 20th iterate from optimizePath (gd20Exercise.tsx).
 */
import { curvatureAt, type Vec2 } from '../../../core';
import { ILL_CONDITIONED_BOWL } from '../../../stores/calculus/scenes';
import { paramProblem } from '../../../stores/calculus/view';
import { Tex } from '../../../ui/Tex';
import { givens } from '../../../ui/learn/variants';
import type { Exercise, Verdict } from '../../../ui/learn/types';
import { exprOf, num, round, stability, stepsToShowDivergence } from './exerciseMath';
import { gd20Steps } from './gd20Exercise';
import { OPTIMIZER_EXERCISES } from './optimizerExercises';
import { setScene } from './scene';

// ---- diverge-lr: the givens are the ill-conditioned bowl of the preset and the learning path; "New numbers"
// draws another bowl a·x² + b·y² (and start), and sets the page to it.
interface DivergeGivens {
  fn: string;
  /** f in TeX, for the prompt and the solution. */
  tex: string;
  domain: { xmin: number; xmax: number; ymin: number; ymax: number };
  start: Vec2;
}
const DIVERGE: DivergeGivens = {
  fn: ILL_CONDITIONED_BOWL.fn,
  tex: 'x^2 + 10y^2',
  domain: { ...ILL_CONDITIONED_BOWL.domain },
  start: ILL_CONDITIONED_BOWL.start,
};
/** Steps a reveal runs when GD converges: enough to see the zig-zag settle. */
const REVEAL_STEPS = 200;
/** The learning rate the student committed last: the reveal runs GD with it. */
let committedLr: number | null = null;

function divergeOf(given: DivergeGivens, withVariants: boolean): Exercise {
  const expr = exprOf(given.fn)!;
  const at = () => stability(expr, given.start);
  const scene = { fn: given.fn, domain: given.domain, start: given.start };

  function showDivergence(lr: number): void {
    const { bound } = at();
    const steps = lr > bound ? stepsToShowDivergence(expr, lr, given.start, REVEAL_STEPS) : null;
    setScene({
      ...scene,
      steps: steps ?? REVEAL_STEPS,
      optimizers: { gd: { lr, schedule: 'constant' } },
      run: true,
    });
  }

  function check(lr: number): Verdict {
    committedLr = paramProblem('lr', lr) === null ? lr : null;
    if (committedLr === null)
      return { ok: false, why: `the page takes learning rates above 0 and up to 10^6.` };
    const { lmax, bound, steepAxis } = at();
    const factor = 1 - lr * lmax;
    if (lr > bound)
      return {
        ok: true,
        why: `η = ${num(lr)} > 2/λmax = ${num(bound)} (λmax = ${num(lmax)}), so each step multiplies ${steepAxis} by 1 − ηλmax = ${num(factor)}, larger than 1 in size: GD diverges.`,
      };
    if (lr === bound)
      return {
        ok: false,
        why: `at η = 2/λmax = ${num(bound)} exactly, 1 − ηλmax = −1: ${steepAxis} flips sign each step without growing, so GD oscillates but does not diverge.`,
      };
    return {
      ok: false,
      why: `η = ${num(lr)} < 2/λmax = ${num(bound)} (λmax = ${num(lmax)}): 1 − ηλmax = ${num(factor)} is smaller than 1 in size, so GD converges.`,
    };
  }

  function Solution() {
    const { lmax, lmin, bound, steepAxis, flatAxis } = at();
    const lr = round(1.5 * bound, 2);
    const factor = 1 - lr * lmax;
    return (
      <>
        The Hessian of <Tex tex={given.tex} /> is constant with eigenvalues λmax = {num(lmax)} (along{' '}
        {steepAxis}) and λmin = {num(lmin)} (along {flatAxis}). One GD step multiplies the {steepAxis}
        -coordinate by 1 − ηλmax, so GD diverges once |1 − ηλmax| &gt; 1, that is for{' '}
        <Tex tex={`\\eta > 2/\\lambda_{\\text{max}} = ${num(bound)}`} />. With η = {num(lr)} the factor is{' '}
        {num(factor)}: {steepAxis} grows {num(Math.abs(factor))}-fold and flips sign each step, and the
        results table says why the run stopped.
      </>
    );
  }

  const exercise: Exercise = {
    id: 'diverge-lr',
    title: 'Make GD diverge',
    prompt: (
      <p>
        Gradient descent starts at ({num(given.start[0])}, {num(given.start[1])}) on{' '}
        <Tex tex={`f(x, y) = ${given.tex}`} />. Pick a learning rate η at which it diverges, and explain it
        with <Tex tex="2/\lambda_{\text{max}}" />.
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'learning rate η',
      check,
      key: { expected: () => [at().bound], side: 'above', traps: () => [[1 / at().lmax]] },
    },
    hint: (
      <>
        Read λmax, the larger eigenvalue of the Hessian, in the Curvature panel. Along its eigenvector one GD
        step multiplies the distance to the minimum by 1 − ηλmax.
      </>
    ),
    solution: <Solution />,
    applySolution: () => showDivergence(round(1.5 * at().bound, 2)),
    reveal: () => {
      if (committedLr !== null) showDivergence(committedLr);
    },
  };
  if (!withVariants)
    return { ...exercise, setUp: () => setScene({ ...scene, optimizers: { gd: { schedule: 'constant' } } }) };
  return {
    ...exercise,
    variant(seed) {
      const g = givens(seed, 'diverge-lr');
      const a = g.pick(BOWL_A);
      const b = g.pick(BOWL_B);
      const start: Vec2 = [g.pick(BOWL_STARTS), g.pick(BOWL_STARTS)];
      const term = (c: number, v: string, tex: boolean) =>
        c === 1 ? `${v}^2` : tex ? `${c}${v}^2` : `${c}*${v}^2`;
      return divergeOf(
        {
          fn: `${term(a, 'x', false)} + ${term(b, 'y', false)}`,
          tex: `${term(a, 'x', true)} + ${term(b, 'y', true)}`,
          domain: { ...DIVERGE.domain },
          start,
        },
        false,
      );
    },
  };
}

const BOWL_A = [1, 2, 3] as const;
const BOWL_B = [4, 5, 8, 10, 20] as const;
const BOWL_STARTS = [-2, -1.5, -1, 1, 1.5, 2] as const;

const divergeLr = divergeOf(DIVERGE, true);

// ---- gradient-chain-rule: backpropagation by hand on a one-entry factorisation loss.
const CHAIN = {
  fn: '(x*y - 1)^2',
  domain: { xmin: -3, xmax: 3, ymin: -3, ymax: 3 },
  start: [2, 1] as Vec2,
};
const chainExpr = exprOf(CHAIN.fn)!;
const innerExpr = exprOf('x*y - 1')!;

function checkGradient(start: Vec2, gx: number, gy: number): Verdict {
  const [x, y] = start;
  const [Gx, Gy] = curvatureAt(chainExpr, x, y).gradient;
  const u = innerExpr.evaluate(x, y);
  const tol = 0.01 * Math.max(1, Math.hypot(Gx, Gy));
  const ok = Math.abs(gx - Gx) <= tol && Math.abs(gy - Gy) <= tol;
  const why = `∇f(${x}, ${y}) = (${num(Gx)}, ${num(Gy)}): ∂f/∂u = 2u = ${num(2 * u)} at u = xy − 1 = ${num(u)}, times ∂u/∂x = y = ${y} and ∂u/∂y = x = ${x}.`;
  return { ok, why };
}

function ChainSolution({ start }: { start: Vec2 }) {
  const [x, y] = start;
  const u = innerExpr.evaluate(x, y);
  const [gx, gy] = curvatureAt(chainExpr, x, y).gradient;
  return (
    <>
      At ({x}, {y}), u = {x}·{y} − 1 = {num(u)}, so ∂f/∂u = 2u = {num(2 * u)}. Then ∂f/∂x = 2u·y ={' '}
      {num(2 * u * y)} and ∂f/∂y = 2u·x = {num(2 * u * x)}: ∇f = ({num(gx)}, {num(gy)}). The Curvature panel
      shows the same ∇f at the start, and the backpropagation view walks the same product of local derivatives
      node by node.
    </>
  );
}

const CHAIN_COORDS = [-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2];

/** Backprop by hand at `start` (the page's scene starts there). */
function chainRuleAt(start: Vec2): Exercise {
  const scene = { ...CHAIN, start };
  return {
    id: 'gradient-chain-rule',
    title: 'Backprop by hand',
    prompt: (
      <p>
        Predict the gradient of <Tex tex="f(x, y) = (xy - 1)^2" /> at ({start[0]}, {start[1]}) with the chain
        rule: <Tex tex="{f = u^2},\ {u = xy - 1}" />. This is the loss of a one-entry matrix factorisation.
      </p>
    ),
    answer: {
      kind: 'pair',
      labels: ['∂f/∂x', '∂f/∂y'],
      check: (gx, gy) => checkGradient(start, gx, gy),
      key: {
        expected: () => curvatureAt(chainExpr, start[0], start[1]).gradient,
        rel: 0.01,
        abs: 0.01,
        traps: () => {
          const [gx, gy] = curvatureAt(chainExpr, start[0], start[1]).gradient;
          const u = innerExpr.evaluate(start[0], start[1]);
          // the two swapped, and the gradient of the inner u = xy − 1 alone (the outer 2u forgotten)
          return [
            [gy, gx],
            [gx / (2 * u), gy / (2 * u)],
            [0, 0],
          ];
        },
      },
    },
    hint: (
      <>
        Backpropagation goes from the output down: ∂f/∂u = 2u, then ∂f/∂x = ∂f/∂u · ∂u/∂x with ∂u/∂x = y (and
        likewise for y).
      </>
    ),
    solution: <ChainSolution start={start} />,
    applySolution: () => setScene({ ...scene, overlay: 'tangent' }),
    reveal: () => setScene({ ...scene, overlay: 'tangent' }),
    variant(seed) {
      const g = givens(seed, 'gradient-chain-rule');
      for (;;) {
        const p: Vec2 = [g.pick(CHAIN_COORDS), g.pick(CHAIN_COORDS)];
        // A gradient clearly away from zero, and the two partials different.
        if (Math.abs(p[0] * p[1] - 1) >= 0.25 && p[0] !== p[1]) return chainRuleAt(p);
      }
    },
  };
}

const gradientChainRule = chainRuleAt(CHAIN.start);

export const CALCULUS_EXERCISES: Exercise[] = [
  divergeLr,
  gd20Steps,
  gradientChainRule,
  ...OPTIMIZER_EXERCISES,
];
