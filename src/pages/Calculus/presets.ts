import { OPTIMIZER_NAMES, type OptimizerName, type Vec2 } from '../../core';
import { ILL_CONDITIONED_BOWL, ROSENBROCK, type CalculusScene } from '../../stores/calculus/scenes';
import { defaultSettings, type Domain } from '../../stores/calculus/view';

export interface Preset {
  name: string;
  fn: string;
  domain: Domain;
  start: Vec2;
  /**
   * The learning rate of every optimizer on this preset: with these each one runs its whole budget (the
   * default 300 steps, and 2,000 unless the preset `diverges`), proved by a unit test for every preset.
   */
  lr: Record<OptimizerName, number>;
  /** A scene made to diverge (f unbounded below): it runs the default budget, longer races leave. */
  diverges?: true;
  /** What the preset shows, for its tooltip. */
  about: string;
}

const square = (r: number): Domain => ({ xmin: -r, xmax: r, ymin: -r, ymax: r });

/** The page's default rate for every optimizer, with `overrides` where the surface needs smaller ones. */
function rates(overrides: Partial<Record<OptimizerName, number>> = {}): Record<OptimizerName, number> {
  return Object.fromEntries(
    OPTIMIZER_NAMES.map((name) => [name, overrides[name] ?? defaultSettings(name).lr]),
  ) as Record<OptimizerName, number>;
}

/** A shared scene as a preset. */
function fromScene(scene: CalculusScene) {
  return { fn: scene.fn, domain: { ...scene.domain }, start: scene.start, lr: rates(scene.lr) };
}

/** Classic test surfaces with domains that show their features and starts that make a race interesting. */
export const PRESETS: readonly Preset[] = [
  {
    name: 'bowl',
    fn: 'x^2 + y^2',
    domain: square(2),
    start: [1.5, 1.2],
    lr: rates(),
    about: 'Round bowl: every method walks straight in.',
  },
  {
    name: 'ill-conditioned bowl',
    ...fromScene(ILL_CONDITIONED_BOWL),
    about: 'Narrow valley (condition number 10): GD zig-zags, momentum cuts across.',
  },
  {
    name: 'Rosenbrock',
    ...fromScene(ROSENBROCK),
    about:
      'Curved banana valley with its minimum at (1, 1); steep walls need small steps for GD and momentum.',
  },
  {
    name: 'Himmelblau',
    fn: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    domain: square(5),
    start: [-0.5, 0.5],
    lr: rates(),
    about: 'Four equal minima around a central maximum.',
  },
  {
    name: 'Beale',
    fn: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
    domain: square(4.5),
    start: [1, 1.4],
    lr: rates({ nesterov: 0.003 }),
    about: 'Flat plateau with steep walls; minimum at (3, 0.5).',
  },
  {
    name: 'saddle',
    fn: 'x^2 - y^2',
    domain: square(2),
    start: [-1.8, 0.01],
    lr: rates({ momentum: 0.001, nesterov: 0.001 }),
    diverges: true,
    about:
      'A saddle: start almost on the ridge and see who escapes (f is unbounded below, so longer races diverge).',
  },
  {
    name: 'six-hump camel',
    fn: '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
    domain: { xmin: -2, xmax: 2, ymin: -1.2, ymax: 1.2 },
    start: [-1.6, 0.9],
    lr: rates(),
    about: 'Six local minima, two of them global.',
  },
  {
    name: 'plateau',
    fn: '1 - exp(-(x^2 + y^2)/2)',
    domain: square(4),
    start: [3, 2.5],
    lr: rates(),
    about: 'A flat plateau around a well: tiny gradients stall GD while Adam escapes.',
  },
  {
    name: 'Rastrigin',
    fn: '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
    domain: square(5.12),
    start: [3.2, -2.7],
    // Curvature about 2 + 40π² ≈ 397 in each well: at the page's 0.01 GD, momentum and Nesterov bounce
    // across the whole plot (η·λ ≈ 4 > 2); below 2/λ each settles in the well it starts by.
    lr: rates({ gd: 0.004, momentum: 0.004, nesterov: 0.003 }),
    about: 'Many regularly spaced local minima on a bowl.',
  },
  {
    name: 'Booth',
    fn: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
    domain: square(10),
    start: [-8, 8],
    lr: rates(),
    about: 'A tilted quadratic bowl with its minimum at (1, 3).',
  },
];
