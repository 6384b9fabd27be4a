import { useMcmcStore } from '../../../stores/probability/mcmc/store';
import { useWidth } from '../../../ui/ChartFrame';
import { AcfChart } from './AcfChart';
import { TraceChart } from './TraceChart';

/** Trace plots of x and y over all computed steps, and the autocorrelation after burn-in. */
export function ChainCharts({
  range,
  width,
}: {
  range: readonly [number, number, number, number];
  width: number;
}) {
  const run = useMcmcStore((s) => s.run);
  const buffer = run?.buffer ?? null;
  const count = run?.received ?? 0;
  const total = run?.total ?? 1;
  const d = run?.diagnostics ?? null;
  // The trace plots follow their own box: on stage, beside the sampler, the stage sets its width.
  const [traces, traceWidth] = useWidth<HTMLDivElement>(width);
  return (
    <section className="chain-charts" aria-label="chain diagnostics">
      <div data-stage="companion" ref={traces}>
        <h3>Trace plots</h3>
        <TraceChart
          label="x"
          trace={run?.traceX ?? null}
          values={buffer?.xs ?? null}
          count={count}
          total={total}
          lo={range[0]}
          hi={range[1]}
          width={traceWidth}
        />
        <TraceChart
          label="y"
          trace={run?.traceY ?? null}
          values={buffer?.ys ?? null}
          count={count}
          total={total}
          lo={range[2]}
          hi={range[3]}
          width={traceWidth}
        />
      </div>
      <h3>Autocorrelation</h3>
      {d ? (
        <AcfChart acfX={d.acfX} acfY={d.acfY} width={width} />
      ) : (
        <p className="fine">
          {run
            ? 'Computed when the chain is done (or about once a second while it runs).'
            : 'Run a chain to see how fast it forgets where it was.'}
        </p>
      )}
      <p className="fine">
        A good chain’s trace looks like noise around a level and its autocorrelation drops to 0 within a few
        lags; the slower it drops, the fewer effectively independent samples the chain holds.
      </p>
    </section>
  );
}
