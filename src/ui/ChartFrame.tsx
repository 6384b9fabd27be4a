import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { axisBottom, axisLeft, select, type ScaleContinuousNumeric } from 'd3';
import { canTick } from './axisTicks';
import { ChartTextAlternative, type ChartText } from './ChartText';

export const MARGIN = { top: 12, right: 16, bottom: 40, left: 56 };

/** Width of an element, following resizes (projector windows, split screens). */
export function useWidth<T extends HTMLElement>(fallback = 600): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.max(240, Math.floor(entry.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

/**
 * An SVG chart with D3 axes and labels. Children draw in the plot area's coordinates; `x` and `y` map data to
 * pixels inside it. `text` is what a screen reader gets besides the title: a description and a table of
 * the key values (see ChartText).
 */
export function ChartFrame({
  width,
  height,
  x,
  y,
  xLabel,
  yLabel,
  title,
  children,
  onPointer,
  text,
  describedBy,
  yTickFormat,
}: {
  width: number;
  height: number;
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  /**
   * The y ticks' text: a d3-format specifier (e.g. '.0e' on a log axis), or a function of the tick value and of
   * d3's text for it with that scale's default format (empty for a tick d3 leaves unlabelled); d3's default
   * when absent.
   */
  yTickFormat?: string | ((value: number, d3Text: string) => string);
  xLabel: string;
  yLabel: string;
  title: string;
  children: ReactNode;
  onPointer?: (px: number | null) => void;
  text?: ChartText;
  /**
   * Instead of `text`: the id of a text alternative rendered by the caller beside the chart (so that a
   * description that changes often re-renders only itself, not the chart).
   */
  describedBy?: string;
}) {
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const clipId = `clip${uid}`;
  const textId = `chart-text${uid}`;
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  // Charts that redraw many times a second pass new scales each time, mostly with the same domain and range:
  // the axes are rebuilt only when what they show has changed.
  const drawn = useRef<{ x: string; y: string; on: [SVGGElement | null, SVGGElement | null] }>({
    x: '',
    y: '',
    on: [null, null],
  });
  useEffect(() => {
    const xTicks = Math.max(2, Math.floor(innerW / 80));
    // A domain d3 cannot tick (infinite, or far narrower than 1e-300) gets a bare axis instead of a crash;
    // its format is set too, since d3's default format would compute a tick step from the same domain.
    const xOk = canTick(x, xTicks);
    const yOk = canTick(y, 5);
    // The tick values tell a log scale from a linear one with the same domain.
    const xKey = `${x.domain()}|${x.range()}|${xOk ? x.ticks(xTicks) : 'none'}`;
    const yKey = `${y.domain()}|${y.range()}|${yOk ? y.ticks(5) : 'none'}|${typeof yTickFormat === 'function' ? 'fn' : (yTickFormat ?? '')}`;
    const d = drawn.current;
    if (xAxis.current && (xKey !== d.x || xAxis.current !== d.on[0])) {
      const axis = axisBottom(x);
      select(xAxis.current).call(xOk ? axis.ticks(xTicks) : axis.tickValues([]).tickFormat(() => ''));
      d.x = xKey;
      d.on[0] = xAxis.current;
    }
    if (yAxis.current && (yKey !== d.y || yAxis.current !== d.on[1])) {
      const axis = axisLeft(y);
      if (!yOk) axis.tickValues([]).tickFormat(() => '');
      else if (typeof yTickFormat === 'function') {
        const d3Text = y.tickFormat(5);
        axis.ticks(5).tickFormat((v) => yTickFormat(Number(v), d3Text(Number(v))));
      } else axis.ticks(5, yTickFormat);
      select(yAxis.current).call(axis);
      d.y = yKey;
      d.on[1] = yAxis.current;
    }
  }, [x, y, innerW, yTickFormat]);
  return (
    <>
      <svg
        className="chart"
        width={width}
        height={height}
        role="img"
        aria-label={title}
        aria-describedby={text ? textId : describedBy}
      >
        <defs>
          <clipPath id={clipId}>
            <rect width={innerW} height={innerH} />
          </clipPath>
        </defs>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <g ref={xAxis} className="axis" transform={`translate(0,${innerH})`} />
          <g ref={yAxis} className="axis" />
          <text className="axis-label" x={innerW / 2} y={innerH + 34} textAnchor="middle">
            {xLabel}
          </text>
          <text
            className="axis-label"
            transform={`translate(${-44},${innerH / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {yLabel}
          </text>
          <g clipPath={`url(#${clipId})`}>{children}</g>
          {onPointer && (
            <rect
              className="hover-catcher"
              width={innerW}
              height={innerH}
              fill="transparent"
              onPointerMove={(e) => {
                const box = e.currentTarget.getBoundingClientRect();
                onPointer(e.clientX - box.left);
              }}
              onPointerLeave={() => onPointer(null)}
            />
          )}
        </g>
      </svg>
      {text && <ChartTextAlternative id={textId} text={text} />}
    </>
  );
}
