import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { scaleLinear } from 'd3';
import type { Target2D } from '../../../core';
import { useMcmcStore } from '../../../stores/probability/mcmc/store';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { ChainPlayer } from './chainPlayer';
import { targetContours } from './contours';
import { samplerText, type ChainSummary } from './mcmcText';
import { PlayControls } from './PlayControls';

/**
 * The target's contours with the chain's samples painted over them (canvas) and the current move
 * animated (SVG): accepted = filled dot at the end of a solid line, rejected = hollow × at the end of
 * a dashed line, so the two differ in shape and dash as well as colour. `width` is the chart's whole width
 * (the caller caps it; on stage it follows the stage's layout width).
 */
export function SamplerView({ target, name, width }: { target: Target2D; name: string; width: number }) {
  const size = Math.max(220, width - MARGIN.left - MARGIN.right);
  const [x0, x1, y0, y1] = target.bounds;
  const sx = useMemo(() => scaleLinear().domain([x0, x1]).range([0, size]), [x0, x1, size]);
  const sy = useMemo(() => scaleLinear().domain([y0, y1]).range([size, 0]), [y0, y1, size]);
  const paths = useMemo(() => targetContours(target, sx, sy), [target, sx, sy]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const line = useRef<SVGLineElement>(null);
  const dot = useRef<SVGCircleElement>(null);
  const cross = useRef<SVGPathElement>(null);
  const ring = useRef<SVGCircleElement>(null);
  const counter = useRef<HTMLSpanElement>(null);
  const player = useRef<ChainPlayer | null>(null);
  const [playing, setPlaying] = useState(true);
  const speed = useMcmcStore((s) => s.view.speed);
  const runId = useMcmcStore((s) => s.run?.id ?? -1);
  const textId = `sampler-text${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  // A layout effect, so that the player exists before the geometry layout effect below first runs.
  useLayoutEffect(() => {
    const p = new ChainPlayer(
      {
        canvas: canvas.current!,
        line: line.current!,
        dot: dot.current!,
        cross: cross.current!,
        ring: ring.current!,
        counter: counter.current!,
      },
      () => useMcmcStore.getState().run,
      () => setPlaying(false),
    );
    player.current = p;
    // New steps (at most ten messages a second) wake the loop; it sleeps when there is nothing to show.
    const unsubscribe = useMcmcStore.subscribe((s, prev) => {
      if (s.run !== prev.run) p.wake();
    });
    p.wake();
    // The samples take their colour from the theme: repaint when it changes.
    const themes = new MutationObserver(() => p.repaint());
    themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onScheme = () => p.repaint();
    scheme?.addEventListener?.('change', onScheme);
    return () => {
      p.stop();
      unsubscribe();
      themes.disconnect();
      scheme?.removeEventListener?.('change', onScheme);
    };
  }, []);

  useLayoutEffect(() => {
    player.current?.setGeometry({ sx, sy, width: size, height: size });
  }, [sx, sy, size]);

  useEffect(() => {
    if (!player.current) return;
    player.current.speed = speed;
    player.current.wake();
  }, [speed]);

  // A new chain plays from its start.
  useEffect(() => {
    if (runId < 0 || !player.current) return;
    player.current.playing = true;
    player.current.wake();
    setPlaying(true);
  }, [runId]);

  const toggle = () => {
    const p = player.current;
    if (!p) return;
    const run = useMcmcStore.getState().run;
    // At the end, Play starts the replay over.
    if (!p.playing && run?.done && run.received === run.total) p.rewind();
    p.playing = !p.playing;
    p.wake();
    setPlaying(p.playing);
  };
  const height = size + MARGIN.top + MARGIN.bottom;
  return (
    <div className="sampler" style={{ width: size + MARGIN.left + MARGIN.right }}>
      <div className="sampler-stack" style={{ width: size + MARGIN.left + MARGIN.right, height }}>
        <ChartFrame
          width={size + MARGIN.left + MARGIN.right}
          height={height}
          x={sx}
          y={sy}
          xLabel="x"
          yLabel="y"
          title="Target density contours with the chain's samples and the current proposal"
          describedBy={textId}
        >
          {paths.map((d, i) => (
            <path key={i} className="contour" d={d} />
          ))}
        </ChartFrame>
        <canvas
          ref={canvas}
          className="mcmc-samples"
          style={{ left: MARGIN.left, top: MARGIN.top }}
          aria-hidden="true"
        />
        <svg
          className="mcmc-overlay"
          width={size}
          height={size}
          style={{ left: MARGIN.left, top: MARGIN.top }}
          aria-hidden="true"
        >
          <line ref={line} className="move-line" display="none" />
          <circle ref={ring} className="current-ring" r={7} display="none" />
          <circle ref={dot} className="accept-dot" r={5} display="none" />
          <path ref={cross} className="reject-cross" d="M-6,-6L6,6M-6,6L6,-6" display="none" />
        </svg>
      </div>
      <p className="step-counter" aria-hidden="true">
        <span ref={counter} />
      </p>
      <PlayControls
        playing={playing}
        onToggle={toggle}
        onRewind={() => player.current?.rewind()}
        onSkip={() => player.current?.skipToEnd()}
      />
      <Legend />
      <SamplerText id={textId} name={name} bounds={target.bounds} />
    </div>
  );
}

/**
 * The sampler chart's text alternative. Its own component: it follows the chain (up to 10 store updates
 * a second), and only it re-renders then, not the chart and its contours.
 */
function SamplerText({ id, name, bounds }: { id: string; name: string; bounds: Target2D['bounds'] }) {
  const chain = useChainSummary();
  const text = useMemo(() => samplerText(name, bounds, chain), [name, bounds, chain]);
  return <ChartTextAlternative id={id} text={text} />;
}

/** The computed chain in numbers for the text alternative; changes with the store (≤ 10 times a second). */
function useChainSummary(): ChainSummary | null {
  const run = useMcmcStore((s) => s.run);
  return useMemo(() => {
    if (!run) return null;
    const b = run.buffer;
    const n = run.received;
    return {
      request: run.request,
      received: n,
      total: run.total,
      acceptedCount: run.acceptedCount,
      start: b ? b.start : null,
      last: b && n > 0 ? ([b.xs[n - 1], b.ys[n - 1]] as const) : null,
      diagnostics: run.diagnostics,
    };
  }, [run]);
}

function Legend() {
  return (
    <ul className="legend mcmc-legend" aria-label="legend">
      <li>
        <svg width={34} height={14} aria-hidden="true">
          <line className="move-line accepted" x1={2} y1={7} x2={24} y2={7} />
          <circle className="accept-dot" cx={26} cy={7} r={4} />
        </svg>
        accepted<span className="legend-detail"> proposal (filled dot, solid line)</span>
      </li>
      <li>
        <svg width={34} height={14} aria-hidden="true">
          <line className="move-line rejected" x1={2} y1={7} x2={24} y2={7} />
          <path className="reject-cross" d="M22,3L30,11M22,11L30,3" />
        </svg>
        rejected<span className="legend-detail"> proposal (hollow ×, dashed line)</span>
      </li>
      <li>
        <svg width={18} height={14} aria-hidden="true">
          <circle className="current-ring" cx={9} cy={7} r={5} />
        </svg>
        current state
      </li>
      <li>
        <svg width={18} height={14} aria-hidden="true">
          <rect className="sample-swatch" x={6} y={4} width={6} height={6} />
        </svg>
        samples so far
      </li>
    </ul>
  );
}
