// @vitest-environment jsdom
// The Vectors view (issue 17): radio "Vectors", fields u1…v2, sliders a and b, the tips' arrow keys, the
// readouts "dot product", "angle degrees", "cross product length", and the span said in words.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LinearAlgebraPage from '../../src/pages/LinearAlgebra';
import { resetWebglCheck } from '../../src/ui/webgl/support';
import { useLinalgStore } from '../../src/stores/linalg/store';
import { placeTipLabels } from '../../src/pages/LinearAlgebra/VectorsPanel';

const output = (label: string) =>
  document.querySelector(`output[aria-label="${label}"]`) as HTMLOutputElement;
const value = (label: string) => Number(output(label).getAttribute('data-value'));
const type = (name: string, v: string) =>
  fireEvent.change(screen.getByRole('spinbutton', { name }), { target: { value: v } });

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  resetWebglCheck();
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
  window.history.replaceState(null, '', '/#/linear-algebra');
});
afterEach(() => vi.restoreAllMocks());

describe('linear algebra: the Vectors view', () => {
  it('dot product, angle and cross product of u = (3, 0), v = (1, 2); projection length 1', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Vectors' }));
    type('u1', '3');
    type('u2', '0');
    type('v1', '1');
    type('v2', '2');
    expect(value('dot product')).toBe(3);
    expect(value('angle degrees')).toBeCloseTo((Math.atan2(2, 1) * 180) / Math.PI, 12);
    expect(value('cosine similarity')).toBeCloseTo(1 / Math.sqrt(5), 15);
    expect(value('cross product length')).toBe(6);
    expect(screen.getByText(/has signed length u·v\/\|u\| = 1,/)).toBeInTheDocument();
    expect(screen.getByText(/positive, v is counterclockwise from u/)).toBeInTheDocument();
    expect(screen.getByText(/span\{u, v\} is the whole plane/)).toBeInTheDocument();
  });

  it('dependent vectors: the span is a line, said in words; perpendicular ones have dot product 0', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Vectors' }));
    type('u1', '1');
    type('u2', '2');
    type('v1', '-2');
    type('v2', '-4');
    expect(value('cross product length')).toBe(0);
    expect(value('angle degrees')).toBeCloseTo(180, 12);
    expect(screen.getByText(/span\{u, v\} is a line \(shaded\)/)).toBeInTheDocument();
    type('v1', '-2');
    type('v2', '1');
    expect(value('dot product')).toBe(0);
    expect(screen.getByText(/zero: u and v are perpendicular/)).toBeInTheDocument();
  });

  it('arrow keys move a tip; sliders a and b move the combination; the zero vector gives no NaN', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: 'Vectors' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'tip of v' }), { key: 'ArrowLeft', shiftKey: true });
    expect(useLinalgStore.getState().view.vv).toEqual([0, 1.5]);
    fireEvent.change(screen.getByRole('slider', { name: 'a' }), { target: { value: '-2' } });
    expect(useLinalgStore.getState().view.ab).toEqual([-2, 1]);
    type('u1', '0');
    type('u2', '0');
    expect(output('angle degrees').textContent).toBe('—');
    expect(screen.getByText(/span\{u, v\} is a line: one of the vectors is 0/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN/);
  });
});

describe('linear algebra: Vectors labels avoid each other', () => {
  it('nearly parallel u and a·u + b·v get labels at least 22 px apart (they overlapped)', () => {
    const labels = placeTipLabels([
      [3, 0.5],
      [2, 0],
      [3.5, 0.5],
    ]);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < i; j++)
        expect(Math.hypot(labels[i][0] - labels[j][0], labels[i][1] - labels[j][1])).toBeGreaterThanOrEqual(
          22,
        );
  });
});
