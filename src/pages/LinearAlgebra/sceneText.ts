/**
 * The 3D view's text alternative for each view of the page: what the scene shows, in words and a
 * table, from the same store values the scene draws. Pure, so it is tested without WebGL.
 */
import {
  coordinatesInBasis,
  determinant,
  matMul,
  matrixRank,
  matVec,
  orientedSvd,
  type Matrix,
} from '../../core';
import type { CloudResult, LinalgResult } from '../../stores/linalg/store';
import type { LinalgView } from '../../stores/linalg/view';
import type { ChartText } from '../../ui/ChartText';
import { fmt, formatEigenvalues, sub } from './format';
import { eigenDirections } from './sceneData';

const vec = (v: readonly number[]): string => `(${v.map((x) => fmt(x)).join(', ')})`;
const column = (m: Matrix, j: number): number[] => m.map((row) => row[j]);
const unit = (n: number, j: number): number[] => Array.from({ length: n }, (_, i) => (i === j ? 1 : 0));
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const HATS = ['î', 'ĵ', 'k̂'];
const TARGET = ['the origin', 'a line', 'a plane'];

function listText(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const rowsText = (m: Matrix): string => `rows ${listText(m.map(vec))}`;
const space = (n: number): string => (n === 2 ? 'plane' : 'space');

/** What the unit square (cube) becomes under a map with this determinant and rank. */
export function unitCellSentence(n: number, det: number, rank: number): string {
  const [shape, image, measure] =
    n === 2 ? ['unit square', 'parallelogram', 'area'] : ['unit cube', 'parallelepiped', 'volume'];
  if (rank < n) return `det = 0: the ${shape} is flattened onto ${TARGET[rank]}, ${measure} 0.`;
  const orientation =
    det < 0 ? 'its orientation flipped (a mirror image, labelled “flipped”)' : 'its orientation kept';
  return `det = ${fmt(det)}: the ${shape} becomes a ${image} of ${measure} ${fmt(Math.abs(det))}, with ${orientation}.`;
}

/** The eigenvalues, and the dashed lines along the real eigenvectors the scene draws. */
function eigenSentence(result: LinalgResult, n: number): string {
  const dirs = eigenDirections(result);
  const values = `Eigenvalues ${formatEigenvalues(result.analysis.eigenvalues)}.`;
  if (dirs.length === 0)
    return `${values} No direction stays on its own line, so no eigenvector lines are drawn.`;
  const lines = dirs.map((d) => `${d.text} along ±${vec(d.dir.slice(0, n))}`);
  return `${values} Dashed eigenvector lines, labelled: ${lines.join('; ')}.`;
}

function timeSentence(t: number, what: string): string | null {
  return t < 1
    ? `The view shows the motion at t = ${fmt(t, 3)} (${what}); the numbers here are for t = 1.`
    : null;
}

function svdStage(t: number, uReflects: boolean): string {
  return t <= 1 / 3
    ? 'turning by Vᵀ'
    : t <= 2 / 3
      ? 'stretching by Σ'
      : uReflects
        ? 'reflecting and turning by U'
        : 'turning by U';
}

function transformText(view: LinalgView, result: LinalgResult): ChartText {
  const n = view.dim;
  const a = result.a;
  const av = matVec(a, view.v);
  const parts = [
    `The ${space(n)} transformed by A, with ${rowsText(a)}; the grid, the unit cell and the images of the basis vectors ${HATS.slice(0, n).join(', ')} are drawn.`,
    timeSentence(view.t, 'part of the way from the identity to A'),
    unitCellSentence(n, result.analysis.det, result.analysis.rank),
    view.eig ? eigenSentence(result, n) : null,
    view.vec ? `The vector v = ${vec(view.v)} maps to Av = ${vec(av)}.` : null,
  ];
  const rows = Array.from({ length: n }, (_, j) => [
    `e${sub(j + 1)} (${HATS[j]})`,
    vec(unit(n, j)),
    vec(column(a, j)),
  ]);
  if (view.vec) rows.push(['v', vec(view.v), vec(av)]);
  return {
    description: parts.filter(Boolean).join(' '),
    table: {
      caption: 'Basis vectors and their images under A',
      columns: ['vector', 'before', 'after A'],
      rows,
    },
  };
}

function composeText(view: LinalgView): ChartText {
  const n = view.dim;
  const ab = matMul(view.a, view.b);
  const parts = [
    `The ${space(n)} transformed by B, with ${rowsText(view.b)}, then by A, with ${rowsText(view.a)}: together AB, with ${rowsText(ab)}.`,
    timeSentence(view.t, view.t <= 0.5 ? 'B being applied' : 'A being applied after B'),
    unitCellSentence(n, determinant(ab), matrixRank(ab)),
    view.vec ? `The vector v = ${vec(view.v)} maps to ABv = ${vec(matVec(ab, view.v))}.` : null,
  ];
  const rows = Array.from({ length: n }, (_, j) => [
    `e${sub(j + 1)} (${HATS[j]})`,
    vec(column(view.b, j)),
    vec(column(ab, j)),
  ]);
  if (view.vec) rows.push(['v', vec(matVec(view.b, view.v)), vec(matVec(ab, view.v))]);
  return {
    description: parts.filter(Boolean).join(' '),
    table: {
      caption: 'Basis vectors after B and after AB',
      columns: ['vector', 'after B', 'after AB'],
      rows,
    },
  };
}

function svdText(view: LinalgView): ChartText {
  const n = view.dim;
  const { u, sigma, v, uReflects } = orientedSvd(view.a);
  const [shape, image] = n === 2 ? ['circle', 'ellipse'] : ['sphere', 'ellipsoid'];
  const axes = sigma.map((s, i) => `σ${sub(i + 1)} = ${fmt(s)}`);
  const parts = [
    `The unit ${shape} carried through A = UΣVᵀ, with ${rowsText(view.a)}: Vᵀ (a rotation) turns it, Σ stretches axis i by σᵢ, ${uReflects ? 'U reflects it (det A < 0, so one factor must reflect) and turns it' : 'U (a rotation) turns it again'}.`,
    timeSentence(view.t, svdStage(view.t, uReflects)),
    `It becomes an ${image} with semi-axes ${listText(axes)} (labelled).`,
    matrixRank(view.a) < n ? `σ${sub(n)} = 0: the ${image} is flattened, A is singular.` : null,
  ];
  return {
    description: parts.filter(Boolean).join(' '),
    table: {
      caption: 'Singular directions: A vᵢ = σᵢ uᵢ',
      columns: ['i', 'σᵢ', 'input direction vᵢ', 'output direction uᵢ'],
      rows: sigma.map((s, i) => [String(i + 1), fmt(s), vec(column(v, i)), vec(column(u, i))]),
    },
  };
}

function basisText(view: LinalgView): ChartText {
  const n = view.dim;
  const p = view.basis;
  const names = Array.from({ length: n }, (_, j) => `b${sub(j + 1)}`);
  const coords = matrixRank(p) === n ? coordinatesInBasis(view.v, p) : null;
  const parts = [
    `The grid of the new basis ${listText(names.map((b, j) => `${b} = ${vec(column(p, j))}`))} (the columns of P), with the vector v = ${vec(view.v)}.`,
    timeSentence(view.t, 'part of the way from the standard basis'),
    coords
      ? `In this basis v = ${coords
          .map((c, j) => `${fmt(c)}·${names[j]}`)
          .join(' + ')
          .replace(/\+ −/g, '− ')}.`
      : `These vectors are linearly dependent (det P = 0), so they are not a basis and v has no coordinates in them.`,
  ];
  const rows = names.map((b, j) => [b, vec(column(p, j)), vec(unit(n, j))]);
  rows.push(['v', vec(view.v), coords ? vec(coords) : 'none']);
  return {
    description: parts.filter(Boolean).join(' '),
    table: {
      caption: 'The basis vectors and v in both coordinates',
      columns: ['vector', 'standard coordinates', 'coordinates in the new basis'],
      rows,
    },
  };
}

function pcaText(view: LinalgView, cloud: CloudResult): ChartText {
  const { model, points } = cloud;
  const kept = model.explainedRatio.slice(0, view.k).reduce((s, x) => s + x, 0);
  const axes = model.axes.map(
    (w, i) => `PC${i + 1} along ±${vec(w)} explains ${pct(model.explainedRatio[i])} of the variance`,
  );
  const description =
    `A cloud of ${points.length} points drawn from N(0, Σ) in ${view.dim}D, centred at ${vec(model.mean)}, ` +
    `with its principal axes as labelled arrows 2 standard deviations long: ${axes.join('; ')}. ` +
    `The points are projected onto the first ${view.k === 1 ? 'axis' : `${view.k} axes`}, which keep ${pct(kept)} of the variance.`;
  return {
    description,
    table: {
      caption: 'Principal axes',
      columns: ['axis', 'direction', 'variance', 'explained'],
      rows: model.axes.map((w, i) => [
        `PC${i + 1}`,
        vec(w),
        model.variances[i],
        pct(model.explainedRatio[i]),
      ]),
    },
  };
}

/** The Norms view draws its own picture (NormsPanel); this is its text for the scene's fallback. */
function normsText(view: LinalgView): ChartText {
  return {
    description: `The unit balls of the 1-, 2-, ∞- and ${fmt(view.p)}-norms in the plane, and the point x = ${vec(view.pt)}.`,
    table: { caption: 'The point x', columns: ['x₁', 'x₂'], rows: [view.pt.map((x) => fmt(x))] },
  };
}

/** The text alternative of the scene in the page's current view. */
export function sceneText(view: LinalgView, result: LinalgResult, cloud: CloudResult): ChartText {
  switch (view.mode) {
    case 'transform':
      return transformText(view, result);
    case 'compose':
      return composeText(view);
    case 'svd':
      return svdText(view);
    case 'basis':
      return basisText(view);
    case 'pca':
      return pcaText(view, cloud);
    case 'norms':
      return normsText(view);
    case 'cholesky':
    case 'projection':
    case 'gramschmidt':
    case 'jacobian':
    case 'maps':
    case 'lowrank':
      return {
        description: `${view.mode} view: the picture is drawn in the panel beside the controls.`,
        table: {
          caption: 'The matrix A',
          columns: view.a.map((_, j) => `column ${j + 1}`),
          rows: view.a.map((r) => r.map((x) => fmt(x))),
        },
      };
    case 'vectors':
      return {
        description: `The vectors u = ${vec(view.vu)} and v = ${vec(view.vv)} in the plane.`,
        table: {
          caption: 'The vectors',
          columns: ['vector', 'x₁', 'x₂'],
          rows: [
            ['u', ...view.vu.map((x) => fmt(x))],
            ['v', ...view.vv.map((x) => fmt(x))],
          ],
        },
      };
  }
}
