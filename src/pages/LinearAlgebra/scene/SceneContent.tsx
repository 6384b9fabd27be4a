import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { useLinalgStore, type CloudResult } from '../../../stores/linalg/store';
import type { Dim } from '../../../stores/linalg/view';
import { BasisArrows, VectorArrows } from './Arrows';
import { CameraRig } from './CameraRig';
import type { SceneColors } from './colors';
import { EigenLines } from './EigenLines';
import { FrameDriver } from './frame';
import { Grid } from './Grid';
import { LabelProjector } from './Labels';
import { PcaCloud } from './PcaCloud';
import { SvdShape } from './SvdShape';
import { TipHandles } from './TipHandles';
import { UnitCell } from './UnitCell';

const STANDARD = ['î', 'ĵ', 'k̂'];
const NEW_BASIS = ['b₁', 'b₂', 'b₃'];

/** Any store change asks the on-demand frame loop for one frame; nothing renders otherwise. */
function StoreInvalidator() {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => useLinalgStore.subscribe(() => invalidate()), [invalidate]);
  return null;
}

/**
 * Places the pointer by its client position in the canvas's on-screen box. react-three-fiber's own rule
 * (offsetX over its `size`) mixes two scales on stage (src/app/deck/stage.ts), where the figure is scaled with
 * a CSS transform: offsetX is in the figure's layout pixels, `size` in on-screen pixels, so the ray missed the
 * tip handles and a drag on stage did not move them. Client coordinates and the on-screen box agree at any scale.
 */
function ScaledPointer() {
  const setEvents = useThree((s) => s.setEvents);
  useEffect(() => {
    setEvents({
      compute: (event, state) => {
        const r = state.gl.domElement.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return;
        state.pointer.set(
          ((event.clientX - r.left) / r.width) * 2 - 1,
          -((event.clientY - r.top) / r.height) * 2 + 1,
        );
        state.raycaster.setFromCamera(state.pointer, state.camera);
      },
    });
  }, [setEvents]);
  return null;
}

/**
 * Half-height of the world shown at zoom 1: fixed for the matrix views, fitted to the ellipse for the
 * SVD (σ₁ known) and to the point cloud for PCA.
 */
function extentOf(dim: Dim, sigma1: number | null, pcaCloud: CloudResult | null): number {
  if (sigma1 !== null)
    return Math.min(40, Math.max(dim === 2 ? 2.2 : 1.6, sigma1 * (dim === 2 ? 1.25 : 0.9)));
  if (!pcaCloud) return dim === 2 ? 4.2 : 3.2;
  let max = 1;
  for (const p of pcaCloud.points) for (const x of p) max = Math.max(max, Math.abs(x));
  return Math.min(40, max * (dim === 2 ? 1.1 : 0.85));
}

/**
 * Everything inside the canvas. It re-renders only when the dimension, the view, a display toggle or
 * the theme changes; matrix changes reach the objects through the frame loop.
 */
export function SceneContent({ colors, software = false }: { colors: SceneColors; software?: boolean }) {
  const dim = useLinalgStore((s) => s.view.dim);
  const mode = useLinalgStore((s) => s.view.mode);
  const eig = useLinalgStore((s) => s.view.eig);
  const vec = useLinalgStore((s) => s.view.vec);
  const cloud = useLinalgStore((s) => (s.view.mode === 'pca' ? s.cloud : null));
  // Rounded so that a slider drag does not re-render the scene for every tiny change of σ₁.
  const sigma1 = useLinalgStore((s) =>
    s.view.mode === 'svd' ? Math.ceil(4 * s.result.analysis.singularValues[0]) / 4 : null,
  );
  const matrixView = mode === 'transform' || mode === 'compose' || mode === 'basis';
  return (
    <>
      <color attach="background" args={[colors.background]} />
      <FrameDriver software={software} />
      <CameraRig dim={dim} extent={extentOf(dim, sigma1, cloud)} />
      <StoreInvalidator />
      <ScaledPointer />
      <Grid key={`grid${dim}`} dim={dim} colors={colors} transformed={matrixView} />
      {matrixView && <UnitCell key={`cell${dim}`} dim={dim} colors={colors} />}
      {matrixView && (
        <BasisArrows dim={dim} colors={colors} names={mode === 'basis' ? NEW_BASIS : STANDARD} />
      )}
      {(mode === 'transform' || mode === 'compose') && vec && <VectorArrows colors={colors} />}
      {mode === 'basis' && <VectorArrows colors={colors} image={false} />}
      {(mode === 'basis' || mode === 'transform') && (
        <TipHandles key={`tips${dim}`} dim={dim} colors={colors} />
      )}
      {mode === 'transform' && eig && <EigenLines colors={colors} />}
      {mode === 'svd' && <SvdShape dim={dim} colors={colors} />}
      {mode === 'pca' && <PcaCloud colors={colors} />}
      <LabelProjector />
    </>
  );
}
