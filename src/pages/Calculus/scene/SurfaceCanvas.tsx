/**
 * The three.js half of the surface view, loaded as its own chunk only when WebGL is available: the
 * rest of the page renders without waiting for (or ever downloading) three.js.
 */
import { useDeferredValue, useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { curvatureAt } from '../../../core';
import { DemandCanvas } from '../../../ui/webgl/DemandCanvas';
import { useCalculusStore } from '../../../stores/calculus/store';
import type { SceneColors } from '../palette';
import { useProbe, useShownExpr } from '../shownExpr';
import { CameraRig } from './CameraRig';
import { Constraint3D, infeasibleOnGrid } from './Constraint3D';
import { BoxFrame, StartMarker, TaylorPatch } from './Extras';
import { RacePaths3D, WarmRaceShaders } from './RacePaths3D';
import { sceneMap } from './sceneMap';
import { SurfaceMesh } from './SurfaceMesh';

function SceneContent({ colors }: { colors: SceneColors }) {
  const grid = useCalculusStore((s) => s.grid);
  const race = useDeferredValue(useCalculusStore((s) => s.race));
  const start = useCalculusStore((s) => s.view.start);
  const overlay = useCalculusStore((s) => s.view.overlay);
  const constraintKind = useCalculusStore((s) => s.view.constraint);
  // Deferred like the contour plot's constraint layer: a new analysis never holds up a frame of the race.
  const stored = useDeferredValue(useCalculusStore((s) => s.constraint));
  const constraint = constraintKind === 'none' ? null : stored;
  const shown = useShownExpr();
  const probe = useProbe();
  const map = useMemo(() => (grid ? sceneMap(grid.request, grid.result) : null), [grid]);
  const curvature = useMemo(
    () => (shown && overlay !== 'none' ? curvatureAt(shown.expr, probe[0], probe[1]) : null),
    [shown, overlay, probe],
  );
  const infeasible = useMemo(() => (grid ? infeasibleOnGrid(constraint, grid) : null), [constraint, grid]);
  const invalidate = useThree((s) => s.invalidate);
  // Anything React re-renders here changes the picture; the demand loop needs to hear of it.
  useEffect(() => invalidate());
  if (!grid || !map) return null;
  const d = grid.request;
  const startZ = shown ? shown.expr.evaluate(start[0], start[1]) : NaN;
  const finiteCurvature = curvature && [curvature.value, ...curvature.gradient].every(Number.isFinite);
  return (
    <>
      <SurfaceMesh grid={grid.result} map={map} infeasible={infeasible} />
      {constraint && (
        <Constraint3D constraint={constraint} grid={grid.result} map={map} color={colors.constraint} />
      )}
      <WarmRaceShaders />
      <BoxFrame color={colors.frame} hx={map.hx} hy={map.hy} />
      {race && <RacePaths3D traces={race.result.traces} map={map} colors={colors.optimizers} />}
      <StartMarker
        position={[map.wx(start[0]), map.wy(start[1]), map.wz(startZ) + 0.02]}
        limits={[map.hx, map.hy]}
        color={colors.start}
      />
      {curvature && finiteCurvature && overlay !== 'none' && (
        <TaylorPatch
          map={map}
          probe={probe}
          curvature={curvature}
          kind={overlay}
          span={[(d.xmax - d.xmin) / 6, (d.ymax - d.ymin) / 6]}
          color={colors.overlay}
        />
      )}
    </>
  );
}

/** The surface scene; on a software renderer the race's frames are also drawn in their own task (CameraRig). */
export default function SurfaceCanvas({
  colors,
  onLost,
  software,
}: {
  colors: SceneColors;
  onLost: () => void;
  software: boolean;
}) {
  return (
    <DemandCanvas software={software} onLost={onLost} maxDpr={1.5} antialias={false}>
      <color attach="background" args={[colors.background]} />
      <CameraRig software={software} />
      <SceneContent colors={colors} />
    </DemandCanvas>
  );
}
