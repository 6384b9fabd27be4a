// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import {
  SceneOptionsFields,
  sceneOptionsOf,
  type SceneOptionValues,
} from '../../../src/app/deck/SceneOptions';

let last: SceneOptionValues | null = null;
function Harness({ stage }: { stage: 'figure' | 'page' }) {
  const [v, setV] = useState(() =>
    sceneOptionsOf({ hash: '#/machine-learning?v=1&tab=nn', title: '', note: '', stage }),
  );
  last = v;
  return <SceneOptionsFields value={v} onChange={setV} />;
}

describe('scene options: which figures are on stage and how they are arranged', () => {
  it('a staged scene chooses the main figure alone or with its companions, and their arrangement', () => {
    render(<Harness stage="figure" />);
    const figures = screen.getByRole('combobox', { name: 'Figures on stage' });
    const layout = screen.getByRole('combobox', { name: 'Arrangement of the figures' });
    expect((figures as HTMLSelectElement).value).toBe('all');
    fireEvent.change(layout, { target: { value: 'stacked' } });
    expect(last?.layout).toBe('stacked');
    fireEvent.change(figures, { target: { value: 'main' } });
    expect(last?.panels).toBe('main');
    // One figure has nothing to arrange.
    expect(screen.queryByRole('combobox', { name: 'Arrangement of the figures' })).toBeNull();
  });
  it('a scene showing the whole page has no figure choice', () => {
    render(<Harness stage="page" />);
    expect(screen.queryByRole('combobox', { name: 'Figures on stage' })).toBeNull();
  });
});
