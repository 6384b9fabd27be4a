/** Sets the calculus page to an exercise's scene through the store's own actions, and runs the race. */
import { OPTIMIZER_NAMES, type OptimizerName, type Vec2 } from '../../../core';
import { useCalculusStore } from '../../../stores/calculus/store';
import {
  METHOD_PARAMS,
  type Domain,
  type OptimizerSettings,
  type Overlay,
  type ParamName,
} from '../../../stores/calculus/view';
import { PRESETS, type Preset } from '../presets';

export interface Scene {
  /** A new function (with its domain and start, the current ones where not given). */
  fn?: string;
  domain?: Domain;
  start?: Vec2;
  steps?: number;
  /**
   * The optimizers to select, each with the settings to change (the rest keep theirs; `on` is implied);
   * the others are switched off.
   */
  optimizers?: Partial<Record<OptimizerName, Partial<OptimizerSettings>>>;
  overlay?: Overlay;
  /** Run the race (and play it) once set. */
  run?: boolean;
}

/** A preset by name (the exercises' givens are the page's own presets). */
export function preset(name: string): Preset {
  const p = PRESETS.find((q) => q.name === name);
  if (!p) throw new Error(`no preset named ${name}`);
  return p;
}

const store = () => useCalculusStore.getState();

export function setScene(scene: Scene): void {
  const { view } = store();
  if (scene.fn !== undefined)
    store().applyPreset({
      fn: scene.fn,
      domain: scene.domain ?? view.domain,
      start: scene.start ?? view.start,
    });
  else if (scene.start) store().set('start', [scene.start[0], scene.start[1]]);
  if (scene.steps !== undefined) store().set('steps', scene.steps);
  if (scene.optimizers) {
    for (const name of OPTIMIZER_NAMES) {
      const want = scene.optimizers[name];
      store().setOptimizerOn(name, want !== undefined);
      if (!want) continue;
      // The schedule first: choosing one resets its decay, which `want` may then set.
      if (want.schedule !== undefined) store().setSchedule(name, want.schedule);
      const params: ParamName[] = [...METHOD_PARAMS[name], 'decay', 'stepEvery'];
      for (const p of params) {
        const v = want[p];
        if (v !== undefined) store().setParam(name, p, v);
      }
    }
  }
  if (scene.overlay !== undefined) store().set('overlay', scene.overlay);
  // The curvature panel and the prompt's numbers follow the start, not a stale pointer position.
  store().setHover(null);
  if (scene.run) store().run();
}
