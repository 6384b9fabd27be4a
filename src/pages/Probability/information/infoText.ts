/** Text alternatives of the Information tab's pictures: the entropy gauge and the two-normals KL chart. */
import { normalKlNats, type NormalParams } from '../../../core';
import { sampleIndices, type ChartText } from '../../../ui/ChartText';
import { num, pct } from '../shared/chartText';
import { safe } from './safe';

/** The gauge: H against its maximum log₂ n. */
export function entropyGaugeText(h: number | null, n: number): ChartText {
  const max = Math.log2(n);
  if (h === null)
    return {
      description: `Entropy against its maximum log₂ ${n} = ${num(max)} bits: not defined for these bars.`,
    };
  return {
    description: `Entropy against its maximum: ${num(h)} bits of at most log₂ ${n} = ${num(max)} bits (reached when all ${n} outcomes are equally likely), a gauge ${pct(max > 0 ? h / max : 0)} full.`,
    table: {
      caption: 'Entropy and its maximum',
      columns: ['quantity', 'bits'],
      rows: [
        ['entropy H(P)', h],
        [`maximum log₂ ${n}`, max],
        ['room left', max - h],
      ],
    },
  };
}

const law = (name: string, d: NormalParams) => `${name} = N(${num(d.mean)}, ${num(d.sd)}²)`;

/** The KL chart: both laws, both divergences, and the curves at 9 evenly spaced x across the plot. */
export function normalKlText(
  p: NormalParams,
  q: NormalParams,
  data: { x: number; p: number; q: number; pq: number; qp: number }[],
): ChartText {
  const pq = safe(() => normalKlNats(p, q));
  const qp = safe(() => normalKlNats(q, p));
  // The curves are p ln(p/q), so their areas are in nats; the tab's unit may be bits: both are said.
  const kl = (v: number | null) => (v === null ? 'undefined' : `${num(v)} nats (${num(v / Math.LN2)} bits)`);
  return {
    description:
      `Densities of ${law('p', p)} (solid) and ${law('q', q)} (dashed) over x from ${num(data[0].x)} to ${num(data[data.length - 1].x)}. ` +
      `The shaded curve p ln(p/q) has area KL(P‖Q) = ${kl(pq)}; the dotted curve q ln(q/p) has area KL(Q‖P) = ${kl(qp)}.`,
    table: {
      caption: 'The curves at evenly spaced x',
      columns: ['x', 'p(x)', 'q(x)', 'p ln(p/q)', 'q ln(q/p)'],
      rows: sampleIndices(data.length, 9).map((i) => {
        const d = data[i];
        return [d.x, d.p, d.q, d.pq, d.qp];
      }),
    },
  };
}
