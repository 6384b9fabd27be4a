import { describe, expect, it } from 'vitest';
import type { UserPoint } from '../../../../src/stores/ml/nn/fields';
import { pointEdits } from '../../../../src/stores/ml/pointEdits';

function harness(start: UserPoint[] | null, max = 3) {
  const state = { points: start, full: 0, writes: 0 };
  const edits = pointEdits(
    () => state.points,
    (points) => {
      state.points = points;
      state.writes++;
    },
    max,
    () => state.full++,
  );
  return { state, edits };
}

const p = (x1: number, x2: number, label = 0): UserPoint => ({ x1, x2, label });

describe('pointEdits', () => {
  it('adds up to the cap, then says the list is full and keeps it', () => {
    const { state, edits } = harness([p(0, 0)], 2);
    edits.add(p(1, 1, 1));
    expect(state.points).toEqual([p(0, 0), p(1, 1, 1)]);
    edits.add(p(2, 2));
    expect(state.points).toHaveLength(2);
    expect(state.full).toBe(1);
  });

  it('moves one point, keeping what the patch does not name, without mutating the list it read', () => {
    const before = [p(0, 0, 1), p(1, 1, 0)];
    const { state, edits } = harness(before);
    edits.move(0, { x1: 5, x2: -5 });
    expect(state.points).toEqual([p(5, -5, 1), p(1, 1, 0)]);
    expect(before[0]).toEqual(p(0, 0, 1));
  });

  it('removes by index; an index outside the list or a list that cannot be edited changes nothing', () => {
    const { state, edits } = harness([p(0, 0), p(1, 1), p(2, 2)]);
    edits.remove(1);
    expect(state.points).toEqual([p(0, 0), p(2, 2)]);
    edits.remove(5);
    edits.move(-1, { x1: 9 });
    expect(state.writes).toBe(1);
    const locked = harness(null);
    locked.edits.add(p(0, 0));
    locked.edits.move(0, { x1: 1 });
    locked.edits.remove(0);
    expect(locked.state.writes).toBe(0);
    expect(locked.state.full).toBe(0);
  });
});
