/** The teacher's exercise sheet: which exercises a link picks, whose numbers, and the answers it prints. */
import { describe, expect, it } from 'vitest';
import { LEARNING_PATHS } from '../../../../src/app/learningPaths';
import {
  answerText,
  pathPick,
  readPick,
  SHEET_PAGES,
  sheetInstance,
  studentSeed,
} from '../../../../src/pages/ExerciseSheet/registry';
import { MAX_SEED } from '../../../../src/ui/learn/variants';

describe('exercise sheet', () => {
  it('lists every page, with unique ids', () => {
    const ids = SHEET_PAGES.flatMap((p) => p.exercises.map((e) => `${p.page}/${e.id}`));
    expect(new Set(ids).size).toBe(ids.length);
    expect(SHEET_PAGES.map((p) => p.page)).toEqual([
      'linear-algebra',
      'calculus',
      'probability',
      'machine-learning',
    ]);
  });

  it('reads only known ids, in order, once', () => {
    expect(readPick('calculus/gd-20-steps,nope/x,linear-algebra/shear-det,calculus/gd-20-steps,<b>')).toEqual(
      ['calculus/gd-20-steps', 'linear-algebra/shear-det'],
    );
    expect(readPick(null)).toEqual([]);
  });

  it("a path's pick is its steps' exercises", () => {
    for (const p of LEARNING_PATHS)
      expect(pathPick(p.id)).toEqual(p.steps.flatMap((s) => (s.exercise ? [s.exercise] : [])));
  });

  it('student numbers give their own seeds within range; student 0 is the class seed', () => {
    expect(studentSeed(42, 0)).toBe(42);
    const seeds = [1, 2, 3, 30].map((s) => studentSeed(42, s));
    expect(new Set(seeds).size).toBe(4);
    for (const s of [...seeds, studentSeed(MAX_SEED, 9999)]) {
      expect(s).toBeGreaterThanOrEqual(1);
      expect(s).toBeLessThanOrEqual(MAX_SEED);
    }
  });

  it("answers come from the seeded instance's key", () => {
    const a = sheetInstance('linear-algebra/compose-det', 42)!;
    const b = sheetInstance('linear-algebra/compose-det', 43)!;
    const keyOf = (e: typeof a) => (e.answer.kind === 'number' ? e.answer.key!.expected()![0] : NaN);
    expect(answerText(a)).toMatch(/^det\(AB\) = /);
    expect(answerText(a)).toContain(String(Number(keyOf(a).toPrecision(4))).replace('-', '−'));
    expect(keyOf(a)).not.toBe(keyOf(b));
    expect(answerText(sheetInstance('linear-algebra/pca-axis', 1)!)).toBe('about 0° (near the x axis)');
    expect(answerText(sheetInstance('linear-algebra/det-zero', 1)!)).toBeNull();
  });
});
