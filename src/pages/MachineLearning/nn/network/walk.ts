/**
 * The backprop walk-through's state: one training point, how far the walk has gone (0 not started, 1 the
 * forward pass, then one more per layer walked back from the output), and the network it froze at "Forward".
 */
import { mlpBackpropTrace, type Mlp, type MlpBackpropTrace } from '../../../../core';
import type { NetModel } from './model';

export interface WalkState {
  /** 1-based among the training points. */
  point: number;
  stage: number;
  net: Mlp | null;
}

export const WALK_START: WalkState = { point: 1, stage: 0, net: null };

/** What the diagram overlays: the point's trace and the first weight layer whose gradients are shown. */
export interface WalkOverlay {
  trace: MlpBackpropTrace;
  /** Weight layers l ≥ backFrom show this point's ∂L/∂w (depth when the walk has not gone back yet). */
  backFrom: number;
}

export const layersWalked = (stage: number, depth: number): number => Math.max(0, Math.min(depth, stage - 1));

/** The row of the data set behind training point `point` (1-based), or −1. */
export function rowOf(model: NetModel, point: number): number {
  const train = model.data.train;
  return point >= 1 && point <= train.length ? train[point - 1] : -1;
}

export function sameShape(a: Mlp, model: NetModel): boolean {
  const s = model.spec;
  return (
    a.spec.output === s.output &&
    a.spec.sizes.length === s.sizes.length &&
    a.spec.sizes.every((n, i) => n === s.sizes[i]) &&
    a.spec.activations.every((f, i) => f === s.activations[i])
  );
}

/** The point's forward and backward pass on the frozen network, or null when the walk has not started. */
export function walkOverlay(model: NetModel | null, walk: WalkState): WalkOverlay | null {
  if (!model || !walk.net || walk.stage < 1 || !sameShape(walk.net, model)) return null;
  const row = rowOf(model, walk.point);
  if (row < 0) return null;
  const F = model.spec.sizes[0];
  const trace = mlpBackpropTrace(walk.net, model.x.subarray(row * F, row * F + F), model.data.y[row]);
  const depth = model.spec.sizes.length - 1;
  return { trace, backFrom: depth - layersWalked(walk.stage, depth) };
}
