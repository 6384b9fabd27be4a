// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { SliderField } from '../../src/ui/SliderField';

function Harness({ initial = 1 }: { initial?: number }) {
  const [v, setV] = useState(initial);
  return (
    <>
      <SliderField
        name="sd"
        value={v}
        min={0.1}
        max={5}
        step={0.1}
        onChange={setV}
        problem={v <= 0 ? 'sd must be greater than 0' : null}
      />
      <output aria-label="committed">{String(v)}</output>
    </>
  );
}

describe('<SliderField name="sd">', () => {
  it('Shift+arrows move the slider ten steps, clamped to its range; Shift+arrows step the spinbutton by ten too', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'sd' });
    fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true });
    expect(screen.getByLabelText('committed')).toHaveTextContent('2');
    fireEvent.keyDown(slider, { key: 'ArrowUp', shiftKey: true });
    fireEvent.keyDown(slider, { key: 'ArrowUp', shiftKey: true });
    fireEvent.keyDown(slider, { key: 'ArrowUp', shiftKey: true });
    expect(screen.getByLabelText('committed')).toHaveTextContent('5');
    fireEvent.keyDown(slider, { key: 'ArrowLeft', shiftKey: true });
    expect(screen.getByLabelText('committed')).toHaveTextContent('4');
    // A plain arrow is the browser's own one step: the handler leaves it alone.
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(screen.getByLabelText('committed')).toHaveTextContent('4');
    const field = screen.getByRole('spinbutton', { name: 'sd' });
    fireEvent.keyDown(field, { key: 'ArrowDown', shiftKey: true });
    expect(screen.getByLabelText('committed')).toHaveTextContent('3');
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    expect(screen.getByLabelText('committed')).toHaveTextContent('3.1');
  });

  it('offers a slider and a spinbutton with the same accessible name', () => {
    render(<Harness />);
    expect(screen.getByRole('slider', { name: 'sd' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'sd' })).toBeInTheDocument();
  });

  it('keeps a typed value at full precision, even beyond the slider range and step', () => {
    render(<Harness />);
    const field = screen.getByRole('spinbutton', { name: 'sd' });
    fireEvent.change(field, { target: { value: '12.345678901234567' } });
    expect(screen.getByLabelText('committed')).toHaveTextContent('12.345678901234567');
    expect(field).toHaveValue('12.345678901234567');
  });

  it('a blank field shows a message and keeps the last valid value', () => {
    render(<Harness initial={2} />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'sd' }), { target: { value: '' } });
    expect(screen.getByRole('alert')).toHaveTextContent('sd: enter a number');
    expect(screen.getByLabelText('committed')).toHaveTextContent('2');
  });

  it('a malformed value is quoted in the message and never committed', () => {
    render(<Harness initial={2} />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'sd' }), {
      target: { value: '<img src=x onerror=alert(1)>' },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('is not a number');
    expect(screen.getByLabelText('committed')).toHaveTextContent('2');
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows the store’s validation problem beside the field', () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'sd' }), { target: { value: '0' } });
    expect(screen.getByRole('alert')).toHaveTextContent('sd must be greater than 0');
  });

  it('moving the slider updates the field', () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole('slider', { name: 'sd' }), { target: { value: '3.2' } });
    expect(screen.getByRole('spinbutton', { name: 'sd' })).toHaveValue('3.2');
  });

  it('ArrowUp steps the value', () => {
    render(<Harness initial={1} />);
    fireEvent.keyDown(screen.getByRole('spinbutton', { name: 'sd' }), { key: 'ArrowUp' });
    expect(screen.getByLabelText('committed')).toHaveTextContent('1.1');
  });
});
