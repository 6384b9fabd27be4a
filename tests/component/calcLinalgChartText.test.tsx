// @vitest-environment jsdom
// Text alternatives of the calculus and linear algebra charts (issue #6), and the marks that tell
// optimizers and orientations apart without colour. Built from real worker jobs and real store data.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Vector3, type BufferGeometry, type Group, type Line, type LineDashedMaterial } from 'three';
import { computationGraph, OPTIMIZER_NAMES, parseToAst, type OptimizerName } from '../../src/core';
import { BackpropView } from '../../src/pages/Calculus/BackpropView';
import {
  backpropText,
  contourText,
  gridExtremes,
  lossChartText,
  surfaceText,
} from '../../src/pages/Calculus/chartText';
import { ContourView } from '../../src/pages/Calculus/ContourView';
import { marksAlong, pixelPath } from '../../src/pages/Calculus/geometry';
import { LossChart } from '../../src/pages/Calculus/LossChart';
import { markPath, OPTIMIZER_DASH, OPTIMIZER_DASH_3D } from '../../src/pages/Calculus/marks';
import { RacePaths3D } from '../../src/pages/Calculus/scene/RacePaths3D';
import { sceneMap } from '../../src/pages/Calculus/scene/sceneMap';
import { SurfaceView } from '../../src/pages/Calculus/SurfaceView';
import { FALLBACK_COLORS } from '../../src/pages/LinearAlgebra/scene/colors';
import { sources } from '../../src/pages/LinearAlgebra/scene/labelRegistry';
import { SceneContent } from '../../src/pages/LinearAlgebra/scene/SceneContent';
import { SceneView } from '../../src/pages/LinearAlgebra/scene/SceneView';
import { sceneText, unitCellSentence } from '../../src/pages/LinearAlgebra/sceneText';
import { useCalculusStore } from '../../src/stores/calculus/store';
import { DEFAULT_VIEW } from '../../src/stores/calculus/view';
import { useLinalgStore } from '../../src/stores/linalg/store';
import { formatNumber } from '../../src/ui/Readout';
import { resetWebglCheck } from '../../src/ui/webgl/support';
import type { JobContext } from '../../src/worker/jobs/context';
import { gridJob, type GridRequest } from '../../src/worker/jobs/grid';
import { optimizeJob, type OptimizeRequest } from '../../src/worker/jobs/optimize';

// The canvases themselves need WebGL; the text alternatives sit beside them and are what is tested.
vi.mock('../../src/pages/Calculus/scene/SurfaceCanvas', () => ({ default: () => null }));
vi.mock('../../src/pages/LinearAlgebra/scene/SceneCanvas', () => ({ default: () => null }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ctx: JobContext = { checkpoint: async () => undefined, progress: () => undefined };
const f4 = (v: number) => formatNumber(v, 4);

async function grid(source: string, box = { xmin: -2, xmax: 2, ymin: -2, ymax: 2 }, n = 41) {
  const request: GridRequest = { source, ...box, n };
  return { request, result: await gridJob(request, ctx) };
}

async function race(source: string, start: [number, number], steps: number, runs: OptimizeRequest['runs']) {
  const request: OptimizeRequest = { source, start, steps, runs };
  return { request, result: await optimizeJob(request, ctx) };
}

/** The element a chart's aria-describedby points at. */
function describedBy(el: Element): HTMLElement {
  const id = el.getAttribute('aria-describedby');
  expect(id).toBeTruthy();
  const target = document.getElementById(id!);
  expect(target).not.toBeNull();
  return target!;
}

/** Pretends WebGL exists, so the 3D views render their role img wrapper (the canvases are mocked). */
function fakeWebgl(): void {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
    getExtension: () => null,
    getParameter: () => 'test renderer',
    RENDERER: 0x1f01,
  } as never);
  resetWebglCheck();
}

beforeEach(() => {
  useCalculusStore.setState({ hover: null, selectedNode: null, race: null, grid: null, view: DEFAULT_VIEW });
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
});

afterEach(() => {
  vi.restoreAllMocks();
  resetWebglCheck();
});

