// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { choice } from '../../src/stores/view';
import { FieldSelect } from '../../src/ui/FieldSelect';

describe('FieldSelect', () => {
  it('names the select after the declared field, offers its choices with their words, and reports a pick', () => {
    const field = choice(['sgd', 'adam'] as const, { default: 'sgd', label: 'optimizer' });
    const onChange = vi.fn();
    render(
      <FieldSelect
        field={field}
        value={'sgd' as 'sgd' | 'adam'}
        labels={{ adam: 'Adam' }}
        onChange={onChange}
        caption="the optimizer"
      />,
    );
    const select = screen.getByRole('combobox', { name: 'optimizer' });
    expect([...(select as HTMLSelectElement).options].map((o) => [o.value, o.text])).toEqual([
      ['sgd', 'sgd'],
      ['adam', 'Adam'],
    ]);
    expect(screen.getByText('the optimizer')).toBeTruthy();
    fireEvent.change(select, { target: { value: 'adam' } });
    expect(onChange).toHaveBeenCalledWith('adam');
  });
});
