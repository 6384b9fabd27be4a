/** The N(m, s²) density at 200 points across [lo, hi], for drawing over the histogram. */
export function normalCurve(m: number, s: number, lo: number, hi: number): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i <= 200; i++) {
    const x = lo + ((hi - lo) * i) / 200;
    const z = (x - m) / s;
    out.push({ x, y: Math.exp(-0.5 * z * z) / (s * Math.sqrt(2 * Math.PI)) });
  }
  return out;
}
