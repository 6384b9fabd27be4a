// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import BayesTab from '../../src/pages/Probability/bayes/BayesTab';
import { useBayesStore } from '../../src/stores/probability/bayes/store';
import { bayesView } from '../../src/stores/probability/bayes/view';

const value = (label: string) =>
  screen.getByLabelText(label, { selector: 'output' }).getAttribute('data-value');

beforeEach(() => {
  window.history.replaceState(null, '', '/#/probability?tab=bayes');
  act(() => useBayesStore.setState({ view: bayesView.defaults, recent: [], error: null, urlNotice: [] }));
});

describe('<BayesTab>', () => {
  it('Heads ×10 from Beta(1, 1) gives posterior mean 11/12 and the update Beta(1+10, 1+0) → Beta(11, 1)', () => {
    render(<BayesTab />);
    expect(Number(value('posterior mean'))).toBe(0.5);
    const heads = screen.getByRole('button', { name: 'Heads' });
    for (let i = 0; i < 10; i++) fireEvent.click(heads);
    expect(Number(value('posterior mean'))).toBe(11 / 12);
    expect(Number(value('posterior mode'))).toBe(1);
    expect(screen.getByLabelText('conjugate update').textContent).toContain('Beta(11,1)');
    expect(screen.getByText('10 heads, 0 tails')).toBeInTheDocument();
  });

  it('Heads, Tails, Flip and Reset are real buttons (keyboard-operable); Tails and Reset update the counts', () => {
    render(<BayesTab />);
    for (const name of ['Heads', 'Tails', 'Flip', 'Reset'])
      expect(screen.getByRole('button', { name }).tagName).toBe('BUTTON');
    fireEvent.click(screen.getByRole('button', { name: 'Tails' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tails' }));
    expect(Number(value('posterior mean'))).toBe(1 / 4);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(Number(value('posterior mean'))).toBe(0.5);
  });

  it('Flip records one batch of 10 tosses, the same batch for the same seed and counts', () => {
    render(<BayesTab />);
    fireEvent.click(screen.getByRole('button', { name: 'Flip' }));
    const { heads, tails } = useBayesStore.getState().view;
    expect(heads + tails).toBe(10);
    act(() => useBayesStore.getState().reset());
    fireEvent.click(screen.getByRole('button', { name: 'Flip' }));
    expect(useBayesStore.getState().view.heads).toBe(heads);
  });

  it('prior alpha = 0 shows an inline alert and keeps the last valid posterior on screen', () => {
    render(<BayesTab />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'prior alpha' }), { target: { value: '3' } });
    expect(Number(value('prior mean'))).toBe(0.75);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'prior alpha' }), { target: { value: '0' } });
    expect(screen.getByRole('alert')).toHaveTextContent('prior alpha must be greater than 0');
    expect(Number(value('prior mean'))).toBe(0.75);
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('screening: 1 % prevalence, 90 % sensitivity, 91 % specificity → P(disease | positive) ≈ 0.0917', () => {
    render(<BayesTab />);
    expect(Number(value('P(disease | positive)'))).toBeCloseTo(0.0917431, 6);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'prevalence' }), { target: { value: '0.5' } });
    expect(Number(value('P(disease | positive)'))).toBeCloseTo(0.45 / (0.45 + 0.045), 12);
    expect(screen.getByRole('img', { name: /Area diagram/ })).toBeInTheDocument();
  });

  it('the counts reach the address bar, and a link with counts restores the posterior', async () => {
    render(<BayesTab />);
    fireEvent.click(screen.getByRole('button', { name: 'Heads' }));
    await waitFor(() => expect(window.location.hash).toContain('bayes.h=1&'), { timeout: 3000 });
    act(() => {
      window.history.pushState(
        null,
        '',
        '/#/probability?v=1&tab=bayes&bayes.a=2&bayes.b=2&bayes.h=8&bayes.t=2',
      );
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(Number(value('posterior mean'))).toBe(10 / 14);
  });

  it('a link with invalid values shows a notice naming them', () => {
    window.history.replaceState(null, '', '/#/probability?v=1&tab=bayes&bayes.a=-1&bayes.h=x');
    render(<BayesTab />);
    const notice = screen.getByText(/were not valid/);
    expect(notice).toHaveTextContent('bayes.a=-1');
    expect(notice).toHaveTextContent('bayes.h=x');
    expect(notice.closest('[role="status"]')).not.toBeNull();
  });

  it('reopened while the store holds an invalid prior (β = 0 typed, tab left), it draws the default prior, no throw', () => {
    act(() => useBayesStore.setState({ view: { ...bayesView.defaults, beta: 0, prevalence: 2 } }));
    render(<BayesTab />);
    expect(Number(value('posterior mean'))).toBe(0.5);
  });
});
