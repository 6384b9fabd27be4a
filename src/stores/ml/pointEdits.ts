/**
 * Adding, moving and removing one of the student's points, as the network, regression and PCA tabs do it: the
 * store says where its list is (`read`, null when the shown set cannot be edited) and how a new list is kept
 * (`write`); a list at its cap refuses another point through `full`, and an index outside it changes nothing.
 */
import type { UserPoint } from './nn/fields';

export interface PointEdits {
  add(point: UserPoint): void;
  move(index: number, patch: Partial<UserPoint>): void;
  remove(index: number): void;
}

export function pointEdits(
  read: () => UserPoint[] | null,
  write: (points: UserPoint[]) => void,
  max: number,
  full: () => void,
): PointEdits {
  const at = (index: number): UserPoint[] | null => {
    const points = read();
    return points && index >= 0 && index < points.length ? points : null;
  };
  return {
    add(point) {
      const points = read();
      if (!points) return;
      if (points.length >= max) full();
      else write([...points, point]);
    },
    move(index, patch) {
      const points = at(index);
      if (points) write(points.map((p, i) => (i === index ? { ...p, ...patch } : p)));
    },
    remove(index) {
      const points = at(index);
      if (points) write(points.filter((_, i) => i !== index));
    },
  };
}
