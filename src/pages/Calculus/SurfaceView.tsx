import { lazy, useDeferredValue, useId, useMemo } from 'react';
import { useCalculusStore } from '../../stores/calculus/store';
import { ChartTextAlternative } from '../../ui/ChartText';
import { formatNumber } from '../../ui/Readout';
import { StageMessage, StageScene, useSceneStage, type StageTexts } from '../../ui/webgl/SceneStage';
import { constraintSurfaceText, surfaceText } from './chartText';
import { useSceneColors } from './palette';
import { useOrbitSync } from '../../ui/webgl/useOrbitSync';
import { surfaceOrbit } from './scene/orbit';
import { OrbitButtons, orbitKeyHandler, orbitShortcuts, ORBIT_KEYS_HINT } from '../../ui/webgl/OrbitButtons';

const SurfaceCanvas = lazy(() => import('./scene/SurfaceCanvas'));

const TEXTS: StageTexts = {
  noWebgl:
    'The 3D surface needs WebGL, which this browser or computer does not provide (it is often switched off on school PCs). Everything else works: the contour plot, the race, the charts and the backprop view.',
  lost: 'The 3D surface stopped because the browser lost its WebGL context (graphics memory or driver trouble). The rest of the page keeps working.',
  failed: (reason) => `The 3D surface could not start (${reason}).`,
};

const onKey = orbitKeyHandler(surfaceOrbit);

/**
 * What the surface shows, in words and a table. Its own component, so that a new grid or race
 * re-renders this text and not the canvas.
 */
function SurfaceTextAlternative({ id }: { id: string }) {
  const grid = useCalculusStore((s) => s.grid);
  const start = useCalculusStore((s) => s.view.start);
  // Deferred like the scene's paths (SurfaceCanvas), so the text describes what is drawn.
  const race = useDeferredValue(useCalculusStore((s) => s.race));
  const kind = useCalculusStore((s) => s.view.constraint);
  const stored = useDeferredValue(useCalculusStore((s) => s.constraint));
  const constraint = kind === 'none' ? null : stored;
  const text = useMemo(() => {
    const t = surfaceText(grid, start, race);
    const extra = grid ? constraintSurfaceText(constraint) : '';
    return extra ? { ...t, description: `${t.description} ${extra}` } : t;
  }, [grid, start, race, constraint]);
  return <ChartTextAlternative id={id} text={text} />;
}

/** The surface in 3D (its own lazily loaded chunk), or a clear message when WebGL is missing or lost. */
export function SurfaceView() {
  const textId = `calc-surface-text-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const stage = useSceneStage(TEXTS);
  const cam = useCalculusStore((s) => s.view.cam);
  useOrbitSync(surfaceOrbit, cam, (c) => useCalculusStore.getState().set('cam', c));
  const constrained = useCalculusStore((s) => s.view.constraint !== 'none');
  const colors = useSceneColors();
  const zRange = useCalculusStore((s) =>
    s.grid ? `${formatNumber(s.grid.result.zLow, 4)} to ${formatNumber(s.grid.result.zHigh, 4)}` : null,
  );
  const clipped = useCalculusStore((s) => {
    const r = s.grid?.result;
    return !!r && (r.percentiles[100] > r.zHigh || r.percentiles[0] < r.zLow);
  });
  return (
    <div className="calc-surface">
      <h2 className="calc-view-title">Surface z = f(x, y)</h2>
      <div className="calc-scene">
        {stage.message ? (
          <StageMessage stage={stage} className="calc-scene-message" />
        ) : (
          <div
            className="calc-canvas"
            role="img"
            aria-label={`3D surface of f coloured by height, with the optimizer paths${constrained ? ' and the constraint curve' : ''}`}
            aria-describedby={textId}
            tabIndex={0}
            aria-keyshortcuts={orbitShortcuts()}
            onKeyDown={onKey}
          >
            <StageScene stage={stage} loadingClass="calc-scene-loading">
              <SurfaceCanvas colors={colors} onLost={stage.onLost} software={stage.support.software} />
            </StageScene>
          </div>
        )}
      </div>
      {!stage.message && <SurfaceTextAlternative id={textId} />}
      {!stage.message && (
        <OrbitButtons orbit={surfaceOrbit} label="3D view controls" className="calc-orbit" />
      )}
      {zRange && (
        <p className="fine">
          Drag to rotate, wheel to zoom; on the focused surface, {ORBIT_KEYS_HINT}. Heights shown: {zRange}
          {clipped ? ' (larger values are clipped flat).' : '.'}
        </p>
      )}
    </div>
  );
}
