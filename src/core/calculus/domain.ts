/** The rectangle of the plane a calculus view shows, and its checks. */
import type { CalculusError } from './source';

export interface PlaneDomain {
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
}

/** A message when the domain is not a finite rectangle with xmin < xmax and ymin < ymax. */
export function checkDomain(d: PlaneDomain): CalculusError | null {
  if (!d || typeof d !== 'object') return { error: 'the domain must be { xmin, xmax, ymin, ymax }' };
  const { xmin, xmax, ymin, ymax } = d;
  if (![xmin, xmax, ymin, ymax].every((v) => typeof v === 'number' && Number.isFinite(v)))
    return { error: 'the domain bounds must be finite numbers' };
  if (!(xmin < xmax && ymin < ymax)) return { error: 'the domain needs xmin < xmax and ymin < ymax' };
  return null;
}

/** True strictly inside the rectangle. */
export function inside(d: PlaneDomain, x: number, y: number): boolean {
  return x > d.xmin && x < d.xmax && y > d.ymin && y < d.ymax;
}
