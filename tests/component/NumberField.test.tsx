// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NumberField } from '../../src/ui/NumberField';
import { roundedText } from '../../src/pages/LinearAlgebra/roundedText';

function Harness({ initial, format }: { initial: number; format?: (v: number) => string }) {
  const [v, setV] = useState(initial);
  return (
    <>
      <NumberField label="a11" value={v} onCommit={setV} format={format} />
      <output aria-label="stored" data-value={v} />
    </>
  );
}

describe('NumberField format (rounded while not focused)', () => {
  it('shows the rounded value at rest and the full-precision value on focus; the store keeps it in full', () => {
    render(<Harness initial={Math.sqrt(3) / 2} format={roundedText} />);
    const field = screen.getByRole('spinbutton', { name: 'a11' }) as HTMLInputElement;
    expect(field.value).toBe('0.866025');
    expect(field.title).toContain('0.8660254037844386');
    fireEvent.focus(field);
    expect(field.value).toBe('0.8660254037844386');
    fireEvent.change(field, { target: { value: '0.5' } });
    fireEvent.blur(field);
    expect(field.value).toBe('0.5');
    expect(screen.getByRole('status', { hidden: true, name: 'stored' }).getAttribute('data-value')).toBe(
      '0.5',
    );
  });

  it('float noise reads 0; a typo is kept as typed with its message even at rest', () => {
    render(<Harness initial={6.123233995736766e-17} format={roundedText} />);
    const field = screen.getByRole('spinbutton', { name: 'a11' }) as HTMLInputElement;
    expect(field.value).toBe('0');
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: '1..2' } });
    fireEvent.blur(field);
    expect(field.value).toBe('1..2');
    expect(screen.getByText(/is not a number/)).toBeTruthy();
  });

  it('without format the text is what was typed', () => {
    render(<Harness initial={Math.sqrt(3) / 2} />);
    expect((screen.getByRole('spinbutton', { name: 'a11' }) as HTMLInputElement).value).toBe(
      '0.8660254037844386',
    );
  });
});
