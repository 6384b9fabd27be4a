import { useMemo } from 'react';
import { curvatureAt, type Curvature } from '../../core';
import { useCalculusStore } from '../../stores/calculus/store';
import type { Overlay } from '../../stores/calculus/view';
import { formatNumber, Readout } from '../../ui/Readout';
import { Tex } from '../../ui/Tex';
import { conditionTex, eigenTex, gradientTex, hessianTex, TAYLOR_TEX } from './calculusTex';
import { useProbe, useShownExpr } from './shownExpr';

const SHAPE: Record<Curvature['kind'], string> = {
  minimum: 'curves up in every direction (λ₁, λ₂ > 0): bowl-shaped',
  maximum: 'curves down in every direction (λ₁, λ₂ < 0): cap-shaped',
  saddle: 'curves up along u₁ and down along u₂: saddle-shaped',
  degenerate: 'flat along an eigenvector (an eigenvalue is 0): the quadratic model cannot classify it',
};

const CRITICAL: Record<Curvature['kind'], string> = {
  minimum: 'a local minimum',
  maximum: 'a local maximum',
  saddle: 'a saddle point',
  degenerate: 'a degenerate critical point',
};

/** Whether ∇f vanishes here, relative to the size of f and of its curvature. */
function isCritical(c: Curvature): boolean {
  const g = Math.hypot(c.gradient[0], c.gradient[1]);
  return g <= 1e-6 * Math.max(1, Math.abs(c.value), Math.abs(c.eigenvalues[0]), Math.abs(c.eigenvalues[1]));
}

const OVERLAYS: { id: Overlay; label: string }[] = [
  { id: 'none', label: 'none' },
  { id: 'tangent', label: 'tangent plane' },
  { id: 'taylor', label: 'second-order Taylor surface' },
];

/** Gradient, Hessian eigen-decomposition, conditioning and the stable step at the hovered or start point. */
export function CurvaturePanel() {
  const shown = useShownExpr();
  const [px, py] = useProbe();
  const hovering = useCalculusStore((s) => s.hover !== null);
  const overlay = useCalculusStore((s) => s.view.overlay);
  const set = useCalculusStore((s) => s.set);
  const c = useMemo(() => (shown ? curvatureAt(shown.expr, px, py) : null), [shown, px, py]);
  const where = `${hovering ? 'the pointer' : 'the start'} (${formatNumber(px, 4)}, ${formatNumber(py, 4)})`;
  const finite = c !== null && Number.isFinite(c.value) && c.eigenvalues.every(Number.isFinite);
  return (
    <section className="panel calc-curvature" aria-label="Curvature">
      <h2 className="calc-view-title">Curvature at {where}</h2>
      {!c || !finite ? (
        <p className="fine">
          f or its derivatives are not real numbers at this point, so there is no curvature to show.
        </p>
      ) : (
        <>
          <div className="calc-tex-row">
            <Tex tex={gradientTex(c.gradient)} />
            <Tex tex={hessianTex(c.hessian)} />
          </div>
          <div className="calc-tex-row">
            <Tex tex={eigenTex(c)} />
          </div>
          <div className="calc-tex-row">
            <Tex tex={conditionTex(c)} />
          </div>
          <div className="calc-readouts">
            <Readout label="f at probe" value={c.value} />
            <Readout label="λ1" value={c.eigenvalues[0]} />
            <Readout label="λ2" value={c.eigenvalues[1]} />
            <Readout label="condition number" value={c.condition} />
            <Readout label="2/λmax" value={c.maxStableStep} />
          </div>
          <p className="calc-kind" data-kind={c.kind}>
            {isCritical(c) ? `∇f = 0 here: ${CRITICAL[c.kind]}.` : `Here f ${SHAPE[c.kind]}.`}{' '}
            {c.maxStableStep === Infinity
              ? 'No positive curvature: GD is not limited by a step size here.'
              : `GD with a learning rate above ${formatNumber(c.maxStableStep, 3)} overshoots along u₁.`}
          </p>
        </>
      )}
      <label className="calc-inline calc-overlay">
        <span>3D overlay</span>
        <select
          aria-label="3D overlay"
          value={overlay}
          onChange={(e) => set('overlay', e.target.value as Overlay)}
        >
          {OVERLAYS.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {overlay !== 'none' && <Tex tex={TAYLOR_TEX} />}
    </section>
  );
}
