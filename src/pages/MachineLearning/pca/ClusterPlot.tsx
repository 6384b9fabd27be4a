import { memo, useCallback, useMemo } from 'react';
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
 */
export const ClusterPlot = memo(function ClusterPlot({ width }: { width: number }) {
  const points = usePcaStore((s) => s.points);
  const axes = usePcaStore((s) => s.pointsAxes);
  const cluster = usePcaStore((s) => s.cluster);
  const own = usePcaStore((s) => s.view.data === 'own');
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
      const colors = readClusterColors();
      const n = points.length;
      const r = n > 2000 ? 1.6 : n > 500 ? 2.2 : 3.5;
      const resp = cluster?.kind === 'gmm' ? cluster.resp : null;
      const labels = cluster?.labels ?? null;
      const K = cluster?.params?.weights.length ?? 1;
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
            const col = labels ? colors[labels[i] % colors.length] : [128, 128, 128];
            c[0] = col[0];
            c[1] = col[1];
            c[2] = col[2];
          }
        },
        r,
      );
    },
    [points, cluster],
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
    >
      {(s) => (cluster ? <Overlay cluster={cluster} s={s} xDomain={xDomain} yDomain={yDomain} /> : null)}
    </PointCloud>
  );
});

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

function Overlay({
  cluster,
  s,
  xDomain,
  yDomain,
}: {
  cluster: ClusterSnapshot;
  s: CloudScales;
  xDomain: [number, number];
  yDomain: [number, number];
}) {
  if (cluster.kind === 'kmeans') {
    const cs = cluster.centroids;
    let cells: string[] = [];
    if (cs.length > 1) {
      // Cells in data coordinates (the Euclidean Voronoi), then mapped to pixels.
      const v = Delaunay.from(cs.map((c) => [c[0], c[1]] as [number, number])).voronoi([
        xDomain[0],
        yDomain[0],
        xDomain[1],
        yDomain[1],
      ]);
      cells = cs.map((_, k) => {
        const poly = v.cellPolygon(k);
        return poly ? `M${poly.map(([a, b]) => `${s.x(a)},${s.y(b)}`).join('L')}Z` : '';
      });
    }
    return (
      <g>
        {cells.map((d, k) => (
          <path key={`cell${k}`} d={d} className="pca-voronoi" />
        ))}
        {cs.map((c, k) => (
          <path
            key={k}
            transform={`translate(${s.x(c[0])},${s.y(c[1])})`}
            d="M0,-9L9,0L0,9L-9,0Z"
            fill={clusterColor(k)}
            className="pca-centroid"
          />
        ))}
      </g>
    );
  }
  const p = cluster.params;
  if (!p) return null;
  return (
    <g>
      {p.means.map((m, k) =>
        p.weights[k] > 0 ? (
          <g key={k}>
            {[1, 2].map((r) => (
              <path
                key={r}
                d={`M${ellipsePoints(m, p.covariances[k], r)
                  .map(([a, b]) => `${s.x(a)},${s.y(b)}`)
                  .join('L')}Z`}
                className={r === 1 ? 'pca-ellipse' : 'pca-ellipse two'}
                stroke={clusterColor(k)}
              />
            ))}
            <path
              transform={`translate(${s.x(m[0])},${s.y(m[1])})`}
              d="M-7,-2H-2V-7H2V-2H7V2H2V7H-2V2H-7Z"
              fill={clusterColor(k)}
              className="pca-centroid"
            />
          </g>
        ) : null,
      )}
    </g>
  );
}
