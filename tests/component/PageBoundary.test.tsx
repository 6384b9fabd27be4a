// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { PageBoundary } from '../../src/app/PageBoundary';

let fail = true;
function Fragile() {
  if (fail) throw new Error('boom in render');
  return <p>page content</p>;
}

describe('<PageBoundary>', () => {
  it('a page that throws while rendering shows what failed and a way on, not a blank app', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <PageBoundary>
        <Fragile />
      </PageBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This page stopped working');
    expect(screen.getByRole('alert')).toHaveTextContent('boom in render');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('page content')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
