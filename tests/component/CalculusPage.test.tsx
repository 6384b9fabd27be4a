// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { optimizePath, parseExpression, parseToAst } from '../../src/core';
import type { JobContext } from '../../src/worker/jobs/context';
import { gridJob } from '../../src/worker/jobs/grid';
import { optimizeJob } from '../../src/worker/jobs/optimize';

// The worker's jobs run in-process: the page, its store and the jobs are real, only the message hop is not.
vi.mock('../../src/worker/client', () => {
  const ctx: JobContext = { checkpoint: async () => undefined, progress: () => undefined };
  const api = {
    grid: (_id: number, req: Parameters<typeof gridJob>[0]) => gridJob(req, ctx),
    optimize: (_id: number, req: Parameters<typeof optimizeJob>[0]) => optimizeJob(req, ctx),
  };
  return {
    computeClient: () => ({
      run: (_kind: string, start: (a: typeof api, id: number) => Promise<unknown>) => start(api, 1),
    }),
  };
});

import CalculusPage from '../../src/pages/Calculus';
import { useCalculusStore } from '../../src/stores/calculus/store';
import { DEFAULT_VIEW } from '../../src/stores/calculus/view';

beforeAll(() => {
  // jsdom has no WebGL: the page must say so and work without it.
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

beforeEach(() => {
  // replaceState, not location.hash: a hashchange event arriving mid-test would reload the view.
  window.history.replaceState(null, '', '#/calculus');
  useCalculusStore.getState().loadView(DEFAULT_VIEW, []);
});

afterEach(() => {
  useCalculusStore.getState().pause(0);
});

const data = (label: string) =>
  Number(document.querySelector(`output[aria-label="${label}"]`)?.getAttribute('data-value'));

async function runRace(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Run' }));
  await waitFor(() =>
    expect([useCalculusStore.getState().raceError, useCalculusStore.getState().race !== null]).toEqual([
      null,
      true,
    ]),
  );
  // The results table is drawn in the deferred render that follows (as the paths are).
  await waitFor(() => expect(document.querySelector('.calc-results')).not.toBeNull());
}

describe('<CalculusPage>', () => {
  it("a start outside f's domain is named beside the start fields and Run waits for another start", () => {
    render(<CalculusPage />);
    act(() =>
      useCalculusStore.getState().loadView({ ...DEFAULT_VIEW, fn: 'log(x) + y^2', start: [-1.5, 2] }, []),
    );
    expect([...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent)).toContain(
      "f(-1.5, 2) is not a real number: the start is outside f's domain; pick another start",
    );
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'start x' }), { target: { value: '1.5' } });
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled();
  });

  it('offers the UI contract: the function box, start and steps, seven optimizers with their groups, and the buttons', () => {
    render(<CalculusPage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/calculus/i);
    expect(screen.getByRole('textbox', { name: 'f(x, y)' })).toBeInTheDocument();
    for (const name of ['start x', 'start y', 'steps'])
      expect(screen.getByRole('spinbutton', { name })).toBeInTheDocument();
    const groups: Record<string, string[]> = {
      GD: ['learning rate'],
      Momentum: ['learning rate', 'momentum'],
      Nesterov: ['learning rate', 'momentum'],
      AdaGrad: ['learning rate', 'eps'],
      RMSProp: ['learning rate', 'alpha', 'eps'],
      Adam: ['learning rate', 'beta1', 'beta2', 'eps'],
      Newton: ['learning rate'],
    };
    for (const [name, fields] of Object.entries(groups)) {
      expect(screen.getByRole('checkbox', { name })).toBeInTheDocument();
      const group = screen.getByRole('group', { name });
      expect(
        within(group)
          .getAllByRole('spinbutton')
          .map((f) => f.getAttribute('aria-label')),
      ).toEqual(fields);
    }
    for (const name of ['Run', 'Play', 'Pause', 'Step', 'Reset'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('needs WebGL'))).toBe(true);
  });

  it('Run fills each optimizer’s final x, y and loss with the values optimizePath gives, before the animation ends', async () => {
    render(<CalculusPage />);
    await runRace();
    expect(useCalculusStore.getState().playing).toBe(true);
    const parsed = parseExpression(DEFAULT_VIEW.fn);
    if (!parsed.ok) throw new Error('parse');
    for (const [name, label, config] of [
      ['gd', 'GD', { lr: 0.01 }],
      ['adam', 'Adam', { lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8 }],
    ] as const) {
      const run = optimizePath(
        parsed.expr,
        name,
        { ...config, schedule: 'constant' },
        DEFAULT_VIEW.start,
        DEFAULT_VIEW.steps,
      );
      const k = run.taken;
      expect(data(`${label} final x`)).toBe(run.path[2 * k]);
      expect(data(`${label} final y`)).toBe(run.path[2 * k + 1]);
      expect(data(`${label} final loss`)).toBeCloseTo(
        parsed.expr.evaluate(run.path[2 * k], run.path[2 * k + 1]),
        12,
      );
    }
  });

  it('typing "sin(x" shows the parser’s message in an alert, disables Run and keeps the last formula', async () => {
    render(<CalculusPage />);
    fireEvent.change(screen.getByRole('textbox', { name: 'f(x, y)' }), { target: { value: 'sin(x' } });
    const want = parseToAst('sin(x');
    if (want.ok) throw new Error('should not parse');
    expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes(want.error.message))).toBe(true);
    expect(screen.getByRole('textbox', { name: 'f(x, y)' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
    expect(document.querySelector('.calc-formula')).toHaveTextContent('last valid function');
  });

  it('a diverging GD is stopped and explained in words containing "diverged"', async () => {
    render(<CalculusPage />);
    fireEvent.change(screen.getByRole('textbox', { name: 'f(x, y)' }), { target: { value: 'x^2 + 10*y^2' } });
    fireEvent.change(
      within(screen.getByRole('group', { name: 'GD' })).getByRole('spinbutton', { name: 'learning rate' }),
      {
        target: { value: '0.5' },
      },
    );
    await runRace();
    const gd = useCalculusStore.getState().race!.result.traces.find((t) => t.name === 'gd')!;
    expect(gd.stop).toBe('diverged');
    expect(
      screen.getByText(/^diverged: learning rate 0\.5 exceeds 2\/λmax = 0\.1 here$/),
    ).toBeInTheDocument();
  });

  it('space and arrows drive the race from the page but never from inside a text field', async () => {
    render(<CalculusPage />);
    await runRace();
    act(() => useCalculusStore.getState().pause(100));
    const box = screen.getByRole('textbox', { name: 'f(x, y)' });
    for (const key of [' ', 'ArrowRight', 'ArrowLeft', 'Home']) fireEvent.keyDown(box, { key });
    expect(useCalculusStore.getState().view.step).toBe(100);
    expect(useCalculusStore.getState().playing).toBe(false);
    fireEvent.keyDown(screen.getByRole('spinbutton', { name: 'steps' }), { key: 'ArrowRight' });
    expect(useCalculusStore.getState().view.step).toBe(100);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(useCalculusStore.getState().view.step).toBe(101);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(useCalculusStore.getState().playing).toBe(true);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(useCalculusStore.getState().playing).toBe(false);
    fireEvent.keyDown(document.body, { key: 'Home' });
    expect(useCalculusStore.getState().view.step).toBe(0);
  });

  it('changing a setting clears the race, so old paths are never shown for new settings', async () => {
    render(<CalculusPage />);
    await runRace();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'start x' }), { target: { value: '1' } });
    expect(useCalculusStore.getState().race).toBeNull();
    expect(document.querySelector('output[aria-label="GD final x"]')).toBeNull();
    // Re-typing the value a field already holds keeps the race.
    await runRace();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'start x' }), { target: { value: '1.0' } });
    expect(useCalculusStore.getState().race).not.toBeNull();
  });
});
