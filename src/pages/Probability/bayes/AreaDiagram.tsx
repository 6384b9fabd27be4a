import { useId, useMemo } from 'react';
import type { ScreeningResult } from '../../../core';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { areaText } from './bayesText';

const H = 200;
/** The bar of everyone who tests positive, below the square. */
const BAR = 30;
const BAR_GAP = 46;
const TOP = 28;
/** A sliver this thin (1 % prevalence on a narrow screen) is widened to stay visible; the legend gives exact numbers. */
const MIN_W = 4;

/**
 * The population as a unit square: columns by disease status (width = prevalence), rows by test result
 * (height = sensitivity, or 1 − specificity). Cells that test positive are hatched, so the picture reads
 * without colour: P(D | +) is the hatched area on the left over all hatched area.
 */
export function AreaDiagram({
  r,
  prevalence,
  per,
  width,
}: {
  r: ScreeningResult;
  prevalence: number;
  /** Population size the text alternative counts the cells in ("out of 10,000 people"). */
  per: number;
  width: number;
}) {
  const text = useMemo(() => areaText(r, prevalence, per), [r, prevalence, per]);
  const textId = `area-diagram-text${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const W = Math.max(200, width);
  const dw = prevalence > 0 ? Math.max(MIN_W, Math.min(W - MIN_W, prevalence * W)) : 0;
  const hw = W - dw;
  const sens = prevalence > 0 ? r.truePositive / prevalence : 0;
  const fpr = prevalence < 1 ? r.falsePositive / (1 - prevalence) : 0;
  const cells = [
    { key: 'TP', x: 0, y: 0, w: dw, h: sens * H, cls: 'cell-disease', pos: true },
    { key: 'FN', x: 0, y: sens * H, w: dw, h: (1 - sens) * H, cls: 'cell-disease', pos: false },
    { key: 'FP', x: dw, y: 0, w: hw, h: fpr * H, cls: 'cell-healthy', pos: true },
    { key: 'TN', x: dw, y: fpr * H, w: hw, h: (1 - fpr) * H, cls: 'cell-healthy', pos: false },
  ];
  return (
    <>
      <svg
        className="area-diagram"
        width={W + 2}
        height={H + TOP + BAR_GAP + BAR + 2}
        role="img"
        aria-label={`Area diagram of the population: disease column ${pct(prevalence)} wide; hatched cells test positive. ${pct(r.ppv)} of the hatched area has the disease.`}
        aria-describedby={textId}
      >
        <defs>
          <pattern
            id="hatch-positive"
            width="7"
            height="7"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="7" className="hatch" />
          </pattern>
        </defs>
        <text className="col-label" x={1} y={16} textAnchor="start">
          disease ({pct(prevalence)})
        </text>
        <text className="col-label" x={W + 1} y={16} textAnchor="end">
          no disease ({pct(1 - prevalence)})
        </text>
        <g transform={`translate(1,${TOP})`}>
          {cells.map((c) =>
            c.w > 0 && c.h > 0 ? (
              <g key={c.key}>
                <rect className={c.cls} x={c.x} y={c.y} width={c.w} height={c.h} />
                {c.pos && <rect x={c.x} y={c.y} width={c.w} height={c.h} fill="url(#hatch-positive)" />}
                {c.w >= 30 && c.h >= 18 && (
                  <text className="cell-label" x={c.x + c.w / 2} y={c.y + c.h / 2 + 5} textAnchor="middle">
                    {c.key}
                  </text>
                )}
              </g>
            ) : null,
          )}
          <rect className="diagram-border" width={W} height={H} />
        </g>
        {r.positive > 0 && (
          <g transform={`translate(1,${TOP + H + BAR_GAP})`}>
            <text className="col-label" x={0} y={-8}>
              everyone who tests positive, stretched to full width: {pct(r.ppv)} are sick
            </text>
            <rect className="cell-disease" width={r.ppv * W} height={BAR} />
            <rect className="cell-healthy" x={r.ppv * W} width={(1 - r.ppv) * W} height={BAR} />
            <rect width={W} height={BAR} fill="url(#hatch-positive)" />
            {r.ppv * W >= 30 && (
              <text className="cell-label" x={(r.ppv * W) / 2} y={BAR / 2 + 5} textAnchor="middle">
                TP
              </text>
            )}
            {(1 - r.ppv) * W >= 30 && (
              <text
                className="cell-label"
                x={r.ppv * W + ((1 - r.ppv) * W) / 2}
                y={BAR / 2 + 5}
                textAnchor="middle"
              >
                FP
              </text>
            )}
            <rect className="diagram-border" width={W} height={BAR} />
          </g>
        )}
      </svg>
      <ChartTextAlternative id={textId} text={text} />
    </>
  );
}

function pct(v: number): string {
  if (!Number.isFinite(v)) return 'undefined';
  return `${Number((100 * v).toPrecision(3))} %`;
}
