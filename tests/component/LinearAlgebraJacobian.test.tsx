// @vitest-environment jsdom
// The Jacobian view (issue 17): u(x, y), v(x, y) typed or from the presets, the readout "det J" at the point p
// (fields and arrow keys), parse errors beside the field with nothing drawn from them, no NaN.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LinearAlgebraPage from '../../src/pages/LinearAlgebra';
import { resetWebglCheck } from '../../src/ui/webgl/support';
import { useLinalgStore } from '../../src/stores/linalg/store';
import { linalgView } from '../../src/stores/linalg/view';

const output = (label: string) =>
  document.querySelector(`output[aria-label="${label}"]`) as HTMLOutputElement;
const value = (label: string) => Number(output(label).getAttribute('data-value'));
const sigma = (t: number) => 1 / (1 + Math.exp(-t));
/** Attributes of the drawing that hold NaN (a path through a non-finite point). */
const nanAttributes = () =>
  [...document.querySelectorAll('svg *')].flatMap((e) =>
    [...e.attributes].filter((a) => /NaN/.test(a.value)).map((a) => `${e.tagName} ${a.name}`),
  );

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  resetWebglCheck();
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
  window.history.replaceState(null, '', '/#/linear-algebra');
});
afterEach(() => vi.restoreAllMocks());

describe('linear algebra: the Jacobian view', () => {
  it('polar → Cartesian has det J = r; the point moves by keys and fields', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Jacobian' }));
    expect(value('det J')).toBeCloseTo(1, 14);
    expect(value('u at p')).toBeCloseTo(Math.cos(0.8), 14);
    fireEvent.keyDown(screen.getByRole('button', { name: 'point p' }), { key: 'ArrowRight' });
    expect(useLinalgStore.getState().view.jp).toEqual([1.05, 0.8]);
    expect(value('det J')).toBeCloseTo(1.05, 14);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'point x' }), { target: { value: '-1.5' } });
    expect(value('det J')).toBeCloseTo(-1.5, 14);
    expect(screen.getByText(/F flips orientation here/)).toBeInTheDocument();
    expect(screen.getByTestId('jacobian-parallelogram')).toBeInTheDocument();
    expect(linalgView.encode(useLinalgStore.getState().view)).toContain('view=jacobian');
  });

  it('the presets: the swirl keeps areas, softplus of a linear map has det −3σ(2x+y)σ(x−y)', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Jacobian' }));
    fireEvent.click(screen.getByRole('button', { name: 'swirl' }));
    expect(value('det J')).toBeCloseTo(1, 13);
    fireEvent.click(screen.getByRole('button', { name: 'softplus of a linear map' }));
    expect(value('det J')).toBeCloseTo(-3 * sigma(2.8) * sigma(0.2), 13);
  });

  it('text that does not parse is named beside its field; nothing is drawn from it, no NaN', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Jacobian' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'u(x, y)' }), { target: { value: 'x*cos(' } });
    expect(screen.getByRole('alert')).toHaveTextContent(/^u\(x, y\): /);
    expect(screen.getByRole('textbox', { name: 'u(x, y)' })).toHaveAttribute('aria-invalid', 'true');
    expect(output('det J').textContent).toBe('—');
    expect(screen.queryByTestId('jacobian-parallelogram')).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN/);
    expect(nanAttributes()).toEqual([]);
    // sqrt(x) at x < 0: the core's words, no NaN.
    fireEvent.change(screen.getByRole('textbox', { name: 'u(x, y)' }), { target: { value: 'sqrt(x)' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'point x' }), { target: { value: '-1' } });
    expect(screen.getByText(/has no real derivative/)).toBeInTheDocument();
    expect(nanAttributes()).toEqual([]);
  });
});
