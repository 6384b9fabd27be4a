import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  Group,
  Line,
  LineDashedMaterial,
  Mesh,
  MeshBasicMaterial,
  Scene,
  SphereGeometry,
} from 'three';
import type { OptimizerName } from '../../../core';
import type { OptimizerTrace } from '../../../worker/protocol';
import { clock } from '../clock';
import { at } from '../geometry';
import { OPTIMIZER_DASH_3D } from '../marks';
import { clampBox, type SceneMap } from './sceneMap';

/** Paths float this far above the surface so that they are not hidden in it. */
const LIFT = 0.012;
/** Vertices closer than this (in scene units, about a pixel) to the previous kept one are dropped. */
const MIN_GAP = 0.004;

interface Item {
  taken: number;
  /** Scene position of every iterate (for the marker). */
  positions: Float32Array;
  /** kept[k]: vertices of the thinned line up to and including iterate k (its draw range). */
  kept: Uint32Array;
  progress: BufferGeometry;
  marker: Mesh;
}

/**
 * One path: every iterate in scene coordinates, and a thinned copy for the lines. Ten thousand
 * steps that crawl around a minimum are thousands of vertices on one pixel; the CPU renderers
 * of school machines pay for each one every frame.
 */
function trace3D(t: OptimizerTrace, map: SceneMap) {
  const count = t.taken + 1;
  const positions = new Float32Array(3 * count);
  const line = new Float32Array(3 * count);
  const kept = new Uint32Array(count);
  let m = 0;
  for (let k = 0; k < count; k++) {
    const x = clampBox(map.wx(t.path[2 * k]), map.hx);
    const y = clampBox(map.wy(t.path[2 * k + 1]), map.hy);
    const z = map.wz(t.losses[k]) + LIFT;
    positions[3 * k] = x;
    positions[3 * k + 1] = y;
    positions[3 * k + 2] = z;
    const dx = m === 0 ? 1 : x - line[3 * m - 3];
    const dy = m === 0 ? 1 : y - line[3 * m - 2];
    const dz = m === 0 ? 1 : z - line[3 * m - 1];
    const far = dx * dx + dy * dy + dz * dz >= MIN_GAP * MIN_GAP;
    if (far || k === count - 1) {
      line[3 * m] = x;
      line[3 * m + 1] = y;
      line[3 * m + 2] = z;
      m++;
    }
    kept[k] = m;
  }
  return { positions, line: line.slice(0, 3 * m), kept };
}

/** The three.js objects of one optimizer's path: the full path faintly, the covered part strongly, a marker. */
function buildTrace(
  t: OptimizerTrace,
  map: SceneMap,
  color: Color,
  sphere: SphereGeometry,
  group: Group,
  disposables: { dispose(): void }[],
): Item {
  const { positions, line, kept } = trace3D(t, map);
  const attribute = new BufferAttribute(line, 3);
  const ghost = new BufferGeometry().setAttribute('position', attribute);
  const progress = new BufferGeometry().setAttribute('position', attribute);
  const { dash, gap } = OPTIMIZER_DASH_3D[t.name];
  const ghostMaterial = new LineDashedMaterial({
    color,
    transparent: true,
    opacity: 0.4,
    dashSize: dash,
    gapSize: gap,
  });
  const material = new LineDashedMaterial({ color, dashSize: dash, gapSize: gap });
  const markerMaterial = new MeshBasicMaterial({ color });
  const marker = new Mesh(sphere, markerMaterial);
  // Dashes are measured along the line: computed once here, shared by both lines.
  const ghostLine = new Line(ghost, ghostMaterial).computeLineDistances();
  progress.setAttribute('lineDistance', ghost.getAttribute('lineDistance'));
  for (const o of [ghostLine, new Line(progress, material), marker]) {
    o.frustumCulled = false;
    group.add(o);
  }
  disposables.push(ghost, progress, ghostMaterial, material, markerMaterial);
  return { taken: t.taken, positions, kept, progress, marker };
}

/**
 * The race's three.js objects, built one optimizer per frame: seven 10,000-step paths built at once were one
 * long task on a slow machine, a path per frame is a few milliseconds each. Each optimizer's lines have their
 * own dash rhythm (marks.ts), so paths differ without colour.
 */
function raceScene(traces: OptimizerTrace[], map: SceneMap, colors: Record<OptimizerName, string>) {
  const group = new Group();
  const sphere = new SphereGeometry(0.03, 12, 8);
  const disposables: { dispose(): void }[] = [sphere];
  const items: Item[] = [];
  return {
    group,
    items,
    /** Builds the next path; false once all are built. */
    grow(): boolean {
      const t = traces[items.length];
      if (!t) return false;
      items.push(buildTrace(t, map, new Color(colors[t.name]), sphere, group, disposables));
      return true;
    },
    dispose: () => disposables.forEach((d) => d.dispose()),
  };
}

/**
 * Compiles the race's materials while the surface is first shown, so that the first Run does not stop to
 * compile shaders (about 50 ms on a software renderer) in the frame its paths appear.
 */
export function WarmRaceShaders() {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const scene = new Scene();
    const geometry = new BufferGeometry().setAttribute(
      'position',
      new BufferAttribute(new Float32Array([0, 0, 0, 0, 0, 0]), 3),
    );
    const materials = [new LineDashedMaterial({ transparent: true, opacity: 0.4 }), new LineDashedMaterial()];
    const basic = new MeshBasicMaterial();
    const sphere = new SphereGeometry(0.03, 4, 2);
    for (const m of materials) scene.add(new Line(geometry, m));
    scene.add(new Mesh(sphere, basic));
    // Kept until the page goes: three.js frees a program when its last material is disposed.
    gl.compileAsync(scene, camera).catch(() => undefined);
    return () => [geometry, sphere, basic, ...materials].forEach((d) => d.dispose());
  }, [gl, camera]);
  return null;
}

/** The race on the surface; useFrame moves it from the clock by mutation, allocating nothing per frame. */
export function RacePaths3D({
  traces,
  map,
  colors,
}: {
  traces: OptimizerTrace[];
  map: SceneMap;
  colors: Record<OptimizerName, string>;
}) {
  const scene = useMemo(() => raceScene(traces, map, colors), [traces, map, colors]);
  useEffect(() => () => scene.dispose(), [scene]);
  useFrame((state) => {
    // The render loop runs on demand: ask for the next frame while paths remain to be built.
    if (scene.grow()) state.invalidate();
    const s = clock.step;
    const items = scene.items;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const k = Math.min(it.taken, Math.floor(s));
      it.progress.setDrawRange(0, it.kept[k]);
      it.marker.position.set(
        at(it.positions, s, it.taken, 3, 0),
        at(it.positions, s, it.taken, 3, 1),
        at(it.positions, s, it.taken, 3, 2),
      );
    }
  });
  return <primitive object={scene.group} />;
}
