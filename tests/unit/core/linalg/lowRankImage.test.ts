// The Low rank view's core against NumPy (tests/fixtures/lowrank-image.json, from
// tests/fixtures/scripts/lowrank_image.py): the shipped image's bytes, its singular values, rank-k pixels
// and Frobenius errors measured from the reconstruction, plus the worker job that drives the SVD in steps.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  droppedNorms,
  energyKept,
  imageFactorSteps,
  imageFactorsOf,
  imageSvd,
  imageSvdSteps,
  rankKImage,
  shapesImage,
} from '../../../../src/core';
import { imageSvdJob } from '../../../../src/worker/jobs/imageSvd';
import ref from '../../../fixtures/lowrank-image.json';

const bytes = readFileSync(ref.file);
const pixels = Float64Array.from(bytes, (b) => b / 255);
const rows = Array.from({ length: ref.m }, (_, i) => Array.from(pixels.subarray(i * ref.n, (i + 1) * ref.n)));
const svd = imageSvd(rows);
const factors = imageFactorsOf(svd);

describe('Low rank image: the shipped ascent image and its SVD against NumPy', () => {
  it('the file is the one the script wrote (SHA-256, 256 × 256 bytes)', () => {
    expect(bytes.length).toBe(ref.m * ref.n);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(ref.sha256);
  });

  it('all 256 singular values agree with numpy.linalg.svd to 1e-10·σ₁', () => {
    const s1 = ref.singularValues[0];
    expect(svd.sigma).toHaveLength(256);
    svd.sigma.forEach((s, i) => expect(Math.abs(s - ref.singularValues[i])).toBeLessThan(1e-10 * s1));
  });

  it.each(ref.cases)(
    'k = $k: pixels of A_k, ‖A − A_k‖_F from the pixels, the formula and energy kept',
    (c) => {
      const approx = rankKImage(factors, c.k, pixels);
      expect(approx[0]).toBeCloseTo(c.pixel00, 9);
      expect(approx[128 * 256 + 77]).toBeCloseTo(c.pixelMid, 9);
      let s = 0;
      for (let p = 0; p < approx.length; p++) s += (pixels[p] - approx[p]) ** 2;
      expect(Math.abs(Math.sqrt(s) - c.error)).toBeLessThan(1e-9);
      expect(Math.abs(droppedNorms(factors.sigma)[c.k] - c.errorFormula)).toBeLessThan(1e-9);
      expect(energyKept(svd.sigma, c.k)).toBeCloseTo(c.energyKept, 12);
    },
  );

  it('A_k built from either side (kept terms, or A minus dropped ones) is the same image', () => {
    // 128 ≤ r/2 sums the kept terms; 129 subtracts the dropped ones: one term apart.
    const a = rankKImage(factors, 128, pixels);
    const b = rankKImage(factors, 129, pixels);
    const s = factors.sigma[128];
    let worst = 0;
    for (let i = 0; i < 256; i++)
      for (let j = 0; j < 256; j++) {
        const term = s * factors.u[128 * 256 + i] * factors.v[128 * 256 + j];
        worst = Math.max(worst, Math.abs(b[i * 256 + j] - a[i * 256 + j] - term));
      }
    expect(worst).toBeLessThan(1e-12);
    expect(() => rankKImage(factors, 3, new Float64Array(5))).toThrow(RangeError);
  });
});

