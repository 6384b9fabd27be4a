import { useMemo } from 'react';
import { parseFunctionOfX, type IntegralSnapshot } from '../../../core';
import { Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { EstimateChart } from './EstimateChart';
import { ErrorChart } from './ErrorChart';
import { FunctionPlot } from './FunctionPlot';
import { integralTex } from './mcTex';
import { formatCount } from '../../../ui/formatCount';
import { useStagedWidth } from '../../../ui/useStagedWidth';

/** The ∫f run: the integrand, running estimate ± 2 SE, error against n, readouts with the reference. */
export function IntegralResults({
  source,
  a,
  b,
  snapshot,
  stale,
  width,
}: {
  source: string;
  a: number;
  b: number;
  snapshot: IntegralSnapshot | null;
  stale: boolean;
  width: number;
}) {
  const [plotBox, plotW] = useStagedWidth<HTMLDivElement>();
  const [estimateBox, estimateW] = useStagedWidth<HTMLDivElement>();
  const parsed = useMemo(() => parseFunctionOfX(source), [source]);
  const ref = snapshot?.reference ?? null;
  const errors = useMemo(() => {
    if (!snapshot || ref === null) return null;
    return snapshot.estimates.map((e) => (Number.isFinite(e) ? Math.abs(e - ref) : NaN));
  }, [snapshot, ref]);
  const s = stale ? null : snapshot;
  // c in c/√n: the estimated σ of (b − a)·f(U), from the last standard error.
  const sigma = snapshot && snapshot.drawn > 1 ? snapshot.se * Math.sqrt(snapshot.drawn) : 0;
  return (
    <>
      <div className="formula" role="group" tabIndex={0} aria-label="integral estimator formula">
        <Tex tex={integralTex(parsed.ok ? parsed.ast : null, a, b)} display />
      </div>
      {/* On stage the function is the main figure and the running estimate its companion, each laid out at
          the width the stage gives it. */}
      <div data-stage="main" ref={plotBox}>
        {parsed.ok && <FunctionPlot f={parsed.f} source={source} a={a} b={b} width={plotW ?? width} />}
      </div>
      <div className="readouts">
        <section aria-label="the estimate">
          <h3>The estimate</h3>
          <Readout label="integral estimate" value={s && s.drawn > 0 ? s.estimate : null} />
          <Readout label="standard error" value={s && s.drawn > 1 ? s.se : null} title="(b − a)·s_f/√n" />
          <Readout label="points drawn" value={s ? s.drawn : null} format={(v) => formatCount(v)} />
        </section>
        <section aria-label="the reference">
          <h3>Reference</h3>
          <Readout label="adaptive Simpson" value={s ? s.reference : null} />
          <Readout
            label="error in standard errors"
            value={s && s.reference !== null && s.se > 0 ? (s.estimate - s.reference) / s.se : null}
            title="(Î − reference)/SE: mostly between −2 and 2"
          />
          {s && <p className="fine">{s.referenceNote}.</p>}
        </section>
      </div>
      {/* Always there (its chart comes with the first run), so the stage finds it and it follows the stage. */}
      <div data-stage="companion" ref={estimateBox}>
        {snapshot && (
          <EstimateChart
            grid={snapshot.grid}
            estimates={snapshot.estimates}
            halfBand={(i) => 2 * snapshot.ses[i]}
            target={ref}
            total={snapshot.total}
            yLabel="estimate of the integral"
            legend={['running estimate Îₙ', 'adaptive Simpson reference']}
            title="Running estimate of the integral with ±2 estimated SE"
            stale={stale}
            width={estimateW ?? width}
          />
        )}
      </div>
      {snapshot && (
        <>
          <ErrorChart
            grid={snapshot.grid}
            errors={errors ?? snapshot.ses}
            sigma={sigma}
            total={snapshot.total}
            title="Error of the integral estimate against n, log-log"
            errorLabel={errors ? '|Îₙ − Simpson reference|' : 'estimated standard error (no reference value)'}
            stale={stale}
            width={width}
          />
        </>
      )}
    </>
  );
}
