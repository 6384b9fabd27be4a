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
  // Each trace plot follows its own cell: one below the other on the page; on stage, beside the sampler or
  // below it, the two cells stand in a row (presenter.css), so that both fit at a readable scale.
  const [cellX, widthX] = useWidth<HTMLDivElement>(width);
  const [cellY, widthY] = useWidth<HTMLDivElement>(width);
  return (
    <section className="chain-charts" aria-label="chain diagnostics">
      <div data-stage="companion">
        <h3>Trace plots</h3>
        <div className="trace-pair">
          <div className="trace-cell" ref={cellX}>
            <TraceChart
              label="x"
              trace={run?.traceX ?? null}
              values={buffer?.xs ?? null}
              count={count}
              total={total}
              lo={range[0]}
              hi={range[1]}
              width={widthX}
            />
          </div>
          <div className="trace-cell" ref={cellY}>
            <TraceChart
              label="y"
              trace={run?.traceY ?? null}
              values={buffer?.ys ?? null}
              count={count}
              total={total}
              lo={range[2]}
              hi={range[3]}
              width={widthY}
            />
          </div>
        </div>
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
