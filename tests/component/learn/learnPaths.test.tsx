// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { LEARNING_PATHS } from '../../../src/app/learningPaths';
import { PathBar } from '../../../src/app/PathBar';
import { usePathStore } from '../../../src/app/pathStore';
import { LearningPaths } from '../../../src/pages/LearningPaths';
import { useProgressStore } from '../../../src/stores/progressStore';
import { useLearnUi } from '../../../src/ui/learn/learnUiStore';

beforeEach(() => {
  window.localStorage.clear();
  for (const page of ['linear-algebra', 'calculus', 'probability', 'machine-learning'])
    useProgressStore.getState().resetPage(page);
  usePathStore.setState({ active: null, visited: {} });
  useLearnUi.setState({ drafts: {}, focus: null });
});

describe('learning paths: an ending and progress', () => {
  it('the last step offers "Finish the path"; the summary lists what was covered, solved and tried, and links to the next path', () => {
    const beginner = LEARNING_PATHS[0];
    const last = beginner.steps.length - 1;
    const { recordAttempt } = useProgressStore.getState();
    recordAttempt('calculus/gd-20-steps', false);
    recordAttempt('calculus/gd-20-steps', true);
    useProgressStore.getState().recordHints('calculus/gd-20-steps', 1);
    usePathStore.getState().open('beginner', last, false);
    render(<PathBar />);
    const bar = screen.getByRole('navigation', { name: 'Learning path' });
    expect(within(bar).queryByRole('button', { name: 'Next step' })).toBeNull();
    fireEvent.click(within(bar).getByRole('button', { name: 'Finish the path' }));

    const summary = within(bar).getByRole('region', { name: 'Beginner path: done' });
    for (const s of beginner.steps) expect(summary.textContent).toContain(s.title);
    const exercises = beginner.steps.filter((s) => s.exercise).length;
    expect(within(summary).getByLabelText('path results').textContent).toBe(
      `1 of ${exercises} exercises solved · 2 attempts · 1 hint · 1 of ${beginner.steps.length} steps opened.`,
    );
    const next = within(summary).getByRole('link', { name: 'Start the intermediate path' });
    expect(next.getAttribute('href')).toBe(`#${LEARNING_PATHS[1].steps[0].route}`);
    fireEvent.click(next);
    expect(usePathStore.getState().active).toEqual({ path: 'intermediate', step: 0 });
    expect(within(bar).getByText(/Intermediate path · step 1 of/)).toBeTruthy();
  });

  it('the advanced path ends with a way back to the beginning, not a dead end', () => {
    const advanced = LEARNING_PATHS[2];
    usePathStore.getState().open('advanced', advanced.steps.length - 1, false);
    usePathStore.getState().finish();
    render(<PathBar />);
    expect(screen.getByRole('link', { name: 'Review from the beginner path' })).toBeTruthy();
  });

  it('the home page shows each path’s progress', () => {
    useProgressStore.getState().recordAttempt('linear-algebra/det-zero', true);
    usePathStore.getState().open('beginner', 1, false);
    render(<LearningPaths />);
    const exercises = LEARNING_PATHS[0].steps.filter((s) => s.exercise).length;
    expect(screen.getByLabelText('Beginner path progress').textContent).toBe(
      `1 of ${exercises} exercises solved · 1 of ${LEARNING_PATHS[0].steps.length} steps opened · 1 attempt`,
    );
    expect(screen.getByLabelText('Intermediate path progress').textContent).toMatch(
      /^0 of \d+ exercises solved · 0 of/,
    );
    expect(screen.getByRole('button', { name: 'Resume the beginner path' })).toBeTruthy();
  });

  it('opening a path step keeps the typed answers and opens the Exercises panel on the step’s page', () => {
    useLearnUi.getState().setDraft('calculus/gd-20-steps', { texts: ['0.1', '0.2'], choice: null });
    usePathStore.getState().open('beginner', 2, false);
    const ui = useLearnUi.getState();
    expect(ui.drafts['calculus/gd-20-steps'].texts).toEqual(['0.1', '0.2']);
    expect(ui.page).toBe('calculus');
    expect(ui.open.exercises).toBe(true);
  });
});
