import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { format, scaleLinear } from 'd3';
import { optimizerLabels } from '../../core';
import { raceEnd, useCalculusStore } from '../../stores/calculus/store';
import { ChartFrame, MARGIN, useWidth } from '../../ui/ChartFrame';
import { logTickText } from '../../ui/powerTicks';
import { lossChartText } from './chartText';
import { clock, onClock } from './clock';
import type { OptimizerTrace } from '../../worker/protocol';
import { lossPath, lossY, type LossMap } from './geometry';
import { lossAxis } from './lossScale';
import { placeStops } from './lossLabels';
import { markPath, OPTIMIZER_DASH } from './marks';
import { OptimizerKey } from './OptimizerKey';
import { optimizerVar } from './palette';

const siFormat = format('.3~s');
const siTick = (v: number) => siFormat(v);

const HEIGHT = 260;

/** "GD diverged at step 14", "GD stopped at step 2". */
function stopText(t: OptimizerTrace): string {
  const stopped = t.stop !== 'diverged' || t.reason?.startsWith('stopped');
  return `${optimizerLabels[t.name]} ${stopped ? 'stopped' : 'diverged'} at step ${t.taken}`;
}

/**
 * One optimizer's curve, a component of its own so that the curves of a large race are built in separate
 * slices of the (deferred, time-sliced) render rather than in one long task.
 */
function LossCurve({ trace, kx, map }: { trace: OptimizerTrace; kx: number; map: LossMap }) {
  const d = useMemo(() => lossPath(trace.losses, trace.lossKeep, kx, map), [trace, kx, map]);
  return (
    <path
      d={d}
      className="calc-loss-line"
      data-optimizer={trace.name}
      style={{ stroke: optimizerVar(trace.name), strokeDasharray: OPTIMIZER_DASH[trace.name] }}
    />
  );
}

/**
 * Loss against step for every optimizer of the race, each curve in its own dash pattern; a stopped
 * run ends in ✕. The animation's step is a cursor with the optimizer's marker shape on each curve and
 * a veil over the steps still to come: they live in their own layer above the curves, so a frame
 * repaints only them, by attribute writes.
 */
