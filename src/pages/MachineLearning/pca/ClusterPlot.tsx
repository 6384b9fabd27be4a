import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { Delaunay } from 'd3';
import { usePcaStore, type ClusterSnapshot } from '../../../stores/ml/pca/store';
import { formatNumber } from '../../../ui/Readout';
import { clusterColor, readClusterColors } from './pcaColors';
import { domainOf, paintDots, PointCloud, type CloudScales } from './PointCloud';

const OWN_EXTENT: [number, number] = [-6, 6];

/** Points of a 2-D ellipse {μ + r·L·(cos t, sin t)}: Mahalanobis radius r around the mean (L Lᵀ = Σ). */
export function ellipsePoints(mean: number[], cov: number[][], r: number, steps = 64): [number, number][] {
  const a = Math.max(0, cov[0][0]);
  const l11 = Math.sqrt(a);
  const l21 = l11 > 0 ? cov[1][0] / l11 : 0;
  const l22 = Math.sqrt(Math.max(0, cov[1][1] - l21 * l21));
  const out: [number, number][] = [];
  for (let s = 0; s <= steps; s++) {
    const t = (2 * Math.PI * s) / steps;
    const u = Math.cos(t) * r;
    const v = Math.sin(t) * r;
    out.push([mean[0] + l11 * u, mean[1] + l21 * u + l22 * v]);
  }
  return out;
}

/**
 * The clustered points: k-means colours each by its cluster with the centroids' Voronoi cells; EM mixes the
 * components' colours by the responsibilities and draws each Gaussian's 1σ (solid) and 2σ (dashed) ellipse.
 * The picture follows the store's `frame` without React: each snapshot of a Run repaints the canvas and moves
 * the overlay's paths inside its animation frame; only the text alternative re-renders (a few times a second).
 */
export const ClusterPlot = memo(function ClusterPlot({ width }: { width: number }) {
  const points = usePcaStore((s) => s.points);
  const axes = usePcaStore((s) => s.pointsAxes);
  // The text alternative describes the clustering when the steps stop (not at every update of a Run).
  const settled = useRef<ClusterSnapshot | null>(null);
  const cluster = usePcaStore((s) =>
    s.stepping && s.cluster ? settled.current : (settled.current = s.cluster),
  );
  const own = usePcaStore((s) => s.view.data === 'own');
  const overlay = useRef<SVGGElement>(null);
  const repaint = useRef<(() => void) | null>(null);
  const xDomain = useMemo<[number, number]>(
    () => (own ? OWN_EXTENT : points ? domainOf(points.flat(), 2, 0) : [-1, 1]),
    [points, own],
  );
  const yDomain = useMemo<[number, number]>(
    () => (own ? OWN_EXTENT : points ? domainOf(points.flat(), 2, 1) : [-1, 1]),
    [points, own],
  );
  const paint = useCallback(
    (ctx: CanvasRenderingContext2D, s: CloudScales) => {
      if (!points) return;
      const frame = usePcaStore.getState().frame;
      if (overlay.current) drawOverlay(overlay.current, frame, s, xDomain, yDomain);
      const colors = readClusterColors();
      const n = points.length;
      const r = n > 2000 ? 1.6 : n > 500 ? 2.2 : 3.5;
      const resp = frame?.kind === 'gmm' ? frame.resp : null;
      const labels = frame?.labels ?? null;
      const K = frame?.params?.weights.length ?? 1;
      paintDots(
        ctx,
        s,
        n,
        (i) => points[i] as [number, number],
        (i, c) => {
          if (resp) {
            c[0] = c[1] = c[2] = 0;
            for (let k = 0; k < K; k++) {
              const col = colors[k % colors.length];
              const w = resp[i * K + k] / 255;
              c[0] += w * col[0];
              c[1] += w * col[1];
              c[2] += w * col[2];
            }
          } else {
            const col = labels ? colors[labels[i] % colors.length] : GREY;
            c[0] = col[0];
            c[1] = col[1];
            c[2] = col[2];
          }
        },
        r,
      );
    },
    [points, xDomain, yDomain],
  );
  // Each new frame snapshot is painted at once: the store sets it inside an animation frame.
  useEffect(
    () =>
      usePcaStore.subscribe((st, prev) => {
        if (st.frame !== prev.frame) repaint.current?.();
      }),
    [],
  );
  if (!points) return null;
  const size = Math.min(width, 560);
  return (
    <PointCloud
      width={size}
      height={size}
      xDomain={xDomain}
      yDomain={yDomain}
      xLabel={axes[0]}
      yLabel={axes[1]}
      label={
        cluster?.kind === 'gmm'
          ? 'Gaussian mixture: points coloured by their responsibilities, each component’s 1σ and 2σ ellipse'
          : 'k-means: points coloured by cluster, centroids with their Voronoi cells'
      }
      text={describe(cluster, points.length)}
      paint={paint}
      overlayRef={overlay}
      repaintRef={repaint}
    />
  );
});

