import {
  crossEntropyBits,
  crossEntropyTex,
  entropyBits,
  klBits,
  klTex,
  unsupportedOutcomes,
  uniformLaw as uniform,
} from '../../../core';
import { useInformationStore } from '../../../stores/probability/information/store';
import { Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { BarEditor } from './BarEditor';
import { inUnitTex, safe } from './safe';
import { MAX_OUTCOMES, MIN_OUTCOMES } from '../../../stores/probability/information/view';

const COUNTS = Array.from({ length: MAX_OUTCOMES - MIN_OUTCOMES + 1 }, (_, i) => i + MIN_OUTCOMES);

/** P and Q side by side: entropies, cross-entropy, and KL both ways to show that KL is not symmetric. */
export function KlSection({ width }: { width: number }) {
  const p = useInformationStore((s) => s.view.p);
  const q = useInformationStore((s) => s.view.q);
  const { setBar, set: setBars, setOutcomes } = useInformationStore.getState();
  const unit = useInformationStore((s) => s.view.unit);
  const k = unit === 'bits' ? 1 : Math.LN2;
  const inUnit = (v: number | null) => (v === null ? null : v * k);
  const pq = inUnit(safe(() => klBits(p, q)));
  const qp = inUnit(safe(() => klBits(q, p)));
  const missingInQ = unsupportedOutcomes(p, q);
  const missingInP = unsupportedOutcomes(q, p);
  const half = Math.max(240, Math.floor((width - 16) / 2));
  return (
    <section className="panel info-section" aria-labelledby="kl-title">
      <h3 id="kl-title">Cross-entropy and KL divergence: P against Q</h3>
      <div className="formula">
        <Tex tex={inUnitTex(crossEntropyTex(), unit)} display />
        <Tex tex={inUnitTex(klTex(), unit)} display />
      </div>
      <div className="info-pair">
        <figure>
          <figcaption>P (the truth)</figcaption>
          <BarEditor
            name="P"
            values={p}
            width={half}
            onSet={(i, v) => setBar('p', i, v)}
            flagged={missingInP}
            flagNote="P is 0 here but Q is not"
          />
        </figure>
        <figure>
          <figcaption>Q (the model)</figcaption>
          <BarEditor
            name="Q"
            values={q}
            width={half}
            onSet={(i, v) => setBar('q', i, v)}
            flagged={missingInQ}
            flagNote="Q is 0 here but P is not"
          />
        </figure>
      </div>
      <div className="info-controls">
        <label className="field inline">
          <span>outcomes</span>
          <select
            aria-label="KL outcomes"
            value={p.length}
            onChange={(e) => setOutcomes('kl', Number(e.target.value))}
          >
            {COUNTS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <div className="presets" role="group" aria-label="Q presets">
          <button type="button" className="chip" onClick={() => setBars('q', [...p])}>
            Q = P
          </button>
          <button type="button" className="chip" onClick={() => setBars('q', uniform(q.length))}>
            Q uniform
          </button>
          <button
            type="button"
            className="chip"
            onClick={() => {
              setBars('p', [...q]);
              setBars('q', [...p]);
            }}
          >
            Swap P and Q
          </button>
        </div>
      </div>
      <div className="readouts info-readouts">
        <section aria-label="entropies">
          <Readout label={`H(P) ${unit}`} value={inUnit(safe(() => entropyBits(p)))} />
          <Readout label={`H(Q) ${unit}`} value={inUnit(safe(() => entropyBits(q)))} />
          <Readout label={`H(P,Q) ${unit}`} value={inUnit(safe(() => crossEntropyBits(p, q)))} />
        </section>
        <section aria-label="divergences">
          <Readout label={`KL(P||Q) ${unit}`} value={pq} />
          <Readout label={`KL(Q||P) ${unit}`} value={qp} />
          <p className="fine">
            {pq !== null && qp !== null && Number.isFinite(pq) && Number.isFinite(qp)
              ? Math.abs(pq - qp) < 1e-9
                ? 'Equal here, but only by coincidence or because P = Q: in general KL(P‖Q) ≠ KL(Q‖P).'
                : `KL(P‖Q) − KL(Q‖P) = ${(pq - qp).toFixed(4)} ${unit}: the divergence is not symmetric.`
              : null}
          </p>
        </section>
      </div>
      <InfinityNote from="P" to="Q" outcomes={missingInQ} p={p} />
      <InfinityNote from="Q" to="P" outcomes={missingInP} p={q} />
    </section>
  );
}

/** Why a divergence is infinite: the second law rules out an outcome the first one can produce. */
function InfinityNote({
  from,
  to,
  outcomes,
  p,
}: {
  from: string;
  to: string;
  outcomes: number[];
  p: number[];
}) {
  if (outcomes.length === 0) return null;
  const list = outcomes.map((i) => `${i + 1} (${from} = ${p[i].toFixed(3)})`).join(', ');
  return (
    <p className="infinity-note">
      <strong>
        KL({from}‖{to}) = ∞
      </strong>
      : {to} gives probability 0 to outcome{outcomes.length > 1 ? 's' : ''} {list}, which {from} can produce.
      A code built for {to} has no codeword for {outcomes.length > 1 ? 'them' : 'it'} (−log₂ 0 = ∞), so one
      such draw costs infinitely many bits.
    </p>
  );
}
