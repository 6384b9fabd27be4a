/**
 * The calculus exercises about optimizers: Newton on a quadratic, tuning momentum against the best
 * GD, and which method ends lowest on Rosenbrock. Givens are the page's presets and default settings.
 */
import { astEquals, OPTIMIZER_NAMES, optimizerLabels, parseToAst, type OptimizerName } from '../../../core';
import { useCalculusStore } from '../../../stores/calculus/store';
import {
  activeParams,
  configOf,
  defaultSettings,
  paramProblem,
  PARAM_LABELS,
  type OptimizerSettings,
} from '../../../stores/calculus/view';
import { Tex } from '../../../ui/Tex';
import type { Exercise, Verdict } from '../../../ui/learn/types';
import { bestRates, exprOf, finalLosses, num, round, settleStep, stability } from './exerciseMath';
import { preset, setScene } from './scene';

/** A method's default settings: what a fresh page shows. */
const defaults = (name: OptimizerName): OptimizerSettings => defaultSettings(name);

/** Steps the settle-time exercises look ahead. */
const HORIZON = 1000;
const SETTLED = (
  <>
    “at the minimum” means f has dropped below 10<sup>−6</sup>·f(start) and stays there
  </>
);

// ---- newton-quadratic: Newton against GD on the ill-conditioned bowl, at the page's defaults.
const BOWL = preset('ill-conditioned bowl');
const bowlExpr = exprOf(BOWL.fn)!;
const bowlScene = { fn: BOWL.fn, domain: BOWL.domain, start: BOWL.start };

function newtonCounts(): { newton: number | null; gd: number | null } {
  const at = (name: OptimizerName) =>
    settleStep(bowlExpr, name, configOf(name, defaultSettings(name)), BOWL.start, HORIZON);
  return { newton: at('newton'), gd: at('gd') };
}

function checkNewton(k: number): Verdict {
  const { newton, gd } = newtonCounts();
  const lr = num(defaultSettings('newton').lr);
  const gdText =
    gd === null ? `GD (η = ${num(defaultSettings('gd').lr)}) needs over ${HORIZON}` : `GD needs ${gd}`;
  if (newton === null) return { ok: false, why: `Newton with η = ${lr} does not settle here.` };
  const why = `Newton (η = ${lr}) is at the minimum after ${newton} step${newton === 1 ? '' : 's'}; ${gdText}.`;
  return { ok: k === newton, why };
}

const newtonQuadratic: Exercise = {
  id: 'newton-quadratic',
  title: 'Newton on a quadratic bowl',
  prompt: (
    <p>
      Newton&apos;s method <Tex tex="p \leftarrow p - \eta H^{-1} \nabla f" /> with η ={' '}
      {num(defaultSettings('newton').lr)} starts at ({num(BOWL.start[0])}, {num(BOWL.start[1])}) on the
      ill-conditioned bowl <Tex tex="x^2 + 20y^2" />. After how many steps is it at the minimum? (Here{' '}
      {SETTLED}.)
    </p>
  ),
  answer: {
    kind: 'number',
    label: 'steps',
    check: checkNewton,
    key: {
      expected: () => {
        const { newton } = newtonCounts();
        return newton === null ? null : [newton];
      },
      traps: () => {
        const { gd } = newtonCounts();
        return gd === null ? [[0]] : [[gd], [0]];
      },
    },
  },
  hint: (
    <>
      Newton minimises the second-order Taylor model of f at the current point. How good is that model when f
      is itself quadratic?
    </>
  ),
  solution: (
    <>
      For a quadratic, the Taylor model at any point is f itself, so one full Newton step (η = 1) jumps to the
      model&apos;s minimum, the true minimum, whatever the conditioning: H⁻¹ undoes the stretching that makes
      GD zig-zag. The check compares it with GD at its default learning rate; the race shows both.
    </>
  ),
  applySolution: () => revealNewton(),
  reveal: () => revealNewton(),
};

function revealNewton(): void {
  setScene({
    ...bowlScene,
    steps: 100,
    optimizers: { gd: defaults('gd'), newton: defaults('newton') },
    run: true,
  });
}

