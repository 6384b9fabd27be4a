/**
 * Running Python from the tests of the Code panels. PYTHON picks another interpreter (e.g. one with
 * torch); checks that need Python skip only where none runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export const PYTHON = process.env.PYTHON ?? 'python3';

/** Whether `python -c code` exits 0 (e.g. `import numpy`). */
export const pythonRuns = (code: string): boolean =>
  spawnSync(PYTHON, ['-c', code], { encoding: 'utf8' }).status === 0;

export const hasPython = pythonRuns('import ast');

/** Throws, with the script and Python's message, unless `code` parses as Python (`ast.parse`). */
export function expectValidPython(code: string): void {
  try {
    execFileSync(PYTHON, ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], {
      input: code,
      stdio: 'pipe',
    });
  } catch (e) {
    throw new Error(`not valid Python:\n${code}\n${String((e as { stderr?: unknown }).stderr)}`, {
      cause: e,
    });
  }
}

/** Runs `code` and returns what it printed. */
export const runPython = (code: string): string =>
  execFileSync(PYTHON, ['-c', 'import sys; exec(sys.stdin.read())'], {
    input: code,
    encoding: 'utf8',
    stdio: 'pipe',
    timeout: 120_000,
  });