export function LossChart() {
  const [box, width] = useWidth<HTMLDivElement>(800);
  // Drawn in a transition after the results table, which shows the numbers first.
  const race = useDeferredValue(useCalculusStore((s) => s.race));
  const log = useCalculusStore((s) => s.view.logLoss);
  const set = useCalculusStore((s) => s.set);
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const traces = useMemo(() => race?.result.traces ?? [], [race]);
  const text = useMemo(() => (race ? lossChartText(race, log) : null), [race, log]);
  // The x axis spans what was run: the longest run (every run when all stopped early).
  const steps = Math.max(1, raceEnd(race));
  const x = useMemo(() => scaleLinear().domain([0, steps]).range([0, innerW]), [steps, innerW]);
  const axis = useMemo(() => lossAxis(traces, log, innerH), [traces, log, innerH]);
  // Large losses (a diverging run's climb, a saddle's fall) in SI form, 6M rather than 6,000,000 and −2k
  // rather than −2,000, to fit the margin: from four digits on, "−1,000" ran into the rotated axis label.
  // Each tick on its own (d3's shared prefix would write 0 as "0k").
  const big = Math.max(...axis.scale.domain().map(Math.abs)) >= 1e3;
  const stops = useMemo(() => {
    const stopped = traces.filter((t) => t.stop !== 'done');
    const placed = placeStops(
      stopped.map((t) => ({ px: x(t.taken), py: lossY(axis.map, t.losses[t.taken]), text: stopText(t) })),
      innerW,
      innerH,
    );
    return stopped.map((t, i) => ({ t, ...placed[i] }));
  }, [traces, x, axis, innerW, innerH]);
  const veil = useRef<SVGRectElement>(null);
  const cursor = useRef<SVGLineElement>(null);
  const dots = useRef<(SVGPathElement | null)[]>([]);

  useEffect(() => {
    const update = (s: number) => {
      const at = Math.max(0, x(s));
      const px = String(at);
      veil.current?.setAttribute('x', px);
      veil.current?.setAttribute('width', String(Math.max(0, innerW - at)));
      cursor.current?.setAttribute('x1', px);
      cursor.current?.setAttribute('x2', px);
      for (let i = 0; i < traces.length; i++) {
        const t = traces[i];
        const k = Math.min(t.taken, Math.round(s));
        const py = lossY(axis.map, t.losses[k]);
        const dot = dots.current[i];
        if (!dot) continue;
        const cy = Number.isFinite(py) ? Math.max(0, Math.min(innerH, py)) : 0;
        dot.setAttribute('transform', `translate(${x(k)},${cy})`);
      }
    };
    update(clock.step);
    return onClock(update);
  }, [x, axis, traces, innerW, innerH]);

  return (
    <section className="panel calc-loss" ref={box}>
      <div className="calc-loss-head">
        <h2 className="calc-view-title">Loss along the race</h2>
        <label className="calc-check">
          <input type="checkbox" checked={log} onChange={(e) => set('logLoss', e.target.checked)} />
          log scale
        </label>
      </div>
      {race && (
        <ul className="calc-legend" aria-label="Legend">
          {traces.map((t) => (
            <li key={t.name}>
              <OptimizerKey name={t.name} />
              {optimizerLabels[t.name]}
            </li>
          ))}
        </ul>
      )}
      {race ? (
        <div className="calc-plot">
          <ChartFrame
            width={width}
            height={HEIGHT}
            x={x}
            y={axis.scale}
            xLabel="step"
            yLabel={axis.label}
            yTickFormat={log ? logTickText : big ? siTick : undefined}
            title="Loss against step for each optimizer"
            text={text ?? undefined}
          >
            {traces.map((t) => (
              <LossCurve key={t.name} trace={t} kx={innerW / steps} map={axis.map} />
            ))}
            {stops.map(({ t, x: mx, y: my, edge, labelX, labelY, anchor, text: label }) => (
              <g key={`stop-${t.name}`} className="calc-stop" style={{ color: optimizerVar(t.name) }}>
                {edge === 0 ? (
                  <path d="M-5,-5 L5,5 M-5,5 L5,-5" transform={`translate(${mx},${my})`} />
                ) : (
                  // Off the chart: an arrowhead on the edge points where the loss went.
                  <path
                    d={edge < 0 ? 'M-6,4 L0,-5 L6,4' : 'M-6,-4 L0,5 L6,-4'}
                    transform={`translate(${mx},${my})`}
                    data-edge={edge < 0 ? 'top' : 'bottom'}
                  />
                )}
                {Math.abs(labelY - 4 - my) > 6 && (
                  <line className="calc-stop-leader" x1={mx} y1={my} x2={labelX} y2={labelY - 4} />
                )}
                <text x={labelX} y={labelY} textAnchor={anchor}>
                  {label}
                </text>
              </g>
            ))}
          </ChartFrame>
          <svg
            className="calc-live"
            width={innerW}
            height={innerH}
            style={{ left: MARGIN.left, top: MARGIN.top }}
            aria-hidden="true"
          >
            <rect ref={veil} className="calc-veil" y={0} height={innerH} x={0} width={innerW} />
            <line ref={cursor} className="calc-cursor" y1={0} y2={innerH} />
            {traces.map((t, i) => (
              <path
                key={t.name}
                ref={(el) => {
                  dots.current[i] = el;
                }}
                d={markPath(t.name, 4.5)}
                className="calc-dot"
                data-optimizer={t.name}
                style={{ fill: optimizerVar(t.name) }}
              />
            ))}
          </svg>
        </div>
      ) : (
        <p className="fine">
          Press Run to race the selected optimizers; the loss of each appears here as it moves.
        </p>
      )}
    </section>
  );
}
