/** Plain-language reasons why training stops, in the wording of the calculus page's race. */
import { DIVERGENCE_FACTOR } from '../optim/optimize';

/** Three significant digits, without trailing zeros. */
const num = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(3))) : String(v));

/**
 * Why training must stop after epoch `epoch` with objective `loss`, or null when it may go on.
 * It diverged when the objective is not a finite number, or when it exceeds 10⁶·max(1, start)
 * (DIVERGENCE_FACTOR, as for the calculus page's optimizers), `start` being the objective before
 * training; `lr` is the learning rate of the last step.
 */
export function trainingDivergence(loss: number, start: number, epoch: number, lr: number): string | null {
  const hint = `learning rate ${num(lr)} is too large for this network; try a smaller one`;
  if (Number.isNaN(loss)) return `diverged: the training loss is not a number after epoch ${epoch}; ${hint}`;
  if (!Number.isFinite(loss)) return `diverged: the training loss overflowed to ∞ at epoch ${epoch}; ${hint}`;
  const limit = DIVERGENCE_FACTOR * Math.max(1, Number.isFinite(start) ? Math.abs(start) : 1);
  if (loss > limit) {
    return `diverged: the training loss grew from ${num(start)} to ${num(loss)} by epoch ${epoch} (over 10⁶ times its start); ${hint}`;
  }
  return null;
}