// ---- momentum-beats-gd: tune the heavy ball on the ill-conditioned bowl (live).
function bowlRates() {
  const { lmax, lmin } = stability(bowlExpr, BOWL.start);
  return { lmax, lmin, ...bestRates(lmax, lmin) };
}

function checkMomentum(): Verdict {
  const { view } = useCalculusStore.getState();
  const parsed = parseToAst(view.fn);
  const bowl = parseToAst(BOWL.fn);
  if (!parsed.ok || !bowl.ok || !astEquals(parsed.ast, bowl.ast))
    return { ok: false, why: `load the “${BOWL.name}” preset first (f = ${BOWL.fn}).` };
  const m = view.optimizers.momentum;
  for (const p of activeParams('momentum', m)) {
    const problem = paramProblem(p, m[p]);
    if (problem) return { ok: false, why: `Momentum's ${PARAM_LABELS[p]}: ${problem}.` };
  }
  const { gd } = bowlRates();
  const best = settleStep(bowlExpr, 'gd', { lr: gd }, view.start, HORIZON);
  const mine = settleStep(bowlExpr, 'momentum', configOf('momentum', m), view.start, HORIZON);
  const setting = `Momentum (η = ${num(m.lr)}, μ = ${num(m.momentum)})`;
  const gdText = `GD at its best η = 2/(λmax + λmin) = ${num(gd)} ${best === null ? `needs over ${HORIZON}` : `needs ${best}`}`;
  if (mine === null)
    return { ok: false, why: `${setting} is not at the minimum within ${HORIZON} steps; ${gdText}.` };
  const ok = best === null || mine < best;
  return { ok, why: `${setting} is at the minimum after ${mine} steps; ${gdText}.` };
}

function MomentumSolution() {
  const { lmax, lmin, heavyBall } = bowlRates();
  return (
    <>
      With λmax = {num(lmax)} and λmin = {num(lmin)} (κ = {num(lmax / lmin)}), the heavy ball converges
      fastest with <Tex tex="\eta = 4/(\sqrt{\lambda_{\text{max}}} + \sqrt{\lambda_{\text{min}}})^2" /> ≈{' '}
      {num(round(heavyBall.lr))} and{' '}
      <Tex tex="\mu = \left(\frac{\sqrt{\lambda_{\text{max}}} - \sqrt{\lambda_{\text{min}}}}{\sqrt{\lambda_{\text{max}}} + \sqrt{\lambda_{\text{min}}}}\right)^2" />{' '}
      ≈ {num(round(heavyBall.momentum))}: its error shrinks by (√κ − 1)/(√κ + 1) per step against GD&apos;s
      best (κ − 1)/(κ + 1). The solution sets these on the page; “Check the page” then confirms it.
    </>
  );
}

function MomentumPrompt() {
  const d = defaultSettings('momentum');
  const { gd } = bowlRates();
  const best = settleStep(bowlExpr, 'gd', { lr: gd }, BOWL.start, HORIZON);
  const slow = settleStep(bowlExpr, 'momentum', configOf('momentum', d), BOWL.start, HORIZON);
  const steps = (k: number | null) => (k === null ? `over ${HORIZON} steps` : `${k} steps`);
  return (
    <p>
      On the “{BOWL.name}” preset, set Momentum&apos;s learning rate and μ so that it reaches the minimum in
      fewer steps than GD at its best constant learning rate{' '}
      <Tex tex="{2/(\lambda_{\text{max}} + \lambda_{\text{min}})}" /> ({steps(best)} from the preset&apos;s
      start). Here {SETTLED}. The default Momentum (η = {num(d.lr)}, μ = {num(d.momentum)}) takes{' '}
      {steps(slow)}.
    </p>
  );
}

const momentumBeatsGd: Exercise = {
  id: 'momentum-beats-gd',
  title: 'Tune momentum to beat the best GD',
  prompt: <MomentumPrompt />,
  answer: { kind: 'live', check: checkMomentum },
  hint: (
    <>
      A larger η moves faster along the flat x-direction but must stay stable across the steep y-direction; μ
      adds speed, but too much makes the ball overshoot and ring. Try η near GD&apos;s best with μ well below
      the default, and run the race to watch.
    </>
  ),
  solution: <MomentumSolution />,
  applySolution: () => {
    const { gd, heavyBall } = bowlRates();
    const momentum = {
      lr: round(heavyBall.lr),
      momentum: round(heavyBall.momentum),
      schedule: 'constant' as const,
    };
    setScene({
      ...bowlScene,
      steps: 100,
      optimizers: { gd: { lr: round(gd), schedule: 'constant' }, momentum },
      run: true,
    });
  },
};

