/**
 * The exercise "Predict 20 steps of GD" on the page as it is: its numbers follow the page, and GD's
 * 20th iterate comes from optimizePath with the page's own GD settings.
 */
import { printExpr, parseToAst, type Vec2 } from '../../../core';
import { useCalculusStore } from '../../../stores/calculus/store';
import {
  activeParams,
  configOf,
  defaultSettings,
  domainProblem,
  paramProblem,
  PARAM_LABELS,
  type CalculusView,
  type OptimizerSettings,
} from '../../../stores/calculus/view';
import { Tex } from '../../../ui/Tex';
import type { Exercise, Verdict } from '../../../ui/learn/types';
import { givens } from '../../../ui/learn/variants';
import { exprOf, iterate, num } from './exerciseMath';
import { setScene } from './scene';

const PREDICT_STEPS = 20;
/**
 * A guess counts within this fraction of the 20th iterate's size |p₂₀| (the quantity asked), and never
 * less than TOLERANCE_FLOOR of the domain's larger side: close enough that the start, the minimum, a sign
 * flip or a factor of 2 are all wrong on the page's scenes.
 */
const TOLERANCE_REL = 0.05;
const TOLERANCE_FLOOR = 1e-3;
/** Steps after which GD's iterate stands for "the minimum" among the natural wrong guesses. */
const LONG_RUN = 2000;

type GdScene =
  | { problem: string }
  | {
      fn: string;
      start: Vec2;
      lr: number;
      schedule: string;
      tol: number;
      target: { point: Vec2 } | { stoppedAt: number };
    };

type GdView = Pick<CalculusView, 'fn' | 'domain' | 'start'> & { gd: OptimizerSettings };

const gdViewNow = (): GdView => {
  const { view } = useCalculusStore.getState();
  return { ...view, gd: view.optimizers.gd };
};

/** GD's setting on the page, and its iterate after 20 steps (or why there is none). */
function gdScene({ fn, domain, start, gd }: GdView): GdScene {
  const parsed = parseToAst(fn);
  const expr = exprOf(fn);
  if (!parsed.ok || !expr) return { problem: 'f(x, y) does not parse yet: fix it first.' };
  const domainIssue = domainProblem(domain);
  if (domainIssue) return { problem: `the domain is not usable (${domainIssue}).` };
  for (const p of activeParams('gd', gd)) {
    const problem = paramProblem(p, gd[p]);
    if (problem) return { problem: `GD's ${PARAM_LABELS[p]}: ${problem}.` };
  }
  const { xmin, xmax, ymin, ymax } = domain;
  const scene = {
    fn: printExpr(parsed.ast),
    start,
    lr: gd.lr,
    schedule: gd.schedule,
    tol: 0,
    target: iterate(expr, 'gd', configOf('gd', gd), start, PREDICT_STEPS),
  };
  const floor = TOLERANCE_FLOOR * Math.max(xmax - xmin, ymax - ymin);
  scene.tol =
    'point' in scene.target ? Math.max(TOLERANCE_REL * Math.hypot(...scene.target.point), floor) : floor;
  return scene;
}

/** The page's GD scene, re-read when one of its settings changes. */
function useGdScene(): GdScene {
  const fn = useCalculusStore((st) => st.view.fn);
  const domain = useCalculusStore((st) => st.view.domain);
  const start = useCalculusStore((st) => st.view.start);
  const gd = useCalculusStore((st) => st.view.optimizers.gd);
  return gdScene({ fn, domain, start, gd });
}

function checkGd20(now: () => GdView, x: number, y: number): Verdict {
  const s = gdScene(now());
  if ('problem' in s) return { ok: false, why: s.problem, problem: true };
  if ('stoppedAt' in s.target)
    return {
      ok: false,
      problem: true,
      why: `GD diverges at step ${s.target.stoppedAt} here (η = ${num(s.lr)}), so there is no 20th step: lower its learning rate.`,
    };
  const [tx, ty] = s.target.point;
  const d = Math.hypot(x - tx, y - ty);
  const where = `after 20 steps GD is at (${num(tx)}, ${num(ty)}), ${num(d)} from your guess`;
  return d <= s.tol
    ? { ok: true, why: `${where}, within the tolerance ${num(s.tol)}.` }
    : { ok: false, why: `${where}; the tolerance is ${num(s.tol)}.` };
}

/** GD's 20th iterate on the page as it is, or null when there is none. */
function gd20Expected(now: () => GdView): readonly number[] | null {
  const s = gdScene(now());
  return 'problem' in s || 'stoppedAt' in s.target ? null : s.target.point;
}

/** The natural wrong guesses: the start, and the minimum GD is heading to (its iterate after a long run). */
function gd20Traps(now: () => GdView): number[][] {
  const v = now();
  const expr = exprOf(v.fn);
  if (!expr) return [];
  const far = iterate(expr, 'gd', configOf('gd', v.gd), v.start, LONG_RUN);
  return [[...v.start], ...('point' in far ? [[...far.point]] : [])];
}

function GdPromptOf({ s }: { s: GdScene }) {
  if ('problem' in s) return <p>Where will GD be after 20 steps? First: {s.problem}</p>;
  const schedule = s.schedule === 'constant' ? '' : ` (${s.schedule} schedule)`;
  return (
    <p>
      GD with learning rate η = {num(s.lr)}
      {schedule} starts at ({num(s.start[0])}, {num(s.start[1])}) on f(x, y) = <code>{s.fn}</code>. Where will
      it be after 20 steps? A guess within 5% of the point&apos;s distance from the origin counts; then the
      page runs it.
    </p>
  );
}

