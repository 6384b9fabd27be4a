import { lazy, useId, useMemo } from 'react';
import { useLinalgStore } from '../../../stores/linalg/store';
import type { LinalgMode } from '../../../stores/linalg/view';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { StageMessage, StageScene, useSceneStage, type StageTexts } from '../../../ui/webgl/SceneStage';
import { useSceneColors } from './colors';
import { LabelLayer } from './labelRegistry';
import { TipButtonLayer } from './tipButtons';
import { useOrbitSync } from '../../../ui/webgl/useOrbitSync';
import { sceneOrbit } from './orbit';
import { OrbitButtons, orbitKeyHandler, orbitShortcuts } from '../../../ui/webgl/OrbitButtons';
import { sceneText } from '../sceneText';

const SceneCanvas = lazy(() => import('./SceneCanvas'));

const TEXTS: StageTexts = {
  noWebgl:
    'The 3D view needs WebGL, which this browser or computer does not provide (it is often switched off on school PCs). Everything else on this page works: edit the matrix and read the results below.',
  lost: 'The 3D view stopped because the browser lost its WebGL context (graphics memory or driver trouble). The matrix editor and the panel keep working.',
  failed: (reason) => `The 3D view could not start (${reason}).`,
};

const DESCRIPTION: Record<LinalgMode, string> = {
  transform: 'The grid, basis vectors and unit cell transformed by A',
  compose: 'The grid transformed by B, then by A',
  svd: 'The unit circle or sphere carried through the factors of the SVD',
  basis: 'The grid of the new basis, with v and its coordinates',
  pca: 'The point cloud, its principal axes and its projection',
  norms: 'The unit balls of the p-norms and the point x',
  vectors: 'The vectors u and v, their combination and the projection of v onto u',
  cholesky: 'Standard normal samples and the same samples multiplied by the Cholesky factor L',
  projection: 'The vector v, its projection onto the span of the given vectors and the residual',
  gramschmidt: 'The vectors and the orthonormal basis Gram–Schmidt makes of them',
  jacobian: 'The grid warped by a nonlinear map and its local linear map at a point',
  maps: 'The null space and column space of a 2 × 3 or 3 × 2 matrix',
  lowrank: 'A grayscale image and its rank-k approximation from the SVD',
};

/**
 * What the scene shows, in words and a table. Its own component: a matrix change re-renders this
 * text, not the canvas (whose objects follow the store through the frame loop).
 */
function SceneTextAlternative({ id }: { id: string }) {
  const view = useLinalgStore((s) => s.view);
  const result = useLinalgStore((s) => s.result);
  const cloud = useLinalgStore((s) => s.cloud);
  const text = useMemo(() => sceneText(view, result, cloud), [view, result, cloud]);
  return <ChartTextAlternative id={id} text={text} />;
}

/**
 * The r3f scene, or a clear message when WebGL is missing or was lost. The editor and the panel do
 * not depend on it, so they keep working either way.
 */
export function SceneView() {
  const textId = `la-scene-text-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const stage = useSceneStage(TEXTS);
  const colors = useSceneColors();
  const dim = useLinalgStore((s) => s.view.dim);
  const mode = useLinalgStore((s) => s.view.mode);
  const cam = useLinalgStore((s) => s.view.cam);
  useOrbitSync(sceneOrbit, cam, (c) => useLinalgStore.getState().set('cam', c));
  return (
    <div className="la-scene-wrap" data-stage="main">
      <div className="la-scene">
        {stage.message ? (
          <StageMessage stage={stage} className="la-scene-message" />
        ) : (
          <div
            className="la-canvas"
            role="img"
            aria-label={`${DESCRIPTION[mode]} (${dim}D)`}
            aria-describedby={textId}
            tabIndex={0}
            aria-keyshortcuts={orbitShortcuts(dim !== 3)}
            onKeyDown={orbitKeyHandler(sceneOrbit, dim !== 3)}
          >
            <StageScene stage={stage} loadingClass="la-scene-loading">
              <SceneCanvas colors={colors} onLost={stage.onLost} software={stage.support.software} />
            </StageScene>
            <LabelLayer />
          </div>
        )}
        {!stage.message && <TipButtonLayer />}
      </div>
      {!stage.message && <SceneTextAlternative id={textId} />}
      {!stage.message && (
        <OrbitButtons
          orbit={sceneOrbit}
          label="View controls"
          className="la-orbit"
          buttonClass=""
          flat={dim !== 3}
          turn={0.2}
        />
      )}
    </div>
  );
}
