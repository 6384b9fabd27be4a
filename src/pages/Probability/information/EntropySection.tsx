import { useId, useMemo } from 'react';
import { entropyBits, entropyTex, uniformLaw as uniform } from '../../../core';
import { useInformationStore } from '../../../stores/probability/information/store';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { useStagedWidth } from '../../../ui/useStagedWidth';
import { BarEditor } from './BarEditor';
import { entropyGaugeText } from './infoText';
import { inUnitTex, safe } from './safe';
import { MAX_OUTCOMES, MIN_OUTCOMES } from '../../../stores/probability/information/view';

const COUNTS = Array.from({ length: MAX_OUTCOMES - MIN_OUTCOMES + 1 }, (_, i) => i + MIN_OUTCOMES);

/** One distribution to drag, its entropy in bits, and how far that is from the maximum log₂ n at uniform. */
export function EntropySection({ width }: { width: number }) {
  const p = useInformationStore((s) => s.view.entropy);
  const { setBar, set: setBars, setOutcomes } = useInformationStore.getState();
  const n = p.length;
  const unit = useInformationStore((s) => s.view.unit);
  // On stage the bars take 62% of the width the stage lays the row out at, the readouts the rest beside them:
  // with the page's width (up to 560 px) the bars overflowed the row and were cut (information.css).
  const [stageRef, staged] = useStagedWidth<HTMLDivElement>();
  const barsWidth = staged !== null ? Math.max(260, Math.round(staged * 0.62)) : Math.min(width, 560);
  const k = unit === 'bits' ? 1 : Math.LN2;
  const bits = safe(() => entropyBits(p));
  const h = bits === null ? null : bits * k;
  const max = Math.log2(n);
  const logName = unit === 'bits' ? 'log₂' : 'ln';
  return (
    <section className="panel info-section" aria-labelledby="entropy-title">
      <h3 id="entropy-title">Entropy: how unpredictable is one draw?</h3>
      <div className="formula">
        <Tex tex={inUnitTex(entropyTex(n), unit)} display />
      </div>
      <div className="info-row" data-stage="main" ref={stageRef}>
        <BarEditor
          name="p"
          values={p}
          width={barsWidth}
          onSet={(i, v) => setBar('entropy', i, v)}
          reference={{ value: 1 / n, label: `uniform 1/${n}` }}
        />
        <div className="info-side">
          <label className="field">
            <span>outcomes</span>
            <select
              aria-label="outcomes"
              value={n}
              onChange={(e) => setOutcomes('entropy', Number(e.target.value))}
            >
              {COUNTS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <div className="presets" role="group" aria-label="entropy presets">
            <button type="button" className="chip" onClick={() => setBars('entropy', uniform(n))}>
              Uniform
            </button>
            <button
              type="button"
              className="chip"
              onClick={() =>
                setBars(
                  'entropy',
                  p.map((_, i) => (i === 0 ? 1 : 0)),
                )
              }
            >
              Certain
            </button>
          </div>
          <div className="readouts-list">
            <Readout label={`entropy ${unit}`} value={h} />
            <Readout label={unit === 'bits' ? 'maximum log2 n bits' : 'maximum ln n nats'} value={max * k} />
          </div>
          <EntropyGauge h={bits} n={n} />
        </div>
      </div>
      <p className="fine">
        Entropy is the average number of yes/no questions needed to learn the outcome. It is 0 when one
        outcome is certain and largest, {logName} {n} ≈ {(max * k).toFixed(3)} {unit}, when all {n} are
        equally likely.
      </p>
    </section>
  );
}

/** H against its range [0, log₂ n], with the maximum marked. */
function EntropyGauge({ h, n }: { h: number | null; n: number }) {
  const max = Math.log2(n);
  const frac = h === null || max === 0 ? 0 : Math.min(1, h / max);
  const text = useMemo(() => entropyGaugeText(h, n), [h, n]);
  const textId = `entropy-gauge-text${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <>
      <svg
        className="entropy-gauge"
        width={240}
        height={44}
        role="img"
        aria-label="entropy against its maximum"
        aria-describedby={textId}
      >
        <rect className="gauge-track" x={4} y={8} width={220} height={14} rx={3} />
        <rect className="gauge-fill" x={4} y={8} width={220 * frac} height={14} rx={3} />
        <line className="gauge-max" x1={224} x2={224} y1={2} y2={28} />
        <text x={4} y={40}>
          0
        </text>
        <text x={224} y={40} textAnchor="end">
          max = log₂ n (uniform)
        </text>
      </svg>
      <ChartTextAlternative id={textId} text={text} />
    </>
  );
}
