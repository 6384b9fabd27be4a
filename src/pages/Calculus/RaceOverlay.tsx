import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { optimizerLabels } from '../../core';
import { useCalculusStore, type CalculusState } from '../../stores/calculus/store';
import type { OptimizerTrace } from '../../worker/protocol';
import { clock, onClock } from './clock';
import { at, marksAlong, pixelPath, type Affine, type PixelPath } from './geometry';
import { markPath } from './marks';
import { optimizerVar } from './palette';

/** Pixels between repeated marks along a path, and their size. */
const MARK_SPACING = 40;
const MARK_R = 3.2;

export interface DrawnPath {
  trace: OptimizerTrace;
  geo: PixelPath;
}

const geometries = new WeakMap<OptimizerTrace, { key: string; geo: PixelPath }>();

/**
 * One path in plot pixels, computed once per scale for the static and the live layer together. Each trace is
 * its own entry (and each ghost its own component) so that a race of seven 10,000-step paths is drawn in
 * several short tasks of a time-sliced render, never one long one.
 */
function geometryOf(trace: OptimizerTrace, sx: Affine, sy: Affine): PixelPath {
  const key = `${sx.a},${sx.b},${sy.a},${sy.b}`;
  const hit = geometries.get(trace);
  if (hit?.key === key) return hit.geo;
  const geo = pixelPath(trace.path, trace.taken, sx, sy);
  geometries.set(trace, { key, geo });
  return geo;
}

function drawnFor(race: CalculusState['race'], sx: Affine, sy: Affine): DrawnPath[] {
  return race ? race.result.traces.map((trace) => ({ trace, geo: geometryOf(trace, sx, sy) })) : [];
}

/** The race as a deferred value: the results table shows the numbers first, the paths a moment later. */
function useDrawn(sx: Affine, sy: Affine): DrawnPath[] {
  const race = useDeferredValue(useCalculusStore((s) => s.race));
  return useMemo(() => drawnFor(race, sx, sy), [race, sx, sy]);
}

/**
 * The full paths, faint over a halo, with the optimizer's marker shape repeated along each (so the
 * paths differ without colour; the shapes are in the results table's legend), and the ✕ where a run
 * stopped: static, so they sit with the contours.
 */
export function RaceGhosts({
  sx,
  sy,
  width,
  height,
}: {
  sx: Affine;
  sy: Affine;
  width: number;
  height: number;
}) {
  const race = useDeferredValue(useCalculusStore((s) => s.race));
  const traces = race?.result.traces ?? [];
  return (
    <g className="calc-race-paths">
      {traces.map((trace, i) => (
        <Ghost
          key={trace.name}
          trace={trace}
          index={i}
          count={traces.length}
          sx={sx}
          sy={sy}
          width={width}
          height={height}
        />
      ))}
    </g>
  );
}

function Ghost({
  trace,
  index,
  count,
  sx,
  sy,
  width,
  height,
}: {
  trace: OptimizerTrace;
  index: number;
  count: number;
  sx: Affine;
  sy: Affine;
  width: number;
  height: number;
}) {
  const geo = geometryOf(trace, sx, sy);
  // One path element per optimizer for all its marks. Paths that overlap start their marks at
  // different distances, so their shapes alternate instead of covering each other.
  const marks = useMemo(() => {
    const offset = (MARK_SPACING * (index + 1)) / (count + 1);
    const points = marksAlong(geo, MARK_SPACING, offset, width, height);
    let d = '';
    for (let k = 0; k < points.length; k += 2) d += markPath(trace.name, MARK_R, points[k], points[k + 1]);
    return d;
  }, [geo, trace.name, index, count, width, height]);
  // A run that left the plot is marked where it left, on the plot's edge.
  const inside = (v: number, max: number) => Math.max(4, Math.min(max - 4, v));
  const end = 2 * trace.taken;
  return (
    <g style={{ color: optimizerVar(trace.name) }}>
      <path className="calc-path-halo" d={geo.d} />
      <path className="calc-path-ghost" data-optimizer={trace.name} d={geo.d} />
      {marks && <path className="calc-path-marks" data-optimizer={trace.name} d={marks} />}
      {trace.stop !== 'done' && (
        <g
          className="calc-stop"
          transform={`translate(${inside(geo.px[end], width)},${inside(geo.px[end + 1], height)})`}
        >
          <title>{`${optimizerLabels[trace.name]} stopped here: ${trace.reason ?? ''}`}</title>
          <path d="M-6,-6 L6,6 M-6,6 L6,-6" />
        </g>
      )}
    </g>
  );
}

/**
 * The moving part of the race: the path covered so far (a dash whose offset follows the clock) and
 * a marker in the optimizer's shape at the current iterate. It lives in its own layer above the
 * contours, so a frame repaints only it, and the clock moves it by attribute writes, without a React
 * render.
 */
export function RaceLive({ sx, sy }: { sx: Affine; sy: Affine }) {
  const drawn = useDrawn(sx, sy);
  const progress = useRef<(SVGPathElement | null)[]>([]);
  const markers = useRef<(SVGGElement | null)[]>([]);

  useEffect(() => {
    const update = (s: number) => {
      for (let i = 0; i < drawn.length; i++) {
        const { trace, geo } = drawn[i];
        const last = trace.taken;
        const k = Math.min(last, Math.floor(s));
        progress.current[i]?.setAttribute('stroke-dashoffset', String(geo.total - geo.cum[k]));
        const mx = at(geo.px, s, last, 2, 0);
        const my = at(geo.px, s, last, 2, 1);
        markers.current[i]?.setAttribute('transform', `translate(${mx.toFixed(1)},${my.toFixed(1)})`);
      }
    };
    update(clock.step);
    return onClock(update);
  }, [drawn]);

  return (
    <g>
      {drawn.map(({ trace, geo }, i) => (
        <g key={trace.name} style={{ color: optimizerVar(trace.name) }}>
          <path
            ref={(el) => {
              progress.current[i] = el;
            }}
            className="calc-path"
            data-optimizer={trace.name}
            d={geo.d}
            pathLength={geo.total || 1}
            strokeDasharray={`${geo.total || 1} ${geo.total || 1}`}
            strokeDashoffset={geo.total}
          />
          <g
            ref={(el) => {
              markers.current[i] = el;
            }}
            className="calc-marker"
            data-optimizer={trace.name}
          >
            <path d={markPath(trace.name, 5.5)} />
          </g>
        </g>
      ))}
    </g>
  );
}