function GdSolutionOf({ s, where = 'On the page as it is now' }: { s: GdScene; where?: string }) {
  const factor = 1 - 2 * 0.1;
  const at =
    'problem' in s || 'stoppedAt' in s.target
      ? `${where} GD has no 20th step (see the check).`
      : `${where}: (${num(s.target.point[0])}, ${num(s.target.point[1])}).`;
  return (
    <>
      GD repeats <Tex tex="p \leftarrow p - \eta \nabla f(p)" /> twenty times. On a bowl{' '}
      <Tex tex="f = a x^2 + b y^2" /> each step multiplies x by 1 − 2aη and y by 1 − 2bη, so{' '}
      <Tex tex="x_{20} = (1 - 2a\eta)^{20} x_0" />: for x² + y² with η = 0.1 that is {num(factor)}
      <sup>20</sup> = {num(factor ** 20)} of the start. Elsewhere follow −∇f step by step. {at}
    </>
  );
}

/** The page's own scene, re-read as its settings change (hooks: kept apart from the fixed instances' prompt). */
function GdPrompt() {
  return <GdPromptOf s={useGdScene()} />;
}
function GdSolution() {
  return <GdSolutionOf s={useGdScene()} />;
}

/** The exercise on `now()`'s scene: the page as it is, or an instance's fixed givens. */
function gd20Answer(now: () => GdView): Exercise['answer'] {
  return {
    kind: 'pair',
    labels: ['x after 20 steps', 'y after 20 steps'],
    check: (x, y) => checkGd20(now, x, y),
    key: { expected: () => gd20Expected(now), rel: TOLERANCE_REL, traps: () => gd20Traps(now) },
  };
}

// ---- "New numbers": a bowl f = a x² + b y², a start and a learning rate drawn from the seed; the page is
// set to them (function, domain, start, GD alone at that constant rate), and the check runs on them.
const BOWL_A = [0.5, 1, 2] as const;
const BOWL_B = [1, 2, 3, 5] as const;
const RATES = [0.01, 0.02, 0.03, 0.05, 0.08] as const;
const STARTS = [-2.5, -2, -1.5, 1.5, 2, 2.5] as const;
const BOWL_DOMAIN = { xmin: -3, xmax: 3, ymin: -3, ymax: 3 };

const term = (c: number, v: string) => (c === 1 ? `${v}^2` : `${c}*${v}^2`);

/** The seeded scene: GD converges, and after 20 steps it is clearly between the start and the minimum. */
export function gd20Givens(seed: number): GdView {
  const g = givens(seed, 'gd-20-steps');
  for (;;) {
    const a = g.pick(BOWL_A);
    const b = g.pick(BOWL_B);
    const lr = g.pick(RATES);
    const start: Vec2 = [g.pick(STARTS), g.pick(STARTS)];
    const fx = (1 - 2 * a * lr) ** PREDICT_STEPS;
    const fy = (1 - 2 * b * lr) ** PREDICT_STEPS;
    if (Math.max(2 * a * lr, 2 * b * lr) >= 1) continue; // each factor in (0, 1): no zig-zag
    const end = Math.hypot(fx * start[0], fy * start[1]);
    const ratio = end / Math.hypot(...start);
    if (ratio < 0.1 || ratio > 0.7) continue;
    return {
      fn: `${term(a, 'x')} + ${term(b, 'y')}`,
      domain: { ...BOWL_DOMAIN },
      start,
      gd: { ...defaultSettings('gd', true), lr, schedule: 'constant' },
    };
  }
}

function gd20Instance(seed: number): Exercise {
  const view = gd20Givens(seed);
  const now = () => view;
  const scene = gdScene(view);
  const setUp = (run: boolean) =>
    setScene({
      fn: view.fn,
      domain: view.domain,
      start: view.start,
      steps: PREDICT_STEPS,
      optimizers: { gd: { lr: view.gd.lr, schedule: 'constant' } },
      run,
    });
  return {
    ...gd20Steps,
    prompt: <GdPromptOf s={scene} />,
    answer: gd20Answer(now),
    solution: <GdSolutionOf s={scene} where="With these numbers" />,
    setUp: () => setUp(false),
    applySolution: () => setUp(true),
    reveal: () => setUp(true),
  };
}

export const gd20Steps: Exercise = {
  id: 'gd-20-steps',
  title: 'Predict 20 steps of GD',
  prompt: <GdPrompt />,
  answer: gd20Answer(gdViewNow),
  hint: (
    <>
      Each step goes downhill against the gradient, a distance η·|∇f|: long where the slope is steep, short
      near the minimum. Follow the contour plot&apos;s arrows in your head, or multiply by 1 − 2aη per step on
      a bowl.
    </>
  ),
  solution: <GdSolution />,
  applySolution: () => setScene({ steps: PREDICT_STEPS, optimizers: { gd: {} }, run: true }),
  reveal: () => setScene({ steps: PREDICT_STEPS, optimizers: { gd: {} }, run: true }),
  variant: gd20Instance,
};
