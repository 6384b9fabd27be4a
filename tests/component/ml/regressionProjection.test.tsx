// @vitest-environment jsdom
// Least squares as a projection: with three points and a line, R³ with one axis per point; ŷ is the
// orthogonal projection of y onto the plane spanned by 1 and x, and r = y − ŷ is perpendicular to it.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { fitLinear } from '../../../src/core';
import RegressionTab from '../../../src/pages/MachineLearning/regression/RegressionTab';
import { projectionGeometry } from '../../../src/pages/MachineLearning/regression/ProjectionView';
import { useRegStore } from '../../../src/stores/ml/regression/store';
import { regView } from '../../../src/stores/ml/regression/view';

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

describe('projectionGeometry', () => {
  it('ŷ is in the column space, r is perpendicular to 1 and x, ŷ + r = y', () => {
    const xs = [0, 1, 3];
    const ys = [1, 2, 2.5];
    const fit = fitLinear(
      xs.map((x) => [x]),
      ys,
    );
    const g = projectionGeometry(xs, ys, fit.fitted)!;
    expect(Math.abs(g.xtr[0])).toBeLessThan(1e-12);
    expect(Math.abs(g.xtr[1])).toBeLessThan(1e-12);
    g.y.forEach((v, i) => expect(g.yHat[i] + g.r[i]).toBeCloseTo(v, 14));
    // ŷ has no component off the plane: ŷ = (ŷ·e1)e1 + (ŷ·e2)e2.
    const back = [0, 1, 2].map((i) => dot(g.yHat, g.e1) * g.e1[i] + dot(g.yHat, g.e2) * g.e2[i]);
    back.forEach((v, i) => expect(v).toBeCloseTo(g.yHat[i], 12));
    expect(dot(g.e1, g.e2)).toBeCloseTo(0, 14);
    // The residual is not zero here: the three points are not on a line.
    expect(Math.hypot(...g.r)).toBeGreaterThan(0.1);
  });

  it('is null for a constant x (the columns 1 and x are dependent) and for other than three points', () => {
    expect(projectionGeometry([2, 2, 2], [1, 2, 3], [2, 2, 2])).toBeNull();
    expect(projectionGeometry([0, 1], [1, 2], [1, 2])).toBeNull();
  });
});

describe('<RegressionTab> projection view', () => {
  beforeEach(() => useRegStore.getState().loadView(regView.defaults, []));

  it('appears for three points and a line, reads Xᵀr ≈ 0 and turns with the arrow keys', () => {
    render(<RegressionTab />);
    const pts = [
      [0, 1],
      [1, 2],
      [3, 2.5],
    ];
    act(() =>
      useRegStore.getState().loadView(
        {
          ...regView.defaults,
          data: 'own',
          degree: 1,
          points: pts.map(([x1, x2]) => ({ x1, x2, label: 0 })),
        },
        [],
      ),
    );
    const fig = screen.getByRole('img', { name: 'least squares as a projection in three dimensions' });
    for (const name of ['1 dot r', 'x dot r']) {
      const v = Number(screen.getByLabelText(name, { selector: 'output' }).getAttribute('data-value'));
      expect(Math.abs(v)).toBeLessThan(1e-12);
    }
    const line = () => fig.querySelector('.reg-proj-y line')!.getAttribute('x2');
    const before = line();
    fireEvent.keyDown(fig, { key: 'ArrowRight' });
    expect(line()).not.toBe(before);
    expect(document.body.textContent).not.toMatch(/NaN/);
    // A fourth point: the view leaves (the statement in numbers stays).
    act(() => useRegStore.getState().addPoint(2, 3));
    expect(
      screen.queryByRole('img', { name: 'least squares as a projection in three dimensions' }),
    ).toBeNull();
  });
});
