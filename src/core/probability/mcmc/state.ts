/** The mutable state a chain carries from step to step, and where a step reports what it proposed. */

export interface ChainState {
  x: number;
  y: number;
  /** log π at (x, y), kept so that each step evaluates the target once (MH) or reuses the gradient (HMC). */
  logp: number;
  /** ∇ log π at (x, y); HMC only. */
  g: Float64Array;
}

/** What the last step proposed and whether it was accepted (reused: no allocation per step). */
export interface StepReport {
  px: number;
  py: number;
  accepted: boolean;
}

export function newReport(): StepReport {
  return { px: 0, py: 0, accepted: false };
}