describe('lossChartText(race, log)', () => {
  it('names the lowest final loss and the run that diverged, with one table row per optimizer', async () => {
    const r = await race('x^2 + 10*y^2', [1, 1], 100, [
      { name: 'gd', config: { lr: 0.5 } },
      { name: 'momentum', config: { lr: 0.01, momentum: 0.9 } },
    ]);
    const [gd, mom] = r.result.traces;
    expect(gd.stop).toBe('diverged');
    const text = lossChartText(r, false);
    expect(text.description).toContain(`GD (at step ${gd.taken}) diverged.`);
    expect(text.description).toContain(`Momentum reached the lowest final loss, ${f4(mom.losses[100])}.`);
    expect(text.description).not.toContain('log scale');
    expect(lossChartText(r, true).description).toContain('on a log scale');
    expect(text.table?.columns).toEqual([
      'optimizer',
      'steps run',
      'start loss',
      'final loss',
      'stop reason',
    ]);
    expect(text.table?.rows).toEqual([
      ['GD', gd.taken, 11, gd.losses[gd.taken], `diverged at step ${gd.taken}: ${gd.reason!.slice(10)}`],
      ['Momentum', 100, 11, mom.losses[100], 'ran every step'],
    ]);
  });

  it('says "None diverged" and lists ties as the reader sees them', async () => {
    const r = await race('x^2 + y^2', [1, 1], 200, [
      { name: 'gd', config: { lr: 0.5 } },
      { name: 'newton', config: { lr: 1 } },
    ]);
    const text = lossChartText(r, false);
    expect(text.description).toContain('GD and Newton reached the lowest final loss, 0.');
    expect(text.description).toContain('None diverged.');
    // Newton on x² + y: the Hessian is singular everywhere, so Newton stops at once.
    const flat = await race('x^2 + y', [1, 1], 10, [{ name: 'newton', config: { lr: 1 } }]);
    const [newton] = flat.result.traces;
    expect(newton.stop).toBe('singular-hessian');
    expect(lossChartText(flat, false).description).toContain(
      `Newton stopped at step 0: ${newton.reason!.replace('stopped: ', '')}.`,
    );
  });
});

