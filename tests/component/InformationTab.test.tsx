// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import InformationTab from '../../src/pages/Probability/information/InformationTab';
import { useInformationStore } from '../../src/stores/probability/information/store';
import { informationView } from '../../src/stores/probability/information/view';

const out = (label: string) => screen.getByRole('status', { name: label }) as HTMLOutputElement;
const value = (label: string) => out(label).getAttribute('data-value');

describe('<InformationTab>', () => {
  beforeEach(() => {
    window.location.hash = '#/probability?v=1&tab=information';
    useInformationStore.setState({ view: informationView.defaults, urlNotice: [] });
  });

  it('shows entropy bits, H(P,Q) and both KL divergences as finite numbers', () => {
    render(<InformationTab />);
    for (const label of [
      'entropy bits',
      'H(P,Q) bits',
      'KL(P||Q) bits',
      'KL(Q||P) bits',
      'normal KL(P||Q) bits',
    ])
      expect(Number.isFinite(Number(value(label))), label).toBe(true);
    expect(Number(value('KL(P||Q) bits'))).not.toBeCloseTo(Number(value('KL(Q||P) bits')), 2);
  });

  it('each bar is a slider: ArrowUp adds 0.01 and the others renormalise (the entropy changes)', () => {
    render(<InformationTab />);
    const bar = screen.getByRole('slider', { name: 'p(1)' });
    const before = Number(value('entropy bits'));
    fireEvent.keyDown(bar, { key: 'ArrowUp' });
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeCloseTo(0.06, 12);
    const p = useInformationStore.getState().view.entropy;
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(Number(value('entropy bits'))).not.toBe(before);
    fireEvent.keyDown(bar, { key: 'End' });
    expect(Number(value('entropy bits'))).toBe(0);
  });

  it('Q with a zero where P is positive: KL(P||Q) reads ∞ with an explanation, KL(Q||P) stays finite', () => {
    render(<InformationTab />);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Q(6)' }), { key: 'Home' });
    expect(value('KL(P||Q) bits')).toBe('Infinity');
    expect(out('KL(P||Q) bits')).toHaveTextContent('∞');
    expect(Number.isFinite(Number(value('KL(Q||P) bits')))).toBe(true);
    expect(screen.getByText(/gives probability 0 to outcome 6/)).toBeInTheDocument();
  });

  it('an invalid sd shows an alert and the normal KL keeps the last valid pair', () => {
    render(<InformationTab />);
    const before = value('normal KL(P||Q) bits');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Q sd' }), { target: { value: '-1' } });
    expect(screen.getByRole('alert')).toHaveTextContent(/sd must be above 0/);
    expect(value('normal KL(P||Q) bits')).toBe(before);
  });
});
