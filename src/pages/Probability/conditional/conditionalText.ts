/** Words and fractions of the Conditional probability tab. */
import { formatNumber } from '../../../ui/Readout';

/** v as a reduced fraction k/d with d ≤ maxDen when it is one (to 1e-9), with its decimal: "1/6 ≈ 0.1667". */
export function fraction(v: number, maxDen: number): string {
  if (!Number.isFinite(v)) return formatNumber(v);
  if (v === 0) return '0';
  if (v === 1) return '1';
  for (let d = 2; d <= maxDen; d++) {
    const k = Math.round(v * d);
    if (Math.abs(v * d - k) < 1e-9) return `${k}/${d} ≈ ${formatNumber(v, 4)}`;
  }
  return formatNumber(v, 4);
}

/** Independence said in words, with the numbers that decide it. */
export function independenceSentence(
  p: { pA: number; pB: number; pAB: number; pAGivenB: number; independent: boolean },
  nA: number,
  nB: number,
  nAB: number,
): string {
  if (nB === 0)
    return 'B is empty: P(B) = 0, so P(A given B) is undefined — there is nothing to zoom into. Click outcomes to put some in B.';
  const f = (v: number) => fraction(v, 36);
  const zoom = `Zoomed into B, its ${nB} outcomes are the whole space and ${nAB} of them are in A, so P(A given B) = ${nAB}/${nB}.`;
  if (p.independent)
    return `${zoom} That equals P(A) = ${f(p.pA)}: A and B are independent — knowing that B happened does not change how likely A is, and P(A and B) = P(A)·P(B) = ${f(p.pAB)}.`;
  const more = p.pAGivenB > p.pA;
  return `${zoom} That is ${more ? 'more' : 'less'} than P(A) = ${f(p.pA)}: A and B are dependent — knowing B makes A ${more ? 'more' : 'less'} likely, and P(A and B) = ${f(p.pAB)} differs from P(A)·P(B) = ${formatNumber(p.pA * p.pB, 4)}.${nA === 0 ? '' : ''}`;
}