describe('<LossChart> text alternative and marks', () => {
  it('describes the svg, and gives each optimizer its own dash, marker shape and legend entry', async () => {
    const r = await race('x^2 + 10*y^2', [1, 1], 100, [
      { name: 'gd', config: { lr: 0.5 } },
      { name: 'momentum', config: { lr: 0.01, momentum: 0.9 } },
    ]);
    useCalculusStore.setState({ race: r });
    render(<LossChart />);
    const svg = await screen.findByRole('img', { name: 'Loss against step for each optimizer' });
    const alt = describedBy(svg);
    expect(alt).toHaveTextContent(lossChartText(r, false).description);
    expect(alt.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(alt.textContent).not.toMatch(/NaN|undefined/);
    const dashes = [...document.querySelectorAll<SVGPathElement>('path.calc-loss-line')].map(
      (p) => p.style.strokeDasharray,
    );
    expect(new Set(dashes).size).toBe(2);
    const dots = [...document.querySelectorAll('path.calc-dot')].map((p) => p.getAttribute('d'));
    expect(dots).toEqual([markPath('gd', 4.5), markPath('momentum', 4.5)]);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(legend).toHaveTextContent('GD');
    expect(legend.querySelectorAll('svg.calc-key')).toHaveLength(2);
  });
});

describe('contourText / surfaceText', () => {
  it('gives the domain, the lowest and highest f on the grid, the start and where each run ended', async () => {
    const g = await grid('x^2 + y^2');
    expect(gridExtremes(g.result)).toEqual({ low: { value: 0, x: 0, y: 0 }, high: expect.anything() });
    expect(gridExtremes(g.result)!.high.value).toBe(8);
    const r = await race('x^2 + y^2', [1, 1], 50, [
      { name: 'gd', config: { lr: 0.1 } },
      { name: 'momentum', config: { lr: 3, momentum: 0.9 } },
    ]);
    const [gd, mom] = r.result.traces;
    const text = contourText(g, [1, 1], r);
    expect(text.description).toContain('x from -2 to 2 and y from -2 to 2');
    expect(text.description).toContain('f ranges from 0 (lowest, near (0, 0)) to 8 (highest, near (-2, -2))');
    expect(text.description).toContain('Start point (1, 1).');
    const end = `(${f4(gd.path[100])}, ${f4(gd.path[101])}) with f = ${f4(gd.losses[50])}`;
    expect(text.description).toContain(`GD ended at ${end}`);
    // Momentum with a step of 3 flies off (stable only below 2(1 + μ)/λ = 1.9): the text says it left the plot.
    expect(text.description).toMatch(/Momentum ended at .* outside the plot/);
    expect(text.table?.rows[1]).toEqual([
      'Momentum',
      mom.path[2 * mom.taken],
      mom.path[2 * mom.taken + 1],
      mom.losses[mom.taken],
      mom.stop === 'done' ? 'ran every step' : `diverged at step ${mom.taken}`,
    ]);
    expect(contourText(g, [1, 1], null).description).toContain('No race has run yet.');
    expect(contourText(null, [1, 1], null).table).toBeUndefined();
  });

  it('counts grid points where f is not real, and gives the surface its height range', async () => {
    const g = await grid('log(x) + y', { xmin: -1, xmax: 1, ymin: -1, ymax: 1 }, 21);
    const missing = 21 * 21 - g.result.finite;
    expect(missing).toBeGreaterThan(0);
    const text = surfaceText(g, [0.5, 0], null);
    expect(text.description).toContain(`f is not real at ${missing} of 441 grid points.`);
    expect(text.description).toContain(`heights from ${f4(g.result.zLow)} to ${f4(g.result.zHigh)}`);
    expect(text.description).not.toMatch(/NaN/);
  });
});

describe('<ContourView> and <SurfaceView> text alternatives', () => {
  it('the contour plot is described, and each path carries its own marker shape', async () => {
    const g = await grid('x^2 + y^2');
    const r = await race('x^2 + y^2', [1.5, 1], 40, [
      { name: 'gd', config: { lr: 0.05 } },
      { name: 'adam', config: { lr: 0.1 } },
    ]);
    useCalculusStore.setState({ grid: g, race: r, view: { ...DEFAULT_VIEW, start: [1.5, 1] } });
    render(<ContourView />);
    const svg = screen.getByRole('img', { name: /^Contour plot of f/ });
    await vi.waitFor(() => expect(describedBy(svg)).toHaveTextContent(/Adam ended at/));
    expect(describedBy(svg)).toHaveTextContent(contourText(g, [1.5, 1], r).description);
    for (const name of ['gd', 'adam'] as const) {
      const marks = document.querySelector(`path.calc-path-marks[data-optimizer="${name}"]`);
      expect(marks?.getAttribute('d')?.length).toBeGreaterThan(20);
      const live = document.querySelector(`.calc-marker[data-optimizer="${name}"] path`);
      expect(live?.getAttribute('d')).toBe(markPath(name, 5.5));
    }
  });

  it('the 3D surface (role img) points at its description, which follows a new race', async () => {
    fakeWebgl();
    const g = await grid('x^2 + y^2');
    useCalculusStore.setState({ grid: g, view: { ...DEFAULT_VIEW, start: [1, 1] } });
    render(<SurfaceView />);
    await act(async () => undefined); // the (mocked) canvas chunk loads
    const img = screen.getByRole('img', { name: /^3D surface of f/ });
    expect(describedBy(img)).toHaveTextContent('No race has run yet.');
    const r = await race('x^2 + y^2', [1, 1], 20, [{ name: 'adam', config: { lr: 0.1 } }]);
    act(() => useCalculusStore.setState({ race: r }));
    await vi.waitFor(() => expect(describedBy(img)).toHaveTextContent(/Adam ended at/));
    expect(describedBy(img).querySelectorAll('tbody tr')).toHaveLength(1);
  });
});

describe('backpropText(graph, at) and <BackpropView>', () => {
  it('gives the node count, f and the gradient at the point', () => {
    const ast = parseToAst('x*x + y');
    if (!ast.ok) throw new Error('parse');
    const graph = computationGraph(ast.ast, 3, 1);
    const text = backpropText(graph, [3, 1]);
    expect(text).toContain(`${graph.nodes.length} nodes`);
    expect(text).toContain('f = 10.');
    expect(text).toContain('∂f/∂x = 6, ∂f/∂y = 1.');
    useCalculusStore.setState({
      shownFn: 'x*x + y',
      view: { ...DEFAULT_VIEW, fn: 'x*x + y', start: [3, 1] },
    });
    render(<BackpropView />);
    const group = screen.getByRole('group', { name: 'Computation graph of f' });
    expect(describedBy(group)).toHaveTextContent(text);
    act(() => useCalculusStore.getState().setHover([2, 5]));
    expect(describedBy(group)).toHaveTextContent('∂f/∂x = 4, ∂f/∂y = 1.');
  });
});

describe('optimizer marks (colour is not the only key)', () => {
  it('every optimizer has its own marker shape, loss-curve dash and 3D dash rhythm', () => {
    const distinct = (f: (n: OptimizerName) => string) => new Set(OPTIMIZER_NAMES.map(f)).size;
    expect(distinct((n) => markPath(n, 4))).toBe(OPTIMIZER_NAMES.length);
    expect(distinct((n) => OPTIMIZER_DASH[n])).toBe(OPTIMIZER_NAMES.length);
    expect(distinct((n) => JSON.stringify(OPTIMIZER_DASH_3D[n]))).toBe(OPTIMIZER_NAMES.length);
    expect(markPath('momentum', 2, 10, 20)).toBe('M8.3,18.3L11.7,18.3L11.7,21.7L8.3,21.7Z');
  });

  it('marksAlong(geo, spacing, offset, w, h) repeats marks at least `spacing` apart, inside the plot', () => {
    // 0, 1, …, 20 along x, one pixel per unit: marks at lengths 3, 8, 13, 18 (spacing 5, offset 3).
    const path = new Float64Array(42);
    for (let k = 0; k <= 20; k++) path[2 * k] = k;
    const geo = pixelPath(path, 20, { a: 0, b: 1 }, { a: 5, b: 1 }, 0);
    expect(marksAlong(geo, 5, 3, 100, 10)).toEqual([3, 5, 8, 5, 13, 5, 18, 5]);
    expect(marksAlong(geo, 5, 3, 10, 10)).toEqual([3, 5, 8, 5]);
    expect(marksAlong(geo, 5, 3, 100, 10, 2)).toEqual([3, 5, 8, 5]);
  });

  it('the 3D paths are dashed lines (LineDashedMaterial with line distances), one rhythm per optimizer', async () => {
    const g = await grid('x^2 + 3*y^2', undefined, 21);
    const r = await race('x^2 + 3*y^2', [1.5, -1], 30, [
      { name: 'momentum', config: { lr: 0.05 } },
      { name: 'adam', config: { lr: 0.1 } },
    ]);
    const colors = Object.fromEntries(OPTIMIZER_NAMES.map((n) => [n, '#336699'])) as Record<
      OptimizerName,
      string
    >;
    const renderer = await ReactThreeTestRenderer.create(
      <RacePaths3D traces={r.result.traces} map={sceneMap(g.request, g.result)} colors={colors} />,
    );
    const group = renderer.scene.children[0].instance as Group;
    // One path is built per frame.
    await ReactThreeTestRenderer.act(async () => renderer.advanceFrames(r.result.traces.length, 1 / 60));
    r.result.traces.forEach((t, i) => {
      const [ghost, progress] = group.children.slice(3 * i, 3 * i + 2) as [Line, Line];
      for (const line of [ghost, progress]) {
        const m = line.material as LineDashedMaterial;
        expect(m.isLineDashedMaterial).toBe(true);
        expect([m.dashSize, m.gapSize]).toEqual([
          OPTIMIZER_DASH_3D[t.name].dash,
          OPTIMIZER_DASH_3D[t.name].gap,
        ]);
        const d = (line.geometry as BufferGeometry).getAttribute('lineDistance');
        expect(d.count).toBe((line.geometry as BufferGeometry).getAttribute('position').count);
        expect(d.getX(d.count - 1)).toBeGreaterThan(0);
      }
    });
    await renderer.unmount();
  });
});

describe('sceneText(view, result, cloud) for the linear algebra scene', () => {
  const text = () => {
    const s = useLinalgStore.getState();
    return sceneText(s.view, s.result, s.cloud);
  };

  it('transform: the matrix, det and area, eigenvector lines, and e₁, e₂, v with their images', () => {
    const t = text();
    expect(t.description).toContain('with rows (1.5, 0.5) and (0.5, 1)');
    expect(t.description).toContain('det = 1.25: the unit square becomes a parallelogram of area 1.25');
    expect(t.description).toContain('orientation kept');
    expect(t.description).toMatch(
      /Dashed eigenvector lines, labelled: λ₁ = 1\.81 along ±\(0\.8507, 0\.5257\)/,
    );
    expect(t.description).toContain('v = (1, 0.5) maps to Av = (1.75, 1)');
    expect(t.table?.rows).toEqual([
      ['e₁ (î)', '(1, 0)', '(1.5, 0.5)'],
      ['e₂ (ĵ)', '(0, 1)', '(0.5, 1)'],
      ['v', '(1, 0.5)', '(1.75, 1)'],
    ]);
  });

  it('transform: a reflection flips orientation, a singular matrix flattens, a rotation has no lines', () => {
    const set = (a: number[][]) => useLinalgStore.getState().setMatrix('a', a);
    set([
      [1, 0],
      [0, -1],
    ]);
    expect(text().description).toContain('area 1, with its orientation flipped');
    set([
      [1, 2],
      [2, 4],
    ]);
    expect(text().description).toContain('det = 0: the unit square is flattened onto a line, area 0.');
    set([
      [0, -1],
      [1, 0],
    ]);
    expect(text().description).toContain('Eigenvalues 0 ± 1i. No direction stays on its own line');
    useLinalgStore.getState().set('eig', false);
    useLinalgStore.getState().set('vec', false);
    useLinalgStore.getState().setT(0.5);
    const t = text();
    expect(t.description).not.toContain('Eigenvalues');
    expect(t.description).toContain('at t = 0.5');
    expect(t.table?.rows).toHaveLength(2);
    expect(unitCellSentence(3, -2, 3)).toBe(
      'det = −2: the unit cube becomes a parallelepiped of volume 2, with its orientation flipped (a mirror image, labelled “flipped”).',
    );
  });

  it('compose, svd, basis and pca describe what each view draws', () => {
    const st = useLinalgStore.getState();
    st.set('mode', 'compose');
    // Default B is a quarter turn, A = [[1.5, 0.5], [0.5, 1]]: AB = [[0.5, −1.5], [1, −0.5]].
    expect(text().description).toContain('together AB, with rows (0.5, −1.5) and (1, −0.5)');
    expect(text().table?.rows[0]).toEqual(['e₁ (î)', '(0, 1)', '(0.5, 1)']);
    st.set('mode', 'svd');
    st.setMatrix('a', [
      [2, 0],
      [0, 0.5],
    ]);
    expect(text().description).toContain('an ellipse with semi-axes σ₁ = 2 and σ₂ = 0.5');
    expect(text().table?.rows.map((r) => r[1])).toEqual(['2', '0.5']);
    st.set('mode', 'basis');
    // P = [[1, 1], [0, 1]], v = (1, 0.5): v = 0.5·b₁ + 0.5·b₂.
    expect(text().description).toContain('In this basis v = 0.5·b₁ + 0.5·b₂.');
    expect(text().table?.rows[2]).toEqual(['v', '(1, 0.5)', '(0.5, 0.5)']);
    st.set('mode', 'pca');
    const { model, points } = useLinalgStore.getState().cloud;
    const t = text();
    expect(t.description).toContain(`A cloud of ${points.length} points`);
    expect(t.description).toContain(
      `explains ${(100 * model.explainedRatio[0]).toFixed(1)}% of the variance`,
    );
    expect(t.table?.rows).toHaveLength(2);
    for (const mode of ['transform', 'compose', 'svd', 'basis', 'pca'] as const) {
      st.set('mode', mode);
      expect(JSON.stringify(text())).not.toMatch(/NaN|undefined/);
    }
  });

  it('3D: the unit cube, its volume and three basis vectors', () => {
    useLinalgStore.getState().setDim(3);
    const t = text();
    expect(t.description).toContain('unit cube becomes a parallelepiped of volume');
    expect(t.table?.rows.map((r) => r[0])).toEqual(['e₁ (î)', 'e₂ (ĵ)', 'e₃ (k̂)', 'v']);
  });
});

describe('<SceneView> text alternative and the flipped unit cell label', () => {
  it('the scene (role img) points at its description, which follows the matrix', async () => {
    fakeWebgl();
    render(<SceneView />);
    await act(async () => undefined); // the (mocked) canvas chunk loads
    const img = screen.getByRole('img', { name: /^The grid, basis vectors and unit cell/ });
    const alt = describedBy(img);
    expect(alt).toHaveTextContent('det = 1.25');
    expect(alt.querySelectorAll('tbody tr')).toHaveLength(3);
    act(() => useLinalgStore.getState().setEntry('a', 1, 1, -1));
    expect(alt).toHaveTextContent('det = −1.75');
    expect(alt).toHaveTextContent('orientation flipped');
    expect(alt.closest('.la-canvas')).toBeNull();
  });

  it('the unit cell carries a "flipped" label at its centre exactly when det < 0', async () => {
    const renderer = await ReactThreeTestRenderer.create(<SceneContent colors={FALLBACK_COLORS} />, {
      width: 800,
      height: 500,
    });
    const frame = () => ReactThreeTestRenderer.act(async () => renderer.advanceFrames(1, 1 / 60));
    const label = () => {
      const at = new Vector3();
      const text = sources.get('c')?.(at) ?? null;
      return { text, at: [at.x, at.y, at.z] };
    };
    await frame();
    expect(label().text).toBeNull();
    const setA = (a: number[][]) =>
      ReactThreeTestRenderer.act(async () => useLinalgStore.getState().setMatrix('a', a));
    await setA([
      [0, 2],
      [1, 0],
    ]);
    await frame();
    // Centre (0.5, 0.5) maps to (1, 0.5).
    expect(label()).toEqual({ text: 'flipped', at: [1, 0.5, 0] });
    await setA([
      [2, 0],
      [0, 1],
    ]);
    await frame();
    expect(label().text).toBeNull();
    await renderer.unmount();
    expect(sources.has('c')).toBe(false);
  });
});
