// @vitest-environment jsdom
import { describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import DistributionsTab from '../../src/pages/Probability/DistributionsTab';
import { useProbabilityStore } from '../../src/stores/probability/distributions/store';
import { distributionsView } from '../../src/stores/probability/distributions/view';

const output = (label: string) => screen.getByRole('status', { name: label, hidden: true });

describe('<DistributionsTab>', () => {
  beforeEach(() => {
    window.location.hash = '#/probability';
    useProbabilityStore.getState().loadView(distributionsView.defaults, []);
  });

  it('offers all 14 distributions by their labels', () => {
    render(<DistributionsTab />);
    const labels = Array.from(
      screen.getByRole('combobox', { name: 'Distribution' }).querySelectorAll('option'),
    ).map((o) => o.textContent);
    expect(labels).toEqual([
      'Normal',
      'Uniform',
      'Exponential',
      'Gamma',
      'Beta',
      "Student's t",
      'Chi-squared',
      'Laplace',
      'Log-normal',
      'Cauchy',
      'Bernoulli',
      'Binomial',
      'Poisson',
      'Geometric',
    ]);
  });

  it('picking Gamma shows a slider and a spinbutton for shape and rate, and its moments', () => {
    render(<DistributionsTab />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Distribution' }), { target: { value: 'gamma' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'shape' }), { target: { value: '2.5' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'rate' }), { target: { value: '1.5' } });
    expect(screen.getByRole('slider', { name: 'shape' })).toBeInTheDocument();
    expect(Number(output('mean').getAttribute('data-value'))).toBeCloseTo(2.5 / 1.5, 14);
    expect(Number(output('variance').getAttribute('data-value'))).toBeCloseTo(2.5 / 2.25, 14);
  });

  it('an invalid parameter shows an inline alert, disables Sample and keeps the last valid moments', () => {
    render(<DistributionsTab />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'sd' }), { target: { value: '2' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'sd' }), { target: { value: '0' } });
    expect(screen.getByRole('alert')).toHaveTextContent(/sd/);
    expect(screen.getByRole('button', { name: 'Sample' })).toBeDisabled();
    expect(output('variance').getAttribute('data-value')).toBe('4');
  });

  it('the Cauchy mean reads "undefined", never NaN', () => {
    render(<DistributionsTab />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Distribution' }), { target: { value: 'cauchy' } });
    expect(output('mean')).toHaveTextContent('undefined');
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('sample readouts are empty until a run reports', () => {
    render(<DistributionsTab />);
    expect(output('samples drawn').getAttribute('data-value')).toBe('0');
    expect(output('sample mean')).toHaveTextContent('—');
  });
});
