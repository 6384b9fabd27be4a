// @vitest-environment jsdom
// σ = 1e-320 typed into the Entropy and KL tab's "P sd": refused beside the field like 0 is, and the normal
// KL readouts keep the last valid pair's finite values (before, they read "undefined" and the chart's paths
// held NaN).
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import InformationTab from '../../../src/pages/Probability/information/InformationTab';
import { useInformationStore } from '../../../src/stores/probability/information/store';
import { informationView } from '../../../src/stores/probability/information/view';

const value = (label: string) => screen.getByRole('status', { name: label }).getAttribute('data-value');

describe('Entropy and KL tab: an sd below 1e-150', () => {
  beforeEach(() => {
    window.location.hash = '#/probability?v=1&tab=information';
    useInformationStore.setState({ view: informationView.defaults, urlNotice: [] });
  });

  it('is refused at its field and the readouts stay finite', () => {
    render(<InformationTab />);
    const before = value('normal KL(P||Q) bits');
    const field = screen.getByRole('spinbutton', { name: 'P sd' });
    fireEvent.change(field, { target: { value: '1e-320' } });
    fireEvent.blur(field);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByRole('alert').some((a) => /at least 1e-150/.test(a.textContent ?? ''))).toBe(true);
    expect(value('normal KL(P||Q) bits')).toBe(before);
    expect(Number.isFinite(Number(value('normal KL(Q||P) bits')))).toBe(true);
    for (const path of document.querySelectorAll('path'))
      expect(path.getAttribute('d') ?? '').not.toMatch(/NaN/);
  });
});
