import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regPython, regScriptOf } from '../../../../../../src/pages/MachineLearning/learn/regression/python';
import { regView, type RegView } from '../../../../../../src/stores/ml/regression/view';

/** A Python 3 with NumPy and scikit-learn, if this machine has one. */
function pythonWithSklearn(): string | null {
  for (const exe of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(exe, ['-c', 'import numpy, sklearn'], { stdio: 'ignore' });
      return exe;
    } catch {
      // try the next one
    }
  }
  return null;
}
const python = pythonWithSklearn();

const views: [string, RegView][] = [
  [
    'line, degree 1',
    {
      ...regView.defaults,
      data: 'line',
      n: 25,
      seed: 2,
      ridge: 3,
      lasso: 0.05,
      alpha: 2,
      beta: 5,
      cls: 'blobs',
      l2: 0.05,
    },
  ],
  [
    'sine, degree 5 standardized, 7 points in the posterior',
    {
      ...regView.defaults,
      data: 'sine',
      n: 40,
      seed: 3,
      degree: 5,
      standardize: true,
      ridge: 0.5,
      lasso: 0.02,
      upto: 7,
      cls: 'blobs',
    },
  ],
];

describe('the Regression Code panel script', () => {
  it('writes the points, the four models with the page conventions and the page numbers', () => {
    const s = regScriptOf(views[0][1]);
    if ('error' in s) throw new Error(s.error);
    const code = regPython(s);
    for (const part of [
      'LinearRegression()',
      'Ridge(alpha=3,',
      'Lasso(alpha=0.05,',
      'LogisticRegression(C=1 / (25 * l2)',
    ])
      expect(code).toContain(part);
    expect(code).toContain(`show("OLS slope", c[1], ${s.page.ols.slope})`);
  });

  it.skipIf(!python)(
    'prints scikit-learn values equal to the page to 1e-8 (runs python3 with scikit-learn)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'reg-py-'));
      for (const [name, view] of views) {
        const s = regScriptOf(view);
        if ('error' in s) throw new Error(s.error);
        const file = join(dir, 'script.py');
        writeFileSync(file, regPython(s));
        const out = execFileSync(python!, ['-W', 'ignore', file], { encoding: 'utf8' });
        const lines = out.trim().split('\n');
        expect(lines.length, name).toBeGreaterThanOrEqual(18);
        for (const line of lines) {
          const m = /^(.*?)\s+(\S+)\s+page\s+(\S+)\s+diff\s+(\S+)$/.exec(line);
          expect(m, line).not.toBeNull();
          const [ours, page] = [Number(m![2]), Number(m![3])];
          expect(Math.abs(ours - page), `${name}: ${line}`).toBeLessThan(1e-8 * Math.max(1, Math.abs(page)));
        }
      }
    },
  );
});
