// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import fixtures from '../fixtures/linalg.json';
import LinearAlgebraPage from '../../src/pages/LinearAlgebra';
import { resetWebglCheck } from '../../src/ui/webgl/support';
import { useLinalgStore } from '../../src/stores/linalg/store';

const CASES = fixtures.cases as unknown as {
  label: string;
  A: number[][];
  det: number;
  eigenvalues: [number, number][];
}[];
const fixture = (label: string) => CASES.find((c) => c.label === label)!;

const output = (label: string) =>
  document.querySelector(`output[aria-label="${label}"]`) as HTMLOutputElement;
const dataValue = (label: string) => output(label).getAttribute('data-value') ?? '';

function typeMatrix(a: number[][]): void {
  a.forEach((row, i) =>
    row.forEach((x, j) =>
      fireEvent.change(screen.getByRole('spinbutton', { name: `a${i + 1}${j + 1} value` }), {
        target: { value: String(x) },
      }),
    ),
  );
}

beforeEach(() => {
  // jsdom has no WebGL: the page must say so and work without the scene.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  resetWebglCheck();
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
  window.history.replaceState(null, '', '/#/linear-algebra');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<LinearAlgebraPage> (no WebGL in jsdom)', () => {
  it('meets the UI contract: Dimension radios, a11…a22 sliders with "aij value" spinbuttons, the outputs, Animate', () => {
    render(<LinearAlgebraPage />);
    const dims = screen.getByRole('radiogroup', { name: 'Dimension' });
    expect(within(dims).getByRole('radio', { name: '2D' })).toBeChecked();
    expect(within(dims).getByRole('radio', { name: '3D' })).not.toBeChecked();
    for (const n of ['a11', 'a12', 'a21', 'a22']) {
      expect(screen.getByRole('slider', { name: n })).toBeInTheDocument();
      expect(screen.getByRole('spinbutton', { name: `${n} value` })).toBeInTheDocument();
    }
    expect(screen.queryByRole('slider', { name: 'a33' })).toBeNull();
    for (const label of ['determinant', 'trace', 'rank', 'eigenvalues', 'singular values'])
      expect(output(label)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Animate' })).toBeInTheDocument();
    expect(screen.getByText(/needs WebGL/)).toBeInTheDocument();
  });

  it('a negative trace is written with the minus sign of the determinant beside it (not a hyphen)', () => {
    render(<LinearAlgebraPage />);
    typeMatrix([
      [-1, 2],
      [0.5, -0.25],
    ]);
    expect(dataValue('trace')).toBe('-1.25');
    expect(output('trace').textContent).toBe('−1.25');
    expect(output('determinant').textContent).toBe('−0.75');
  });

  it('3D shows nine entries a11…a33 and embeds A with a33 = 1', () => {
    render(<LinearAlgebraPage />);
    fireEvent.click(screen.getByRole('radio', { name: '3D' }));
    expect(screen.getAllByRole('slider', { name: /^a\d\d$/ })).toHaveLength(9);
    expect(screen.getByRole('spinbutton', { name: 'a33 value' })).toHaveValue('1');
    expect(dataValue('trace')).toBe('3.5');
  });

  it.each(['general2', 'symmetric2', 'rotation30', 'reflection'])(
    'typing fixture %s gives its determinant and eigenvalues (data-value JSON of [re, im])',
    (label) => {
      const c = fixture(label);
      render(<LinearAlgebraPage />);
      typeMatrix(c.A);
      expect(Number(dataValue('determinant'))).toBeCloseTo(c.det, 12);
      const eig = JSON.parse(dataValue('eigenvalues')) as [number, number][];
      c.eigenvalues.forEach(([re, im], k) => {
        expect(eig[k][0]).toBeCloseTo(re, 12);
        expect(eig[k][1]).toBeCloseTo(im, 12);
      });
    },
  );

  it('values within 1e-10 of 0 are displayed, and held in data-value, as 0 (no "−9.8e-16", no "-0")', () => {
    render(<LinearAlgebraPage />);
    typeMatrix(fixture('projection').A);
    expect(dataValue('determinant')).toBe('0');
    expect(JSON.parse(dataValue('eigenvalues'))).toEqual([
      [1, 0],
      [0, 0],
    ]);
    expect(JSON.parse(dataValue('singular values'))[1]).toBe(0);
    expect(output('determinant')).toHaveTextContent(/^0$/);
    expect(document.body.textContent).not.toMatch(/e-1[1-9]|NaN|(?<![\d.])[-−]0(?![.\d])/);
  });

  it('a singular matrix says "singular: no inverse" with the reason, and rank 1', async () => {
    render(<LinearAlgebraPage />);
    typeMatrix(fixture('singular2').A);
    expect(dataValue('rank')).toBe('1');
    expect(await screen.findByText('singular: no inverse')).toBeInTheDocument();
    expect(screen.getByText(/flattens the plane onto a line/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('a defective matrix carries the "accurate only to about 1e-5" tooltip on its eigenvalues', () => {
    render(<LinearAlgebraPage />);
    expect(output('eigenvalues')).not.toHaveAttribute('title');
    typeMatrix(fixture('shear').A);
    expect(output('eigenvalues').getAttribute('title')).toMatch(/accurate only to about 1e-5/);
  });

  it.each([
    ['1e308', /between -1e15 and 1e15/],
    ['', /enter a number/],
    ['NaN', /is not a number/],
  ])('refuses %j at the field with a message and keeps the last valid A', (text, message) => {
    render(<LinearAlgebraPage />);
    const before = dataValue('determinant');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'a11 value' }), { target: { value: text } });
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(dataValue('determinant')).toBe(before);
    expect(useLinalgStore.getState().view.a[0][0]).toBe(1.5);
  });

  it('keeps a typed entry at full precision even outside the slider range', () => {
    render(<LinearAlgebraPage />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'a12 value' }), {
      target: { value: '12.345678901234567' },
    });
    expect(useLinalgStore.getState().view.a[0][1]).toBe(12.345678901234567);
    expect(screen.getByRole('slider', { name: 'a12' })).toHaveValue('3');
  });

  it('presets fill A: Rotation uses θ, Singular collapses the plane', () => {
    render(<LinearAlgebraPage />);
    const presets = screen.getByRole('group', { name: 'Presets for A' });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'A rotation angle (degrees)' }), {
      target: { value: '90' },
    });
    fireEvent.click(within(presets).getByRole('button', { name: 'Rotation' }));
    expect(JSON.parse(dataValue('eigenvalues'))).toEqual([
      [0, 1],
      [0, -1],
    ]);
    fireEvent.click(within(presets).getByRole('button', { name: 'Singular' }));
    expect(dataValue('rank')).toBe('1');
  });

  it('a malformed link falls back to defaults and names what was ignored', () => {
    window.history.replaceState(null, '', '/#/linear-algebra?v=1&dim=3&a=1,2&view=zzz&k=0');
    render(<LinearAlgebraPage />);
    const notice = screen.getAllByRole('status').find((el) => /not valid/.test(el.textContent ?? ''))!;
    expect(notice.textContent).toMatch(/a=1,2/);
    expect(notice.textContent).toMatch(/view=zzz/);
    expect(notice.textContent).toMatch(/k=0/);
    expect(screen.getAllByRole('slider', { name: /^a\d\d$/ })).toHaveLength(9);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/not valid/)).toBeNull();
  });

  it('Animate runs the clock without touching the store until it ends at t = 1', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    try {
      render(<LinearAlgebraPage />);
      const seen: number[] = [];
      const stop = useLinalgStore.subscribe((s) => seen.push(s.view.t));
      fireEvent.click(screen.getByRole('button', { name: 'Animate' }));
      expect(screen.getByRole('button', { name: 'Pause' })).toBeEnabled();
      await act(async () => {
        vi.advanceTimersByTime(1000);
      });
      // Mid-run the slider moves by direct DOM writes while the store still holds the settled t.
      expect(Number((screen.getByRole('slider', { name: 'time' }) as HTMLInputElement).value)).toBeLessThan(
        1,
      );
      expect(useLinalgStore.getState().view.t).toBe(1);
      await act(async () => {
        vi.advanceTimersByTime(3000);
      });
      stop();
      expect(screen.getByRole('button', { name: 'Pause' })).toBeDisabled();
      expect(useLinalgStore.getState().view.t).toBe(1);
      // Only the start and the end went through the store, not 60 values a second.
      expect(seen.length).toBeLessThanOrEqual(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
