import { describe, expect, it } from 'vitest';
import {
  adaptiveSimpson,
  IntegralRun,
  intervalProblem,
  parseFunctionOfX,
  PI_SD,
  PiRun,
  type IntegralRequest,
} from '../../../../src/core';

function pi(n: number, seed: number) {
  const run = new PiRun({ n, seed });
  while (!run.done) run.step();
  return run.snapshot();
}

function integral(req: IntegralRequest) {
  const run = new IntegralRun(req);
  while (!run.done) run.step();
  return run.snapshot();
}

describe('PiRun({ n, seed })', () => {
  it('10^6 points (seed 1): π̂ within 4 standard errors of π, and its SE ≈ PI_SD/√n', () => {
    const s = pi(1e6, 1);
    expect(Math.abs(s.estimate - Math.PI)).toBeLessThan((4 * PI_SD) / 1e3);
    expect(s.se).toBeCloseTo(PI_SD / 1e3, 4);
    expect(s.estimates[s.estimates.length - 1]).toBe(s.estimate);
  });

  it('unbiased: the mean of 400 independent 10^4-point estimates is within 4·SE/√400 of π', () => {
    let sum = 0;
    for (let seed = 0; seed < 400; seed++) sum += pi(10_000, 1000 + seed).estimate;
    expect(Math.abs(sum / 400 - Math.PI)).toBeLessThan((4 * PI_SD) / 100 / 20);
  });

  it('keeps the first 4000 points for the scatter, flagged inside exactly when x² + y² ≤ 1', () => {
    const s = pi(50_000, 3);
    expect(s.pointInside.length).toBe(4000);
    for (let i = 0; i < 4000; i++) {
      const [x, y] = [s.points[2 * i], s.points[2 * i + 1]];
      expect(x >= 0 && x < 1 && y >= 0 && y < 1).toBe(true);
      // Float32 storage rounds the coordinates; only points away from the circle are checked.
      if (Math.abs(x * x + y * y - 1) > 1e-6) expect(s.pointInside[i]).toBe(x * x + y * y <= 1 ? 1 : 0);
    }
  });

  it('rejects 0 and more than 10^7 points', () => {
    expect(() => new PiRun({ n: 0, seed: 1 })).toThrow(RangeError);
    expect(() => new PiRun({ n: 1e7 + 1, seed: 1 })).toThrow(RangeError);
  });
});

describe('adaptiveSimpson(f, a, b)', () => {
  it('∫₀² exp(−x²) dx = √π/2·erf(2) = 0.8820813907624215 to 1e-10', () => {
    const r = adaptiveSimpson((x) => Math.exp(-x * x), 0, 2);
    expect(r.ok).toBe(true);
    expect(r.value).toBeCloseTo(0.8820813907624215, 10);
  });

  it('∫₀^π sin = 2, ∫₋₁¹ |x| = 1 (a kink), ∫₀¹ √x = 2/3 (infinite slope) to 1e-8', () => {
    expect(adaptiveSimpson(Math.sin, 0, Math.PI).value).toBeCloseTo(2, 10);
    expect(adaptiveSimpson(Math.abs, -1, 1).value).toBeCloseTo(1, 10);
    expect(adaptiveSimpson(Math.sqrt, 0, 1).value).toBeCloseTo(2 / 3, 8);
  });

  it('gives no value, with a reason, where f is not finite (1/x on [0, 1]) or a ≥ b', () => {
    const r = adaptiveSimpson((x) => 1 / x, 0, 1);
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/f\(0\) is not a finite number/);
    expect(adaptiveSimpson(Math.sin, 1, 1).ok).toBe(false);
  });
});

describe('parseFunctionOfX(source)', () => {
  it('reads f(x) and evaluates it; refuses y with its position; passes parse errors through', () => {
    const ok = parseFunctionOfX('x^2 + sin(pi*x)');
    expect(ok.ok && ok.f(0.5)).toBeCloseTo(1.25, 12);
    const y = parseFunctionOfX('x + y');
    expect(y.ok).toBe(false);
    if (!y.ok) expect(y.error).toMatchObject({ message: expect.stringMatching(/x only/), start: 4, end: 5 });
    const bad = parseFunctionOfX('2 +');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message.length).toBeGreaterThan(0);
  });
});

describe('IntegralRun({ source, a, b, n, seed })', () => {
  it('∫₀¹ x² dx with 10^6 points (seed 4): within 4 SE of 1/3, SE ≈ √(4/45)/√n, Simpson reference 1/3', () => {
    const s = integral({ source: 'x^2', a: 0, b: 1, n: 1e6, seed: 4 });
    expect(Math.abs(s.estimate - 1 / 3)).toBeLessThan(4 * s.se);
    expect(s.se).toBeCloseTo(Math.sqrt(4 / 45) / 1e3, 5);
    expect(s.reference).toBeCloseTo(1 / 3, 12);
  });

  it('∫₋₂³ exp(−x²/2) dx: the estimate agrees with the Simpson reference within 4 SE', () => {
    const s = integral({ source: 'exp(-x^2/2)', a: -2, b: 3, n: 200_000, seed: 6 });
    expect(s.reference).not.toBeNull();
    expect(Math.abs(s.estimate - (s.reference as number))).toBeLessThan(4 * s.se);
  });

  it('stops with a message naming x where f is not finite (log(x − 2) on [0, 1])', () => {
    expect(() => integral({ source: 'log(x-2)', a: 0, b: 1, n: 100, seed: 1 })).toThrow(
      /not a finite number/,
    );
  });

  it('refuses a ≥ b, an unparsable f and n < 2', () => {
    expect(intervalProblem(1, 1)).toMatch(/a < b/);
    expect(() => new IntegralRun({ source: 'x', a: 2, b: 1, n: 10, seed: 1 })).toThrow(/a < b/);
    expect(() => new IntegralRun({ source: 'x +', a: 0, b: 1, n: 10, seed: 1 })).toThrow(RangeError);
    expect(() => new IntegralRun({ source: 'x', a: 0, b: 1, n: 1, seed: 1 })).toThrow(RangeError);
  });
});
