import type { OptimizerName } from '../../core';
import { markPath, OPTIMIZER_DASH } from './marks';
import { optimizerVar } from './palette';

/**
 * A legend glyph: a stretch of the optimizer's loss-curve dash with its marker shape, in its colour,
 * so that the legends name the shapes and dashes the charts use.
 */
export function OptimizerKey({ name }: { name: OptimizerName }) {
  return (
    <svg
      className="calc-key"
      width={34}
      height={14}
      viewBox="0 0 34 14"
      aria-hidden="true"
      data-optimizer={name}
      style={{ color: optimizerVar(name) }}
    >
      <line x1={0} y1={7} x2={34} y2={7} strokeDasharray={OPTIMIZER_DASH[name]} />
      <path d={markPath(name, 4, 17, 7)} />
    </svg>
  );
}
