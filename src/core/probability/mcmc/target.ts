/** What a sampler needs to know about a 2D target density π(x, y), known up to a constant. */

/** Where gradients are written: [∂/∂x, ∂/∂y] in entries 0 and 1. */
export type Grad = Float64Array | number[];

export interface Target2D {
  /** log π(x, y) up to an additive constant; −∞ outside the support. */
  logDensity(x: number, y: number): number;
  /** Writes ∇ log π(x, y) into g[0], g[1] and returns log π(x, y) (allocation-free: HMC calls it per leapfrog step). */
  logDensityGrad(x: number, y: number, g: Grad): number;
  /** A box [xMin, xMax, yMin, yMax] holding nearly all of the mass, for plots. */
  readonly bounds: readonly [number, number, number, number];
  /** Where chains start: off the mode, so that the burn-in is visible. */
  readonly start: readonly [number, number];
  /** log π as TeX. */
  readonly tex: string;
}

/** The built-in targets and the typed one; plain data, so that a request can cross to the worker. */
export type TargetSpec =
  | { kind: 'gaussian'; rho: number }
  | { kind: 'banana' }
  | { kind: 'donut' }
  | { kind: 'mixture' }
  | { kind: 'custom'; source: string };

export type TargetKind = TargetSpec['kind'];

export const TARGET_KINDS: readonly TargetKind[] = ['gaussian', 'banana', 'donut', 'mixture', 'custom'];

export const TARGET_LABELS: Record<TargetKind, string> = {
  gaussian: 'Correlated Gaussian',
  banana: 'Banana',
  donut: 'Donut',
  mixture: 'Mixture of Gaussians',
  custom: 'Typed log-density',
};
