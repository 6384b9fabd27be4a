// @vitest-environment jsdom
// The surface scene graph, rendered by @react-three/test-renderer (jsdom has no WebGL). Frames are
// advanced by hand, so these tests check what the frame loop writes, and that it never renders React.
import { afterEach, describe, expect, it } from 'vitest';
import { Profiler } from 'react';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { BufferGeometry, Group, Line, Mesh } from 'three';
import { parseExpression } from '../../src/core';
import { clock, setClock } from '../../src/pages/Calculus/clock';
import { RacePaths3D } from '../../src/pages/Calculus/scene/RacePaths3D';
import { sceneMap, BOX_HEIGHT } from '../../src/pages/Calculus/scene/sceneMap';
import { buildSurface } from '../../src/pages/Calculus/scene/SurfaceMesh';
import type { JobContext } from '../../src/worker/jobs/context';
import { gridJob } from '../../src/worker/jobs/grid';
import { optimizeJob } from '../../src/worker/jobs/optimize';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ctx: JobContext = { checkpoint: async () => undefined, progress: () => undefined };
type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;
let renderer: Renderer | null = null;

afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
  setClock(0);
});

const COLORS = {
  gd: '#ff0000',
  momentum: '#00ff00',
  nesterov: '#0000ff',
  adagrad: '#ffff00',
  rmsprop: '#00ffff',
  adam: '#ff00ff',
  newton: '#888888',
};

describe('<RacePaths3D> in the frame loop', () => {
  it('moves each marker to its iterate on the surface and extends the covered line, without a React render', async () => {
    const fn = 'x^2 + 3*y^2';
    const req = { source: fn, xmin: -2, xmax: 2, ymin: -2, ymax: 2, n: 21 };
    const map = sceneMap(req, await gridJob(req, ctx));
    const result = await optimizeJob(
      {
        source: fn,
        start: [1.5, -1],
        steps: 60,
        runs: [
          { name: 'gd', config: { lr: 0.05 } },
          { name: 'adam', config: { lr: 0.1 } },
        ],
      },
      ctx,
    );
    let commits = 0;
    renderer = await ReactThreeTestRenderer.create(
      <Profiler id="paths" onRender={() => commits++}>
        <RacePaths3D traces={result.traces} map={map} colors={COLORS} />
      </Profiler>,
    );
    const group = renderer.scene.children[0].instance as Group;
    // The paths are built one per frame (a long race in one frame was one long task).
    await ReactThreeTestRenderer.act(async () => renderer!.advanceFrames(result.traces.length, 1 / 60));
    expect(group.children).toHaveLength(3 * result.traces.length);
    const committed = commits;
    const parsed = parseExpression(fn);
    if (!parsed.ok) throw new Error('parse');
    for (const step of [0, 17, 42.5, 60]) {
      setClock(step);
      await ReactThreeTestRenderer.act(async () => renderer!.advanceFrames(1, 1 / 60));
      result.traces.forEach((t, i) => {
        const [, progress, marker] = group.children.slice(3 * i, 3 * i + 3) as [Line, Line, Mesh];
        const k = Math.floor(clock.step);
        const f = clock.step - k;
        const x = f === 0 ? t.path[2 * k] : t.path[2 * k] + f * (t.path[2 * k + 2] - t.path[2 * k]);
        expect(marker.position.x).toBeCloseTo(map.wx(x), 5);
        if (f === 0)
          expect(marker.position.z).toBeCloseTo(
            map.wz(parsed.expr.evaluate(t.path[2 * k], t.path[2 * k + 1])) + 0.012,
            5,
          );
        const range = (progress.geometry as BufferGeometry).drawRange.count;
        expect(range).toBeGreaterThanOrEqual(k === 0 ? 1 : 2);
        expect(range).toBeLessThanOrEqual(k + 1);
      });
    }
    expect(commits).toBe(committed);
  });
});

describe('buildSurface(grid, map)', () => {
  it('clips heights into the box, leaves out cells where f is not real, and colours every vertex', async () => {
    const req = { source: 'log(x) + y', xmin: -1, xmax: 1, ymin: -1, ymax: 1, n: 41 };
    const grid = await gridJob(req, ctx);
    const g = buildSurface(grid, sceneMap(req, grid));
    const z = g.getAttribute('position').array as Float32Array;
    for (let k = 2; k < z.length; k += 3) {
      expect(z[k]).toBeGreaterThanOrEqual(-BOX_HEIGHT / 2 - 1e-6);
      expect(z[k]).toBeLessThanOrEqual(BOX_HEIGHT / 2 + 1e-6);
    }
    const cells = (g.getIndex()!.count / 6) | 0;
    expect(cells).toBeGreaterThan(0);
    // log(x) is real only for x > 0: about half the cells remain.
    const side = Math.sqrt(g.getAttribute('position').count);
    expect(cells).toBeLessThan(((side - 1) * (side - 1)) / 2 + side);
    expect(g.getAttribute('color').count).toBe(g.getAttribute('position').count);
  });
});