const GREY: [number, number, number] = [128, 128, 128];
const SVG_NS = 'http://www.w3.org/2000/svg';
const CENTROID = 'M0,-9L9,0L0,9L-9,0Z';
const MEAN = 'M-7,-2H-2V-7H2V-2H7V2H2V7H-2V2H-7Z';

interface PathSpec {
  d: string;
  className: string;
  fill?: string;
  stroke?: string;
  transform?: string;
}

/** What the overlay draws for a snapshot: Voronoi cells and centroids, or ellipses and means. */
export function overlayPaths(
  snap: ClusterSnapshot | null,
  s: CloudScales,
  xDomain: [number, number],
  yDomain: [number, number],
): PathSpec[] {
  if (!snap) return [];
  const out: PathSpec[] = [];
  const at = (a: number, b: number) => `${s.x(a).toFixed(1)},${s.y(b).toFixed(1)}`;
  if (snap.kind === 'kmeans') {
    const cs = snap.centroids;
    if (cs.length > 1) {
      // Cells in data coordinates (the Euclidean Voronoi), then mapped to pixels.
      const v = Delaunay.from(cs.map((c) => [c[0], c[1]] as [number, number])).voronoi([
        xDomain[0],
        yDomain[0],
        xDomain[1],
        yDomain[1],
      ]);
      cs.forEach((_, k) => {
        const poly = v.cellPolygon(k);
        out.push({
          d: poly ? `M${poly.map(([a, b]) => at(a, b)).join('L')}Z` : '',
          className: 'pca-voronoi',
        });
      });
    }
    cs.forEach((c, k) =>
      out.push({
        d: CENTROID,
        className: 'pca-centroid',
        fill: clusterColor(k),
        transform: `translate(${at(c[0], c[1])})`,
      }),
    );
    return out;
  }
  const p = snap.params;
  if (!p) return out;
  p.means.forEach((m, k) => {
    if (!(p.weights[k] > 0)) return;
    for (const r of [1, 2])
      out.push({
        d: `M${ellipsePoints(m, p.covariances[k], r)
          .map(([a, b]) => at(a, b))
          .join('L')}Z`,
        className: r === 1 ? 'pca-ellipse' : 'pca-ellipse two',
        stroke: clusterColor(k),
      });
    out.push({
      d: MEAN,
      className: 'pca-centroid',
      fill: clusterColor(k),
      transform: `translate(${at(m[0], m[1])})`,
    });
  });
  return out;
}

/** Sets the overlay's paths in place (creating or removing only when their number changes). */
function drawOverlay(
  g: SVGGElement,
  snap: ClusterSnapshot | null,
  s: CloudScales,
  xDomain: [number, number],
  yDomain: [number, number],
) {
  const specs = overlayPaths(snap, s, xDomain, yDomain);
  while (g.childNodes.length > specs.length) g.lastChild!.remove();
  while (g.childNodes.length < specs.length) g.appendChild(document.createElementNS(SVG_NS, 'path'));
  specs.forEach((spec, i) => {
    const el = g.childNodes[i] as SVGPathElement;
    const set = (name: string, value: string | undefined) => {
      if (value === undefined) {
        if (el.hasAttribute(name)) el.removeAttribute(name);
      } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    };
    set('d', spec.d);
    set('class', spec.className);
    set('fill', spec.fill);
    set('stroke', spec.stroke);
    set('transform', spec.transform);
  });
}

function describe(cluster: ClusterSnapshot | null, n: number) {
  if (!cluster) return { description: `${n} points, not clustered.` };
  if (cluster.kind === 'kmeans')
    return {
      description: `${n} points in ${cluster.centroids.length} k-means clusters after ${cluster.iteration} steps; inertia ${formatNumber(cluster.history[cluster.history.length - 1], 6)}.`,
      table: {
        caption: 'centroids',
        columns: ['cluster', 'x', 'y', 'points'],
        rows: cluster.centroids.map((c, k) => [
          k + 1,
          c[0],
          c[1],
          cluster.labels ? cluster.labels.filter((l) => l === k).length : null,
        ]),
      },
    };
  const p = cluster.params!;
  return {
    description: `${n} points and a mixture of ${p.weights.length} Gaussians after ${cluster.iteration} EM steps; log-likelihood ${formatNumber(cluster.history[cluster.history.length - 1], 6)}.`,
    table: {
      caption: 'components',
      columns: ['component', 'weight', 'mean x', 'mean y', 'var x', 'var y', 'cov xy'],
      rows: p.weights.map((w, k) => [
        k + 1,
        w,
        p.means[k][0],
        p.means[k][1],
        p.covariances[k][0][0],
        p.covariances[k][1][1],
        p.covariances[k][0][1],
      ]),
    },
  };
}
