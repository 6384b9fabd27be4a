import { useMemo } from 'react';
import { PI_SD, type PiSnapshot } from '../../../core';
import { Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { EstimateChart } from './EstimateChart';
import { ErrorChart } from './ErrorChart';
import { PI_ESTIMATOR_TEX } from './mcTex';
import { PiScatter } from './PiScatter';
import { formatCount } from '../../../ui/formatCount';
import { useStagedWidth } from '../../../ui/useStagedWidth';

/**
 * The running estimate's height on stage (px): beside the scatter it has a tall, narrow box, which a taller
 * chart fills (at the page's 280 px it would cover about its top half).
 */
const STAGE_ESTIMATE_HEIGHT = 360;

/** The π run: scatter of the first points, running estimate, error against n, readouts. */
export function PiResults({
  snapshot,
  stale,
  width,
}: {
  snapshot: PiSnapshot | null;
  stale: boolean;
  width: number;
}) {
  const errors = useMemo(
    () =>
      snapshot ? snapshot.estimates.map((e) => (Number.isFinite(e) ? Math.abs(e - Math.PI) : NaN)) : null,
    [snapshot],
  );
  const s = stale ? null : snapshot;
  const chartW = Math.max(240, width);
  // On stage the scatter and its readouts are the main figure, the running estimate its companion.
  const [estimateBox, estimateW] = useStagedWidth<HTMLDivElement>();
  return (
    <>
      <div className="formula" role="group" tabIndex={0} aria-label="pi estimator formula">
        <Tex tex={PI_ESTIMATOR_TEX} display />
      </div>
      <div className="pi-row" data-stage="main">
        {snapshot ? (
          <PiScatter points={snapshot.points} inside={snapshot.pointInside} />
        ) : (
          <p className="loading">Simulating…</p>
        )}
        <div className="readouts single">
          <section aria-label="the estimate">
            <h3>The estimate</h3>
            <Readout label="pi estimate" value={s && s.drawn > 0 ? s.estimate : null} />
            <Readout label="standard error" value={s && s.drawn > 1 ? s.se : null} title="4√(p̂(1 − p̂)/n)" />
            <Readout
              label="error"
              value={s && s.drawn > 0 ? Math.abs(s.estimate - Math.PI) : null}
              title="|π̂ − π|"
            />
            <Readout label="points drawn" value={s ? s.drawn : null} format={(v) => formatCount(v)} />
            <Readout label="points inside" value={s ? s.inside : null} format={(v) => formatCount(v)} />
          </section>
        </div>
      </div>
      {/* Always there (its chart comes with the first run), so the stage finds it and it follows the stage. */}
      <div data-stage="companion" ref={estimateBox}>
        {snapshot && (
          <EstimateChart
            grid={snapshot.grid}
            estimates={snapshot.estimates}
            halfBand={(i) => (2 * PI_SD) / Math.sqrt(snapshot.grid[i])}
            target={Math.PI}
            total={snapshot.total}
            yLabel="estimate of π"
            title="Running estimate of π with π ± 2 SE"
            legend={['running estimate π̂ₙ', 'π']}
            stale={stale}
            width={estimateW ?? chartW}
            height={estimateW !== null ? STAGE_ESTIMATE_HEIGHT : undefined}
          />
        )}
      </div>
      {snapshot && (
        <>
          <ErrorChart
            grid={snapshot.grid}
            errors={errors}
            sigma={PI_SD}
            total={snapshot.total}
            title="Error of the π estimate against n, log-log"
            errorLabel="|π̂ₙ − π|"
            stale={stale}
            width={chartW}
          />
        </>
      )}
    </>
  );
}
