// @vitest-environment jsdom
// Attention with an embedding entry typed as 1e308 (outside ±1000): the field says so and the heads keep the
// last settings that worked; before, the scores overflowed and the weights, outputs and their TeX read
// "undefined". The tokens field points at its message (aria-describedby).
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AttentionSection } from '../../../src/pages/MachineLearning/deep/AttentionSection';
import { useDeepStore } from '../../../src/stores/ml/deep/store';
import { deepView } from '../../../src/stores/ml/deep/view';

const text = () => document.body.textContent ?? '';

describe('Attention with out-of-range entries', () => {
  beforeEach(() => {
    window.location.hash = '#/machine-learning?v=1&tab=deep';
    useDeepStore.setState({ view: deepView.defaults });
  });

  it('an embedding of 1e308 keeps the last working heads: no undefined anywhere', () => {
    render(<AttentionSection width={900} />);
    expect(text()).not.toMatch(/undefined|NaN/);
    const emb = [1e308, 0, 1, 0, 0, 1, 1, 1, -1, 0, 0, -1];
    act(() => useDeepStore.getState().set('emb', emb));
    expect(screen.getByText(/Fix the highlighted field/)).toBeTruthy();
    expect(text()).not.toMatch(/undefined|NaN/);
    for (const el of document.querySelectorAll('[aria-label], output[data-value]'))
      expect(`${el.getAttribute('aria-label')} ${el.getAttribute('data-value')}`).not.toMatch(
        /undefined|NaN/,
      );
  });

  it('a bad tokens text is described by its message', () => {
    render(<AttentionSection width={900} />);
    act(() => useDeepStore.getState().set('tokens', 'ab'));
    const field = screen.getByRole('textbox', { name: 'tokens' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    const note = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toMatch(/at least 3 tokens/);
  });
});
