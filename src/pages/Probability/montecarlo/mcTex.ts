import { toTex, type Ast } from '../../../core';

const fmt = (v: number) => String(Number(v.toPrecision(6)));

/** The π estimator and its standard error (p = π/4 is the area of the quarter disc). */
export const PI_ESTIMATOR_TEX = String.raw`\hat\pi_n=4\cdot\frac{\#\{i\le n:\;U_i^2+V_i^2\le 1\}}{n},\qquad \operatorname{SE}(\hat\pi_n)=\frac{4\sqrt{p(1-p)}}{\sqrt n}\approx\frac{1.642}{\sqrt n},\quad p=\frac{\pi}{4}`;

/** The plain Monte Carlo estimator of ∫_a^b f with this f, a and b. */
export function integralTex(ast: Ast | null, a: number, b: number): string {
  const f = ast ? toTex(ast) : 'f(x)';
  return (
    String.raw`\int_{${fmt(a)}}^{${fmt(b)}}${f}\,dx\;\approx\;\hat I_n=\frac{${fmt(b - a)}}{n}\sum_{i=1}^{n}f(U_i),\quad U_i\sim\mathcal U(${fmt(a)},${fmt(b)}),` +
    String.raw`\qquad\operatorname{SE}(\hat I_n)=\frac{(b-a)\,s_f}{\sqrt n}`
  );
}
