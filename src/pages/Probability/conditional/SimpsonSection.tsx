import { eventProbabilities } from '../../../core';
import { useConditionalStore } from '../../../stores/probability/conditional/store';
import { conditionalFields as F } from '../../../stores/probability/conditional/view';
import { FieldSelect } from '../../../ui/FieldSelect';
import { Readout } from '../../../ui/Readout';

/**
 * Kidney-stone treatments (Charig et al., BMJ 1986; the classic Simpson's paradox data): [successes, patients]
 * for treatment A (open surgery) and B (percutaneous nephrolithotomy) by stone size.
 */
const DATA = {
  A: { small: [81, 87], large: [192, 263] },
  B: { small: [234, 270], large: [55, 80] },
} as const;

/**
 * The population as a weighted sample space of 8 cells (treatment × size × outcome); P(success | treatment,
 * group) by the same eventProbabilities as the dice.
 */
function successRate(
  treatment: 'A' | 'B',
  size: 'all' | 'small' | 'large',
): { rate: number; s: number; n: number } {
  const weights: number[] = [];
  const success: number[] = [];
  const given: number[] = [];
  for (const t of ['A', 'B'] as const)
    for (const z of ['small', 'large'] as const) {
      const [s, n] = DATA[t][z];
      const inGroup = t === treatment && (size === 'all' || size === z);
      success.push(weights.length);
      if (inGroup) given.push(weights.length, weights.length + 1);
      weights.push(s, n - s);
    }
  const p = eventProbabilities(weights, success, given);
  const sizes: ('small' | 'large')[] = size === 'all' ? ['small', 'large'] : [size];
  const s = sizes.reduce((acc, z) => acc + DATA[treatment][z][0], 0);
  const n = sizes.reduce((acc, z) => acc + DATA[treatment][z][1], 0);
  return { rate: p.pAGivenB, s, n };
}

const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

/** Simpson's paradox as a small table: A wins in each group, B wins overall. */
export function SimpsonSection() {
  const size = useConditionalStore((s) => s.view.size);
  const set = useConditionalStore.getState().set;
  const a = successRate('A', size);
  const b = successRate('B', size);
  const rows = (['small', 'large', 'all'] as const).map((z) => ({
    z,
    a: successRate('A', z),
    b: successRate('B', z),
  }));
  return (
    <section className="panel cond-simpson" aria-labelledby="simpson-title">
      <h3 id="simpson-title">Preset: Simpson&rsquo;s paradox (kidney stones)</h3>
      <p>
        Success of two treatments for kidney stones (Charig et al., 1986). Conditioning on the stone size and
        not conditioning on it give opposite answers.
      </p>
      <div className="cond-table-wrap">
        <table className="cond-table">
          <caption>Successes / patients (success rate)</caption>
          <thead>
            <tr>
              <th scope="col">stones</th>
              <th scope="col">treatment A</th>
              <th scope="col">treatment B</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.z} className={r.z === size ? 'current' : undefined}>
                <th scope="row">{r.z}</th>
                <td className={r.a.rate > r.b.rate ? 'wins' : undefined}>
                  {r.a.s}/{r.a.n} ({pct(r.a.rate)})
                </td>
                <td className={r.b.rate > r.a.rate ? 'wins' : undefined}>
                  {r.b.s}/{r.b.n} ({pct(r.b.rate)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="cond-simpson-controls">
        <FieldSelect
          field={F.size}
          value={size}
          onChange={(v) => set('size', v)}
          labels={{ all: 'all patients', small: 'small stones', large: 'large stones' }}
        />
        <div className="readouts-list cond-readouts">
          <Readout label="success rate A" value={a.rate} format={pct} />
          <Readout label="success rate B" value={b.rate} format={pct} />
        </div>
      </div>
      <p>
        A does better for small stones and for large stones, yet B does better overall: doctors gave A mostly
        to the hard, large stones (263 of A&rsquo;s 350 patients) and B mostly to small ones (270 of 350).
        Size affects both the treatment chosen and the outcome, so P(success | A) mixes the groups in
        different proportions than P(success | B). The comparison that answers &ldquo;which treatment is
        better&rdquo; is the one within each group.
      </p>
    </section>
  );
}
