// @vitest-environment jsdom
// The r3f scene graph, rendered by @react-three/test-renderer (jsdom has no WebGL). Frames are advanced
// by hand, so these tests check what the frame loop writes into the geometry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Profiler } from 'react';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { BufferGeometry, Color, LineSegments, Mesh, MeshBasicMaterial } from 'three';
import { SceneContent } from '../../src/pages/LinearAlgebra/scene/SceneContent';
import { FALLBACK_COLORS } from '../../src/pages/LinearAlgebra/scene/colors';
import { gridLines } from '../../src/pages/LinearAlgebra/scene/Grid';
import { useLinalgStore } from '../../src/stores/linalg/store';

// Tell React that act() is in use here (the test renderer drives its own root).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;
let renderer: Renderer | null = null;
let commits = 0;

async function mount(): Promise<Renderer> {
  renderer = await ReactThreeTestRenderer.create(
    <Profiler id="scene" onRender={() => commits++}>
      <SceneContent colors={FALLBACK_COLORS} />
    </Profiler>,
    { width: 800, height: 500 },
  );
  await frame();
  return renderer;
}

const frame = () => ReactThreeTestRenderer.act(async () => renderer!.advanceFrames(1, 1 / 60));

const object = <T,>(name: string): T => renderer!.scene.findByProps({ name }).instance as T;
const positions = (g: BufferGeometry) => Array.from(g.getAttribute('position').array as Float32Array);

/** A·p for each point of a flat xyz list (2×2 A acts on x, y). */
function mapped(a: number[][], base: Float32Array): number[] {
  const out: number[] = [];
  for (let k = 0; k < base.length; k += 3) {
    const p = [base[k], base[k + 1], base[k + 2]];
    for (let i = 0; i < 3; i++) out.push(i < a.length ? a[i].reduce((s, x, j) => s + x * p[j], 0) : p[i]);
  }
  return out;
}

function expectClose(got: number[], want: number[], digits = 5): void {
  expect(got).toHaveLength(want.length);
  got.forEach((x, k) => expect(x).toBeCloseTo(want[k], digits));
}

beforeEach(() => {
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
  commits = 0;
});

afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

describe('<SceneContent> scene graph', () => {
  it('draws the transformed grid as A·(original grid) after one frame', async () => {
    await mount();
    const grid = object<LineSegments>('transformed-grid');
    expectClose(positions(grid.geometry), mapped(useLinalgStore.getState().view.a, gridLines(2, 14)));
  });

  it('a slider change reaches the geometry in the next frame without re-rendering the scene', async () => {
    await mount();
    const before = commits;
    await ReactThreeTestRenderer.act(async () => useLinalgStore.getState().setEntry('a', 0, 1, -2));
    await frame();
    const a = useLinalgStore.getState().view.a;
    expect(a[0][1]).toBe(-2);
    expectClose(positions(object<LineSegments>('transformed-grid').geometry), mapped(a, gridLines(2, 14)));
    expect(commits).toBe(before);
    // Control: the Profiler does count commits of this tree (a change of view re-renders it).
    expect(before).toBeGreaterThan(0);
    await ReactThreeTestRenderer.act(async () => useLinalgStore.getState().set('mode', 'svd'));
    expect(commits).toBeGreaterThan(before);
  });

  it('colours the unit square by the sign of det: a reflection turns it to the "negative" colour', async () => {
    await mount();
    const cell = object<Mesh>('unit-cell');
    const color = () => '#' + ((cell.material as MeshBasicMaterial).color as Color).getHexString();
    expect(color()).toBe(FALLBACK_COLORS.positive);
    await ReactThreeTestRenderer.act(async () =>
      useLinalgStore.getState().setMatrix('a', [
        [1, 0],
        [0, -1],
      ]),
    );
    await frame();
    expect(color()).toBe(FALLBACK_COLORS.negative);
    expectClose(positions(cell.geometry), [0, 0, 0, 1, 0, 0, 1, -1, 0, 0, -1, 0]);
  });

  it('draws eigenvector lines along the real eigenvectors of A', async () => {
    await mount();
    await ReactThreeTestRenderer.act(async () =>
      useLinalgStore.getState().setMatrix('a', [
        [2, 0],
        [0, 0.5],
      ]),
    );
    await frame();
    const p = positions(object<LineSegments>('eigen-lines').geometry);
    // Two segments through the origin, along x and along y; the third is collapsed at the origin.
    expect(Math.abs(p[3])).toBeGreaterThan(1);
    expect(p[4]).toBeCloseTo(0, 12);
    expect(p[9]).toBeCloseTo(0, 12);
    expect(Math.abs(p[10])).toBeGreaterThan(1);
    expect(p.slice(12)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('SVD view: at t = ⅓ the unit circle is only rotated (Vᵀ); at t = 1 it is A·circle', async () => {
    useLinalgStore.getState().setMatrix('a', [
      [3, -1],
      [2, 0.5],
    ]);
    useLinalgStore.getState().set('mode', 'svd');
    useLinalgStore.getState().setT(1 / 3);
    await mount();
    const outline = object<LineSegments>('svd-outline');
    const ring = outline.geometry.getAttribute('position').array as Float32Array;
    const radii = [];
    for (let k = 0; k < ring.length; k += 3) radii.push(Math.hypot(ring[k], ring[k + 1]));
    radii.forEach((r) => expect(r).toBeCloseTo(1, 5));
    await ReactThreeTestRenderer.act(async () => useLinalgStore.getState().setT(1));
    await frame();
    const end = Array.from(outline.geometry.getAttribute('position').array as Float32Array);
    const lengths = [];
    for (let k = 0; k < end.length; k += 3) lengths.push(Math.hypot(end[k], end[k + 1]));
    // The ellipse's semi-axes are the singular values 3.651… and 0.9586….
    expect(Math.max(...lengths)).toBeCloseTo(3.651177316106848, 2);
    expect(Math.min(...lengths)).toBeCloseTo(0.9585949125395958, 2);
  });

  it('PCA view: at t = 1 with k = 1 every point lies on the first principal axis', async () => {
    useLinalgStore.getState().set('mode', 'pca');
    useLinalgStore.getState().setT(1);
    await mount();
    const points = object<{ geometry: BufferGeometry }>('pca-points').geometry;
    const { model, points: cloud } = useLinalgStore.getState().cloud;
    expect(points.drawRange.count).toBe(cloud.length);
    const p = points.getAttribute('position').array as Float32Array;
    const [w, m] = [model.axes[0], model.mean];
    for (let q = 0; q < cloud.length; q++) {
      const [x, y] = [p[3 * q] - m[0], p[3 * q + 1] - m[1]];
      // The component across w is 0: the point is on the line through the mean along w.
      expect(Math.abs(-w[1] * x + w[0] * y)).toBeLessThan(1e-4);
    }
  });

  it('3D: the lattice maps by the 3×3 A and the view keeps rendering without errors', async () => {
    useLinalgStore.getState().setDim(3);
    useLinalgStore.getState().setMatrix('a', [
      [1, 2, 0],
      [0, 1, 0],
      [0, 0.5, 2],
    ]);
    await mount();
    expectClose(
      positions(object<LineSegments>('transformed-grid').geometry),
      mapped(useLinalgStore.getState().view.a, gridLines(3, 2)),
    );
  });
});