describe('imageSvdSteps and the worker job', () => {
  const shapes = shapesImage(128);
  const shapeRows = Array.from({ length: 128 }, (_, i) =>
    Array.from(shapes.subarray(i * 128, (i + 1) * 128)),
  );

  it('shapes: 128 × 128 values in [0, 1], not constant', () => {
    expect(shapes).toHaveLength(128 * 128);
    expect(Math.min(...shapes)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...shapes)).toBeLessThanOrEqual(1);
    expect(new Set(shapes).size).toBeGreaterThan(3);
  });

  it('steps: reduce then diagonalize, the share done never falls and ends at 1, the result is imageSvd', () => {
    const steps = imageSvdSteps(shapeRows);
    let last = { phase: 'reduce', done: 0 };
    let count = 0;
    for (;;) {
      const s = steps.next();
      if (s.done) {
        expect(s.value.sigma).toEqual(imageSvd(shapeRows).sigma);
        break;
      }
      count++;
      expect(s.value.done).toBeGreaterThanOrEqual(last.done);
      if (last.phase === 'diagonalize') expect(s.value.phase).toBe('diagonalize');
      last = s.value;
    }
    expect(last).toEqual({ phase: 'diagonalize', done: 1 });
    expect(count).toBeGreaterThan(3 * 127);
  });

  it('a wide and a tall image: A = UΣVᵀ to 1e-12, orthonormal V, σ the same as of the transpose', () => {
    const m = 40;
    const n = 70;
    const wide = new Float64Array(m * n).map((_, p) => Math.sin(p * 0.37) + ((p * 7919) % 13) / 13);
    const tall = new Float64Array(m * n);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) tall[j * m + i] = wide[i * n + j];
    const run = (px: Float64Array, rows: number, cols: number) => {
      const it = imageFactorSteps(px, rows, cols);
      for (;;) {
        const s = it.next();
        if (s.done) return s.value;
      }
    };
    const fw = run(wide, m, n);
    const ft = run(tall, n, m);
    expect(fw.r).toBe(m);
    expect(ft.r).toBe(m);
    fw.sigma.forEach((s, t) => expect(Math.abs(s - ft.sigma[t])).toBeLessThan(1e-12 * fw.sigma[0]));
    let worst = 0;
    const sum = new Float64Array(m * n);
    for (let t = 0; t < fw.r; t++)
      for (let i = 0; i < m; i++)
        for (let j = 0; j < n; j++) sum[i * n + j] += fw.sigma[t] * fw.u[t * m + i] * fw.v[t * n + j];
    for (let p = 0; p < m * n; p++) worst = Math.max(worst, Math.abs(sum[p] - wide[p]));
    expect(worst).toBeLessThan(1e-12 * n);
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++) {
        let d = 0;
        for (let j = 0; j < n; j++) d += fw.v[a * n + j] * fw.v[b * n + j];
        expect(Math.abs(d - (a === b ? 1 : 0))).toBeLessThan(1e-12);
      }
    expect(() => run(new Float64Array(5), 2, 3)).toThrow(RangeError);
  });

  it('the job accepts a 512 × 512 image (the largest): A = UΣVᵀ and Eckart–Young at k = 60 from the pixels', async () => {
    // The photograph doubled (each pixel a 2 × 2 block) plus a seeded ripple, so the rank is full.
    const side = 512;
    const big = new Float64Array(side * side);
    for (let i = 0; i < side; i++)
      for (let j = 0; j < side; j++)
        big[i * side + j] = pixels[(i >> 1) * 256 + (j >> 1)] + 0.01 * Math.sin(i * 7.1 + j * 3.3);
    let last = 0;
    const res = await imageSvdJob(
      { pixels: big, m: side, n: side },
      { checkpoint: async () => {}, progress: (p) => (last = (p as { done: number }).done) },
    );
    expect(last).toBe(1);
    expect(res.r).toBe(side);
    for (let t = 1; t < side; t++) expect(res.sigma[t]).toBeLessThanOrEqual(res.sigma[t - 1]);
    const firstHalf = rankKImage(res, 256, new Float64Array(side * side));
    const k60 = rankKImage(res, 60, big);
    let s = 0;
    for (let p = 0; p < k60.length; p++) s += (big[p] - k60[p]) ** 2;
    expect(Math.abs(Math.sqrt(s) - droppedNorms(res.sigma)[60])).toBeLessThan(1e-9);
    // The first half of the terms plus the dropped half is A again (the two branches of rankKImage).
    const half = rankKImage(res, 257, big);
    let worst = 0;
    for (let p = 0; p < big.length; p++) {
      const i = Math.floor(p / side);
      const j = p % side;
      const term = res.sigma[256] * res.u[256 * side + i] * res.v[256 * side + j];
      worst = Math.max(worst, Math.abs(half[p] - firstHalf[p] - term));
    }
    expect(worst).toBeLessThan(1e-11);
  });

  it('the job returns the factors column by column, reports progress, stops when cancelled, refuses bad sizes', async () => {
    const progress: number[] = [];
    const ctx = {
      checkpoint: async () => {},
      progress: (p: unknown) => progress.push((p as { done: number }).done),
    };
    const res = await imageSvdJob({ pixels: shapes, m: 128, n: 128 }, ctx);
    const direct = imageFactorsOf(imageSvd(shapeRows));
    expect(Array.from(res.sigma)).toEqual(Array.from(direct.sigma));
    expect(res.u).toEqual(direct.u);
    expect(res.steps).toBe(progress.length);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress.length).toBeGreaterThan(3 * 127);
    let calls = 0;
    const cancelling = {
      checkpoint: async () => {
        if (++calls === 5) throw new Error('job cancelled');
      },
      progress: () => {},
    };
    await expect(imageSvdJob({ pixels: shapes, m: 128, n: 128 }, cancelling)).rejects.toThrow(/cancelled/);
    expect(calls).toBe(5);
    await expect(imageSvdJob({ pixels: new Float64Array(6), m: 2, n: 4 }, ctx)).rejects.toThrow(/pixels/);
    await expect(imageSvdJob({ pixels: new Float64Array(513 * 2), m: 513, n: 2 }, ctx)).rejects.toThrow(
      /512/,
    );
  });
});
