// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import type { JobContext } from '../../src/worker/jobs/context';
import { optimizeJob } from '../../src/worker/jobs/optimize';

// The race job runs in-process, a task later (as the worker's answer does): the store and the job are real.
vi.mock('../../src/worker/client', () => {
  const ctx: JobContext = { checkpoint: async () => undefined, progress: () => undefined };
  const api = {
    optimize: async (_id: number, req: Parameters<typeof optimizeJob>[0]) => {
      await new Promise((r) => setTimeout(r, 30));
      return optimizeJob(req, ctx);
    },
  };
  return {
    computeClient: () => ({
      run: (_kind: string, start: (a: typeof api, id: number) => Promise<unknown>) => start(api, 1),
    }),
  };
});

import { playRace } from '../../src/pages/Calculus/scenePlay';
import { useCalculusStore } from '../../src/stores/calculus/store';
import { DEFAULT_VIEW } from '../../src/stores/calculus/view';

beforeEach(() => {
  useCalculusStore.getState().loadView(DEFAULT_VIEW, []);
});

describe('playRace (the presenter playing a calculus scene)', () => {
  it('a scene saved paused at step 57 plays on from step 57, even when play comes before the restored race', async () => {
    const s = useCalculusStore.getState();
    s.loadView({ ...DEFAULT_VIEW, step: 57 }, []);
    // The page restores the saved race (useRestoreRace) and the presenter asks to play while it is on its way.
    s.run({ play: false });
    expect(useCalculusStore.getState().race).toBeNull();
    playRace(1);
    await waitFor(() => expect(useCalculusStore.getState().playing).toBe(true));
    expect(useCalculusStore.getState().view.step).toBe(57);
    useCalculusStore.getState().pause(57);
  });

  it('without a restore under way it restores the saved race itself, then plays on from its step', async () => {
    useCalculusStore.getState().loadView({ ...DEFAULT_VIEW, step: 120 }, []);
    playRace(2);
    await waitFor(() => expect(useCalculusStore.getState().playing).toBe(true));
    expect(useCalculusStore.getState().view.step).toBe(120);
    expect(useCalculusStore.getState().view.speed).toBe(2);
    useCalculusStore.getState().pause(120);
  });

  it('a scene saved without a step runs its race from the start', async () => {
    playRace(1);
    await waitFor(() => expect(useCalculusStore.getState().playing).toBe(true));
    expect(useCalculusStore.getState().view.step).toBe(0);
    useCalculusStore.getState().pause(0);
  });
});
