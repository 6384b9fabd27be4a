import { Component, lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { useLinalgStore } from '../../../stores/linalgStore';
import type { LinalgMode } from '../../../stores/linalgUrl';
import { useSceneColors } from './colors';
import { LabelLayer } from './labelRegistry';
import { resetOrbit, rotateOrbit, zoomOrbit } from './orbit';
import { webglSupport } from './webgl';

const SceneCanvas = lazy(() => import('./SceneCanvas'));

const NO_WEBGL =
  'The 3D view needs WebGL, which this browser or computer does not provide (it is often switched off on school PCs). Everything else on this page works: edit the matrix and read the results below.';
const LOST =
  'The 3D view stopped because the browser lost its WebGL context (graphics memory or driver trouble). The matrix editor and the panel keep working.';

const DESCRIPTION: Record<LinalgMode, string> = {
  transform: 'The grid, basis vectors and unit cell transformed by A',
  compose: 'The grid transformed by B, then by A',
  svd: 'The unit circle or sphere carried through the factors of the SVD',
  basis: 'The grid of the new basis, with v and its coordinates',
  pca: 'The point cloud, its principal axes and its projection',
};

class SceneBoundary extends Component<
  { onError: (message: string) => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error instanceof Error ? error.message : String(error));
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function OrbitButtons({ dim }: { dim: number }) {
  const act = (f: () => void) => () => f();
  return (
    <div className="la-orbit" role="group" aria-label="View controls">
      {dim === 3 && (
        <>
          <button type="button" onClick={act(() => rotateOrbit(0.2, 0))}>
            Rotate left
          </button>
          <button type="button" onClick={act(() => rotateOrbit(-0.2, 0))}>
            Rotate right
          </button>
          <button type="button" onClick={act(() => rotateOrbit(0, 0.15))}>
            Tilt up
          </button>
          <button type="button" onClick={act(() => rotateOrbit(0, -0.15))}>
            Tilt down
          </button>
        </>
      )}
      <button type="button" onClick={act(() => zoomOrbit(1.25))}>
        Zoom in
      </button>
      <button type="button" onClick={act(() => zoomOrbit(0.8))}>
        Zoom out
      </button>
      <button type="button" onClick={act(resetOrbit)}>
        Reset view
      </button>
    </div>
  );
}

/**
 * The r3f scene, or a clear message when WebGL is missing or was lost. The editor and the panel do
 * not depend on it, so they keep working either way.
 */
export function SceneView() {
  const [{ available, software }] = useState(webglSupport);
  const [lost, setLost] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const colors = useSceneColors();
  const dim = useLinalgStore((s) => s.view.dim);
  const mode = useLinalgStore((s) => s.view.mode);
  const onLost = useCallback(() => setLost(true), []);
  const retry = () => {
    setLost(false);
    setFailure(null);
    setAttempt((n) => n + 1);
  };
  const message = !available
    ? NO_WEBGL
    : lost
      ? LOST
      : failure
        ? `The 3D view could not start (${failure}).`
        : null;
  return (
    <div className="la-scene-wrap">
      <div className="la-scene">
        {message ? (
          <div className="la-scene-message" role="status">
            <p>{message}</p>
            {available && (
              <button type="button" onClick={retry}>
                Try again
              </button>
            )}
          </div>
        ) : (
          <div className="la-canvas" role="img" aria-label={`${DESCRIPTION[mode]} (${dim}D)`}>
            <SceneBoundary key={attempt} onError={setFailure}>
              <Suspense fallback={<p className="la-scene-loading">Loading the 3D view…</p>}>
                <SceneCanvas colors={colors} onLost={onLost} software={software} />
              </Suspense>
            </SceneBoundary>
            <LabelLayer />
          </div>
        )}
      </div>
      {!message && <OrbitButtons dim={dim} />}
    </div>
  );
}
