/**
 * Calculus scenes used in more than one place, defined once: the presets, the learning paths and the
 * exercises read these, so a preset and the path step and exercise that name it can never disagree.
 * Kept free of the view schema so that the home page's learning paths can build their links from it
 * without loading the calculus page.
 */
import type { OptimizerName, Vec2 } from '../../core';

export interface SceneDomain {
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
}

export interface CalculusScene {
  fn: string;
  domain: SceneDomain;
  start: Vec2;
  /**
   * Learning rates per optimizer with which every optimizer runs its whole budget here (the page's
   * default 300 steps and the paths' 2,000); where omitted, the page's default rate does.
   */
  lr?: Partial<Record<OptimizerName, number>>;
}

/** x² + 10y²: Hessian diag(2, 20), condition number 10, GD stable below 2/λmax = 0.1. */
export const ILL_CONDITIONED_BOWL: CalculusScene = {
  fn: 'x^2 + 10*y^2',
  domain: { xmin: -3, xmax: 3, ymin: -2, ymax: 2 },
  start: [-2.5, 1.5],
};

/**
 * Rosenbrock's banana from (−1.5, 2): λmax ≈ 2,100 at the start, so GD needs η < 2/λmax ≈ 0.00095 there
 * (the page's default 0.01 is thrown out in 2–3 steps), and the heavy balls smaller still.
 */
export const ROSENBROCK: CalculusScene = {
  fn: '(1 - x)^2 + 100*(y - x^2)^2',
  domain: { xmin: -2, xmax: 2, ymin: -1, ymax: 3 },
  start: [-1.5, 2],
  lr: { gd: 0.001, momentum: 0.001, nesterov: 0.0005 },
};

/**
 * The query of a scene's address (`v=1&f=…&domain=…&start=…`, then each rate the scene sets as
 * `<optimizer>.lr=…` for the optimizers in `opt`), encoded as the page encodes it.
 */
export function sceneQuery(scene: CalculusScene, opt: readonly OptimizerName[] = []): string {
  const { xmin, xmax, ymin, ymax } = scene.domain;
  const f = new URLSearchParams({ f: scene.fn }).toString();
  const rates = opt
    .filter((name) => scene.lr?.[name] !== undefined)
    .map((name) => `&${name}.lr=${scene.lr![name]}`)
    .join('');
  return `v=1&${f}&domain=${xmin},${xmax},${ymin},${ymax}&start=${scene.start[0]},${scene.start[1]}${rates}`;
}
