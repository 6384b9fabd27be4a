export interface SimpsonResult {
  /** The integral, or NaN when `ok` is false. */
  value: number;
  /** Estimated absolute error (sum of the accepted panels' Richardson terms). */
  error: number;
  evaluations: number;
  ok: boolean;
  /** Why there is no value (non-finite f, no convergence); empty when ok. */
  reason: string;
}

/**
 * ∫_a^b f(x) dx by adaptive Simpson (Lyness 1969): a panel's Simpson value S is split into two halves
 * S₂; the panel is accepted when |S₂ − S| ≤ 15·tol (tol relative once |∫| > 1) (the error of S₂ is then ≈ (S₂ − S)/15, which is
 * added as a Richardson correction), otherwise each half is refined with tol/2. Gives up, with a
 * reason, when f is not finite at a node, or after `maxEvaluations` (a singularity or wild oscillation).
 */
export function adaptiveSimpson(
  f: (x: number) => number,
  a: number,
  b: number,
  { tol = 1e-10, maxDepth = 50, maxEvaluations = 200_000 } = {},
): SimpsonResult {
  let evaluations = 0;
  let bad: number | null = null;
  const at = (x: number): number => {
    evaluations++;
    const v = f(x);
    if (!Number.isFinite(v) && bad === null) bad = x;
    return v;
  };
  const fail = (reason: string): SimpsonResult => ({
    value: NaN,
    error: NaN,
    evaluations,
    ok: false,
    reason,
  });
  if (!(Number.isFinite(a) && Number.isFinite(b) && a < b)) return fail('the interval must have a < b');

  const fa = at(a);
  const fm = at((a + b) / 2);
  const fb = at(b);
  // An explicit stack keeps deep refinement from overflowing the call stack.
  type Panel = [number, number, number, number, number, number, number, number];
  const first = simpson(a, b, fa, fm, fb);
  // The tolerance is relative to the integral's size once that exceeds 1.
  const eps0 = tol * Math.max(1, Number.isFinite(first) ? Math.abs(first) : 1);
  const stack: Panel[] = [[a, b, fa, fm, fb, first, eps0, 0]];
  let value = 0;
  let error = 0;
  while (stack.length > 0) {
    if (bad !== null)
      return fail(`f(${String(Number((bad as number).toPrecision(6)))}) is not a finite number`);
    if (evaluations > maxEvaluations) return fail('adaptive Simpson did not converge');
    const [lo, hi, flo, fmid, fhi, whole, eps, depth] = stack.pop() as Panel;
    const mid = (lo + hi) / 2;
    const fl = at((lo + mid) / 2);
    const fr = at((mid + hi) / 2);
    const left = simpson(lo, mid, flo, fl, fmid);
    const right = simpson(mid, hi, fmid, fr, fhi);
    const delta = left + right - whole;
    if (depth >= maxDepth || Math.abs(delta) <= 15 * eps) {
      if (depth >= maxDepth && Math.abs(delta) > 15 * eps) return fail('adaptive Simpson did not converge');
      value += left + right + delta / 15;
      error += Math.abs(delta) / 15;
    } else {
      stack.push([lo, mid, flo, fl, fmid, left, eps / 2, depth + 1]);
      stack.push([mid, hi, fmid, fr, fhi, right, eps / 2, depth + 1]);
    }
  }
  if (bad !== null)
    return fail(`f(${String(Number((bad as number).toPrecision(6)))}) is not a finite number`);
  return { value, error, evaluations, ok: true, reason: '' };
}

function simpson(a: number, b: number, fa: number, fm: number, fb: number): number {
  return ((b - a) / 6) * (fa + 4 * fm + fb);
}
