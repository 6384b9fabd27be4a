import { memo, useCallback, useMemo } from 'react';
import { usePcaStore, type PcaAnalyzeResult } from '../../../stores/ml/pca/store';
import type { Table } from '../../../stores/ml/pca/data';
import { formatNumber } from '../../../ui/Readout';
import { clusterColor, readClusterColors } from './pcaColors';
import { spreadLabels } from '../shared/spreadLabels';
import { domainOf, paintDots, PointCloud, type CloudScales } from './PointCloud';

/** The most arrows a biplot draws (the longest loadings), so that 64 pixels do not hide the points. */
const MAX_ARROWS = 8;

/** The plot's largest side in the page (px); on stage it follows the stage's layout width instead. */
const MAX_SIZE = 520;

/**
 * Scores on the first two components coloured by label, with the loadings as arrows (a biplot). `fill`: the
 * plot takes the whole `width` (on stage), else at most {@link MAX_SIZE}.
 */
export const ScoresPlot = memo(function ScoresPlot({
  width,
  fill = false,
}: {
  width: number;
  fill?: boolean;
}) {
  const pca = usePcaStore((s) => s.pca);
  const table = usePcaStore((s) => s.table);
  if (!pca || !table || pca.d < 2) return null;
  return <Scores pca={pca} table={table} width={width} fill={fill} />;
});

/** The loading names' size on stage (px before the stage's scale), the stage's axis text size (pca.css). */
const STAGE_LABEL_PX = 16;

function Scores({
  pca,
  table,
  width,
  fill,
}: {
  pca: PcaAnalyzeResult;
  table: Table;
  width: number;
  fill: boolean;
}) {
  const c = pca.scoreColumns;
  const xDomain = useMemo(() => domainOf(pca.scores, c, 0), [pca, c]);
  const yDomain = useMemo(() => domainOf(pca.scores, c, 1), [pca, c]);
  const size = fill ? width : Math.min(width, MAX_SIZE);
  // On stage (fill) the loading names are drawn at the axis text's size: at 11 px they were about 13 px on a
  // 1280 px projector, too small to read from the back of a room. Their width and spacing follow the size.
  const labelPx = fill ? STAGE_LABEL_PX : 11;
  const charW = (6.2 * labelPx) / 11;
  const arrows = useMemo(() => {
    const { d } = pca;
    const list = Array.from({ length: d }, (_, j) => ({
      j,
      a: pca.components[j] * Math.sqrt(pca.values[0]),
      b: pca.components[d + j] * Math.sqrt(pca.values[1]),
    }));
    list.sort((p, q) => Math.hypot(q.a, q.b) - Math.hypot(p.a, p.b));
    return list.slice(0, MAX_ARROWS);
  }, [pca]);
  const paint = useCallback(
    (ctx: CanvasRenderingContext2D, s: CloudScales) => {
      const colors = readClusterColors();
      paintDots(
        ctx,
        s,
        pca.n,
        (i) => [pca.scores[i * c], pca.scores[i * c + 1]],
        (i, out) => {
          const col = colors[(table.labels ? table.labels[i] : 1) % colors.length];
          out[0] = col[0];
          out[1] = col[1];
          out[2] = col[2];
        },
        pca.n > 1000 ? 1.8 : 3,
      );
    },
    [pca, table, c],
  );
  // Arrow lengths: loadings × √λ, scaled to 45 % of the plot's half-width.
  const longest = Math.max(1e-12, ...arrows.map((a) => Math.hypot(a.a, a.b)));
  const span = Math.min(xDomain[1] - xDomain[0], yDomain[1] - yDomain[0]) * 0.45;
  const k = span / longest;
  const text = {
    description: `${pca.n} rows projected on the first two components (PC 1 explains ${formatNumber(pca.ratio[0] * 100, 4)} %, PC 2 ${formatNumber(pca.ratio[1] * 100, 4)} %), coloured by ${table.labelNames ? 'label' : 'nothing (no labels)'}; arrows are the original variables' loadings (biplot${pca.d > MAX_ARROWS ? `, the ${MAX_ARROWS} longest` : ''}).`,
    table: {
      caption: 'loadings on PC 1 and PC 2',
      columns: ['variable', 'PC 1', 'PC 2'],
      rows: arrows.map((a) => [table.columns[a.j], pca.components[a.j], pca.components[pca.d + a.j]]),
    },
  };
  return (
    <section className="panel" aria-label="scores and biplot">
      <h3>Scores on PC 1 and PC 2, with the loadings (biplot)</h3>
      <PointCloud
        width={size}
        height={size}
        xDomain={xDomain}
        yDomain={yDomain}
        xLabel="PC 1 score"
        yLabel="PC 2 score"
        label="Scores on the first two principal components, coloured by label, with loading arrows"
        text={text}
        paint={paint}
      >
        {(s) => {
          const ox = s.x(0);
          const oy = s.y(0);
          /** Where each label starts (its anchor x), moved back inside the plot when it would run past an edge. */
          const labelX = arrows.map((a) => {
            const x = s.x(a.a * k);
            const ang = Math.atan2(s.y(a.b * k) - oy, x - ox);
            const w = charW * table.columns[a.j].length;
            const lx = x + 4 * Math.cos(ang);
            // The plot is clipped: a label past its edge lost its last letters ("pixel (5," on the digits).
            return Math.cos(ang) < 0 ? Math.max(lx, w + 2) : Math.min(lx, s.innerW - w - 2);
          });
          const labelY = spreadLabels(
            arrows.map((a, idx) => {
              const x = s.x(a.a * k);
              const y = s.y(a.b * k);
              const ang = Math.atan2(y - oy, x - ox);
              const w = charW * table.columns[a.j].length;
              const lx = labelX[idx];
              return {
                x0: Math.cos(ang) < 0 ? lx - w : lx,
                x1: Math.cos(ang) < 0 ? lx : lx + w,
                y: y + 4 * Math.sin(ang) + 4,
              };
            }),
            (13 * labelPx) / 11,
          );
          return arrows.map((a, idx) => {
            const x = s.x(a.a * k);
            const y = s.y(a.b * k);
            const ang = Math.atan2(y - oy, x - ox);
            const head = `M${x},${y}L${x - 8 * Math.cos(ang - 0.4)},${y - 8 * Math.sin(ang - 0.4)}L${x - 8 * Math.cos(ang + 0.4)},${y - 8 * Math.sin(ang + 0.4)}Z`;
            return (
              <g key={a.j}>
                <line x1={ox} y1={oy} x2={x} y2={y} className="pca-arrow" />
                <path d={head} className="pca-dot" />
                <text
                  x={labelX[idx]}
                  y={labelY[idx]}
                  className="pca-arrow-label"
                  style={fill ? { fontSize: labelPx } : undefined}
                  textAnchor={Math.cos(ang) < 0 ? 'end' : 'start'}
                >
                  {table.columns[a.j]}
                </text>
              </g>
            );
          });
        }}
      </PointCloud>
      {table.labelNames && (
        <p className="pca-legend" aria-hidden="true">
          {table.labelNames.map((name, l) => (
            <span key={name}>
              <span className="pca-swatch" style={{ background: clusterColor(l) }} />
              {name}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
