// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { JobContext } from '../../../src/worker/jobs/context';
import { transformSampleJob } from '../../../src/worker/jobs/transformSample';

// The worker's job runs in-process: the section, its stores and the job are real, only the message hop is not.
vi.mock('../../../src/worker/client', () => {
  const ctx: JobContext = { checkpoint: async () => undefined, progress: () => undefined };
  const api = {
    transformSample: (_id: number, req: Parameters<typeof transformSampleJob>[0]) =>
      transformSampleJob(req, ctx),
  };
  return {
    computeClient: () => ({
      run: (_kind: string, start: (a: typeof api, id: number) => Promise<unknown>) => start(api, 1),
      warm: () => undefined,
    }),
  };
});

import { ChangeOfVariables } from '../../../src/pages/Probability/distributions/ChangeOfVariables';
import { useProbabilityStore } from '../../../src/stores/probability/distributions/store';
import { distributionsView } from '../../../src/stores/probability/distributions/view';

const value = (label: string) =>
  document.querySelector(`output[aria-label="${label}"]`)?.getAttribute('data-value') ?? null;

beforeEach(() => {
  window.history.replaceState(null, '', '#/probability');
  useProbabilityStore.getState().loadView(distributionsView.defaults, []);
});

describe('<ChangeOfVariables>', () => {
  it('exp(x) of N(0, 1): exact mean e^{1/2}, the log-normal density at y = 1, and samples of Y whose mean agrees', async () => {
    render(<ChangeOfVariables />);
    // The curve and E[g(X)] come from the worker with the samples.
    await waitFor(() => expect(Number(value('samples of Y drawn'))).toBe(100_000), { timeout: 5000 });
    expect(Number(value('transformed mean'))).toBeCloseTo(Math.exp(0.5), 8);
    // log-normal density at 1: 1/√(2π)
    expect(Number(value('transformed density at y'))).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 10);
    expect(value('branches at y')).toBe('1');
    expect(screen.getByText(/g is increasing on the support of X/)).toBeInTheDocument();
    const m = Number(value('transformed sample mean'));
    const se = Number(value('standard error of the sample mean'));
    expect(Math.abs(m - Math.exp(0.5))).toBeLessThan(4 * se);
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('the x² preset says it sums two branches, and the density at y = 1 is χ²₁’s', async () => {
    render(<ChangeOfVariables />);
    fireEvent.click(screen.getByRole('button', { name: 'square of a normal' }));
    expect(useProbabilityStore.getState().view.g).toBe('x^2');
    await waitFor(() => expect(Number(value('samples of Y drawn'))).toBe(100_000), { timeout: 5000 });
    expect(
      screen.getByText(/sum over the branches of g⁻¹ \(up to 2 on this plot, 2 at y = 1\)/),
    ).toBeInTheDocument();
    expect(value('branches at y')).toBe('2');
    // χ²₁ at 1: e^{-1/2}/√(2π)
    expect(Number(value('transformed density at y'))).toBeCloseTo(
      Math.exp(-0.5) / Math.sqrt(2 * Math.PI),
      10,
    );
    expect(Number(value('transformed mean'))).toBeCloseTo(1, 8);
  });

  it('a typo shows an inline message, keeps the text, and draws nothing new (no NaN)', () => {
    render(<ChangeOfVariables />);
    const input = screen.getByRole('textbox', { name: 'g(x)' });
    fireEvent.change(input, { target: { value: 'exp(x' } });
    expect(screen.getByRole('alert')).toHaveTextContent(/^g:/);
    expect(input).toHaveValue('exp(x');
    expect(useProbabilityStore.getState().view.g).toBe('exp(x');
    expect(value('transformed density at y')).toBe('');
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('g undefined on the support (sqrt of a normal) says where; a discrete X is refused in words', () => {
    render(<ChangeOfVariables />);
    fireEvent.change(screen.getByRole('textbox', { name: 'g(x)' }), { target: { value: 'sqrt(x)' } });
    expect(screen.getByRole('alert')).toHaveTextContent(/g is not defined at x = -?\d/);
    act(() => useProbabilityStore.getState().setDist('poisson'));
    fireEvent.change(screen.getByRole('textbox', { name: 'g(x)' }), { target: { value: 'x^2' } });
    // A discrete law is a choice, not a mistake in g: said in words beside the field, not as an alert.
    expect(screen.getByText(/continuous law/)).toBeInTheDocument();
    expect(screen.queryAllByRole('alert').filter((a) => /continuous law/.test(a.textContent ?? ''))).toEqual(
      [],
    );
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('the y spinbutton moves the density readout; the flow note links to the Jacobian view with g', () => {
    render(<ChangeOfVariables />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'y for the density' }), {
      target: { value: '2' },
    });
    fireEvent.blur(screen.getByRole('spinbutton', { name: 'y for the density' }));
    expect(useProbabilityStore.getState().view.gy).toBe(2);
    // log-normal density at 2: exp(−(log 2)²/2)/(2√(2π))
    expect(Number(value('transformed density at y'))).toBeCloseTo(
      Math.exp(-(Math.log(2) ** 2) / 2) / (2 * Math.sqrt(2 * Math.PI)),
      10,
    );
    const link = screen.getByRole('link', { name: /Jacobian view/ });
    expect(link.getAttribute('href')).toBe('#/linear-algebra?v=1&view=jacobian&ju=exp(x)&jv=y');
  });
});