// ---- rosenbrock-500: which method ends lowest, at the page's defaults.
const ROSEN = preset('Rosenbrock');
const ROSEN_STEPS = 500;

const rosenExpr = exprOf(ROSEN.fn)!;

/** Every method's end after 500 steps at the page's defaults. */
function rosenbrockEnds() {
  const runs = OPTIMIZER_NAMES.map((name) => ({ name, config: configOf(name, defaultSettings(name)) }));
  return finalLosses(rosenExpr, runs, ROSEN.start, ROSEN_STEPS);
}

function RosenbrockSolution() {
  const ends = rosenbrockEnds();
  const { lmax, bound } = stability(rosenExpr, ROSEN.start);
  const list = (pick: (e: (typeof ends)[number]) => boolean) =>
    ends
      .filter(pick)
      .map((e) => `${optimizerLabels[e.name]} (f = ${num(e.loss)})`)
      .join(', ');
  const stopped = ends.filter((e) => !e.done).map((e) => optimizerLabels[e.name]);
  return (
    <>
      At the start the walls curve with λmax = {num(lmax)}, so only learning rates below 2/λmax = {num(bound)}{' '}
      are stable there for GD.{' '}
      {stopped.length > 0 && (
        <>With their default rates {stopped.join(', ')} are thrown out of the valley. </>
      )}
      Adaptive methods divide each step by a running gradient size and creep along the flat floor; Newton
      rescales by the Hessian and follows the valley. After {ROSEN_STEPS} steps: {list((e) => e.done)}.
    </>
  );
}

function checkRosenbrock(index: number): Verdict {
  const ends = rosenbrockEnds();
  const finished = ends.filter((e) => e.done).sort((a, b) => a.loss - b.loss);
  const stopped = ends.filter((e) => !e.done).map((e) => optimizerLabels[e.name]);
  const [first, second] = finished;
  if (!first) return { ok: false, why: 'every method stops early here.' };
  const chosen = ends[index];
  const ok = chosen.done && chosen.loss <= first.loss;
  const rest = second ? `; next is ${optimizerLabels[second.name]} at ${num(second.loss)}` : '';
  const gone = stopped.length > 0 ? `; ${stopped.join(', ')} diverge${stopped.length === 1 ? 's' : ''}` : '';
  return { ok, why: `${optimizerLabels[first.name]} ends lowest, f = ${num(first.loss)}${rest}${gone}.` };
}

const rosenbrock500: Exercise = {
  id: 'rosenbrock-500',
  title: 'Who wins on Rosenbrock?',
  prompt: (
    <p>
      All seven methods start at ({num(ROSEN.start[0])}, {num(ROSEN.start[1])}) on Rosenbrock&apos;s banana
      valley with the page&apos;s default settings. Which one ends lowest after {ROSEN_STEPS} steps? (Runs
      that diverge do not count.)
    </p>
  ),
  answer: { kind: 'choice', options: OPTIMIZER_NAMES.map((n) => optimizerLabels[n]), check: checkRosenbrock },
  hint: (
    <>
      The valley floor is curved and nearly flat while its walls are steep. What does a large λmax do to a
      fixed learning rate, and which method rescales each step by the curvature?
    </>
  ),
  solution: <RosenbrockSolution />,
  applySolution: () => revealRosenbrock(),
  reveal: () => revealRosenbrock(),
};

function revealRosenbrock(): void {
  const optimizers = Object.fromEntries(OPTIMIZER_NAMES.map((n) => [n, defaults(n)]));
  setScene({
    fn: ROSEN.fn,
    domain: ROSEN.domain,
    start: ROSEN.start,
    steps: ROSEN_STEPS,
    optimizers,
    run: true,
  });
}

export const OPTIMIZER_EXERCISES: Exercise[] = [newtonQuadratic, momentumBeatsGd, rosenbrock500];
