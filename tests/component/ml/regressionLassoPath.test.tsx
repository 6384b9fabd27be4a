// @vitest-environment jsdom
// The Lasso method's coefficient path comes from the worker (100 λ, warm-started): the job runs in-process
// here, with a snapshot after every λ, so the chart is seen growing and then complete; a drag (a moved
// point) asks for a new path.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { JobContext } from '../../../src/worker/jobs/context';
import { lassoPathJob } from '../../../src/worker/jobs/lassoPath';
import { regErrorCurvesJob } from '../../../src/worker/jobs/regErrorCurves';

const requests: { n: number; p: number }[] = [];
vi.mock('../../../src/worker/client', () => ({
  computeClient: () => ({
    run: (
      _kind: string,
      start: (api: unknown, id: number, progress: (s: unknown) => void) => Promise<unknown>,
      opts: { onProgress: (s: unknown) => void },
    ) => {
      const api = {
        lassoPath: (_id: number, req: Parameters<typeof lassoPathJob>[0], progress: (s: unknown) => void) => {
          requests.push({ n: req.n, p: req.p });
          // A snapshot after every λ (the worker sends one every ~100 ms).
          const ctx: JobContext = {
            checkpoint: () => new Promise((r) => setTimeout(r, 0)),
            progress: (s) => progress(typeof s === 'function' ? (s as () => unknown)() : s),
          };
          return lassoPathJob(req, ctx);
        },
        // The tab also asks the worker for its train/test error curves.
        regErrorCurves: (_id: number, req: Parameters<typeof regErrorCurvesJob>[0]) =>
          regErrorCurvesJob(req, { checkpoint: () => Promise.resolve(), progress: () => undefined }),
      };
      return start(api, 1, opts.onProgress);
    },
  }),
}));

import RegressionTab from '../../../src/pages/MachineLearning/regression/RegressionTab';
import { useRegStore } from '../../../src/stores/ml/regression/store';
import { regView } from '../../../src/stores/ml/regression/view';
import { useLassoPath } from '../../../src/stores/ml/regression/lassoPath';

beforeEach(() => {
  requests.length = 0;
});

/** Renders the tab, then loads the view (the tab first takes its view from the address, empty here). */
function show() {
  render(<RegressionTab />);
  const view = { ...regView.defaults, data: 'sine' as const, n: 60, degree: 5, standardize: true };
  act(() => useRegStore.getState().loadView({ ...view, method: 'lasso', lasso: 0.01 }, []));
}
afterEach(() => useLassoPath.getState().clear());

describe('<RegressionTab> lasso path from the worker', () => {
  it('draws the path as it arrives, then all 100 λ; moving a point asks for a new path', async () => {
    show();
    const chart = await screen.findByRole('img', { name: 'lasso coefficient path' });
    expect(requests).toEqual([{ n: 60, p: 5 }]);
    await waitFor(() => expect(useLassoPath.getState().path?.done).toBe(true), { timeout: 15_000 });
    const path = useLassoPath.getState().path!;
    expect(path.lambdas).toHaveLength(100);
    expect(path.coefs[0].every((c) => c === 0)).toBe(true);
    expect(path.coefs[99].some((c) => c !== 0)).toBe(true);
    expect(chart.querySelectorAll('path.reg-path-line')).toHaveLength(5);
    expect(document.body.textContent).not.toMatch(/NaN|λ \d+ of 100…/);
    act(() => useRegStore.getState().movePoint(0, 0.5, 2));
    await waitFor(() => expect(requests).toHaveLength(2), { timeout: 5000 });
    await waitFor(() => expect(useLassoPath.getState().path?.done).toBe(true), { timeout: 15_000 });
  });

  it('while the worker is still solving, the caption says how far it is', async () => {
    show();
    await screen.findByText(/λ \d+ of 100…/);
  });
});
