// The Low rank view's core against NumPy (tests/fixtures/lowrank-image.json, from
// tests/fixtures/scripts/lowrank_image.py): the shipped image's bytes, its singular values, rank-k pixels
// and Frobenius errors measured from the reconstruction, plus the worker job that drives the SVD in steps.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  droppedNorms,
  energyKept,
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

  it('steps: sweeps count up, the share of a sweep grows to 1, the result is imageSvd', () => {
    const steps = imageSvdSteps(shapeRows);
    let last = { sweep: 0, sweepDone: 1 };
    let count = 0;
    for (;;) {
      const s = steps.next();
      if (s.done) {
        expect(s.value.sigma).toEqual(imageSvd(shapeRows).sigma);
        break;
      }
      count++;
      if (s.value.sweep === last.sweep) expect(s.value.sweepDone).toBeGreaterThan(last.sweepDone);
      else expect(s.value.sweep).toBe(last.sweep + 1);
      last = s.value;
    }
    expect(last.sweepDone).toBe(1);
    expect(count).toBeGreaterThan(127);
  });

  it('the job returns the factors column by column, reports progress, stops when cancelled, refuses bad sizes', async () => {
    const progress: number[] = [];
    const ctx = {
      checkpoint: async () => {},
      progress: (p: unknown) => progress.push((p as { sweep: number }).sweep),
    };
    const res = await imageSvdJob({ pixels: shapes, m: 128, n: 128 }, ctx);
    const direct = imageFactorsOf(imageSvd(shapeRows));
    expect(Array.from(res.sigma)).toEqual(Array.from(direct.sigma));
    expect(res.u).toEqual(direct.u);
    expect(res.sweeps).toBe(progress[progress.length - 1]);
    expect(progress.length).toBeGreaterThan(100);
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
