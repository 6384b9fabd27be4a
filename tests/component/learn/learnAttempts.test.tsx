// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useProgressStore } from '../../../src/stores/progressStore';
import { ExercisePanel } from '../../../src/ui/learn/ExercisePanel';
import { useLearnUi } from '../../../src/ui/learn/learnUiStore';
import type { Exercise } from '../../../src/ui/learn/types';

const ANSWER = 4.5;
const near = (x: number) => Math.abs(x - ANSWER) <= 1e-3 * ANSWER;

function makeExercises(reveal = vi.fn(), applySolution = vi.fn()): Exercise[] {
  return [
    {
      id: 'num',
      title: 'Predict a number',
      prompt: <p>What is 3 · 1.5?</p>,
      answer: {
        kind: 'number',
        label: 'product',
        check: (x) => ({ ok: near(x), why: `3 · 1.5 = ${ANSWER}, you said ${x}.` }),
        key: { expected: () => [ANSWER] },
      },
      hint: 'First hint: multiply.',
      moreHints: ['Second hint: 3 · 1.5 = 3 + 1.5.'],
      solution: <p>The product is the area.</p>,
      applySolution,
      reveal,
    },
    {
      id: 'pair',
      title: 'Predict a pair',
      prompt: <p>Two numbers.</p>,
      answer: {
        kind: 'pair',
        labels: ['first', 'second'],
        check: (a, b) => ({ ok: a === 1 && b === -2, why: 'they are 1 and −2.' }),
        key: { expected: () => [1, -2] },
      },
      hint: 'The first is one.',
      solution: <p>1 and −2.</p>,
      applySolution: () => undefined,
    },
  ];
}

const progress = () => useProgressStore.getState();

function Panel({ exercises }: { exercises: Exercise[] }) {
  const p = useProgressStore();
  return <ExercisePanel page="test" exercises={exercises} progress={p} />;
}

function answer(card: HTMLElement, label: string, value: string) {
  fireEvent.change(within(card).getByRole('textbox', { name: label }), { target: { value } });
  fireEvent.click(within(card).getByRole('button', { name: 'Check' }));
  return within(card).getByRole('status').textContent ?? '';
}

beforeEach(() => {
  window.localStorage.clear();
  progress().resetPage('test');
  useLearnUi.setState({ drafts: {}, focus: null });
});

describe('attempts before answers', () => {
  it('a wrong answer says too high / too low and gives the hints, never the value; the third shows it', () => {
    const reveal = vi.fn();
    render(<Panel exercises={makeExercises(reveal)} />);
    const card = screen.getByRole('article', { name: 'Predict a number' });
    const label = 'Predict a number: product';

    const first = answer(card, label, '9');
    expect(first).toMatch(/^Not yet: too high\./);
    expect(first).not.toContain('4.5');
    expect(card.textContent).toContain('First hint: multiply.');
    expect(card.textContent).not.toContain('Second hint');
    expect(card.textContent).not.toContain('The product is the area');
    expect(reveal).not.toHaveBeenCalled();

    const second = answer(card, label, '2.25');
    expect(second).toMatch(/^Not yet: too low\./);
    expect(second).not.toContain('4.5');
    expect(card.textContent).toContain('Second hint');
    expect(card.textContent).not.toContain('4.5');
    expect(reveal).not.toHaveBeenCalled();

    const third = answer(card, label, '-4.5');
    expect(third).toMatch(/^Not yet: 3 · 1.5 = 4.5/);
    expect(card.textContent).toContain('The product is the area');
    expect(reveal).toHaveBeenCalledTimes(1);

    expect(progress().records['test/num']).toEqual({
      attempts: 3,
      wrong: 3,
      hints: 2,
      revealed: true,
      solved: false,
    });
    expect(screen.getByLabelText('exercise progress').textContent).toMatch(
      /^0 of 2 solved · 3 attempts · 2 hints/,
    );
  });

  it('a pair is told which part is wrong', () => {
    render(<Panel exercises={makeExercises()} />);
    const card = screen.getByRole('article', { name: 'Predict a pair' });
    fireEvent.change(within(card).getByRole('textbox', { name: 'Predict a pair: first' }), {
      target: { value: '1' },
    });
    const said = answer(card, 'Predict a pair: second', '2');
    expect(said).toMatch(/^Not yet: first looks right; second is too high\./);
    expect(said).not.toContain('−2');
  });

  it('"Show solution" reveals at once; a right answer is Correct, solved and recorded; Reset forgets it all', () => {
    const apply = vi.fn();
    const reveal = vi.fn();
    render(<Panel exercises={makeExercises(reveal, apply)} />);
    const card = screen.getByRole('article', { name: 'Predict a number' });
    expect(answer(card, 'Predict a number: product', '5')).toMatch(/^Not yet: too high/);
    fireEvent.click(within(card).getByRole('button', { name: 'Show solution' }));
    expect(apply).toHaveBeenCalledTimes(1);
    expect(card.textContent).toContain('The product is the area');
    expect(answer(card, 'Predict a number: product', '4.5')).toMatch(/^Correct: 3 · 1.5 = 4.5/);
    expect(reveal).toHaveBeenCalledTimes(1);
    expect(progress().records['test/num']).toMatchObject({
      attempts: 2,
      wrong: 1,
      solved: true,
      revealed: true,
    });
    expect(within(card).getByLabelText('solved')).toBeTruthy();
    expect(JSON.parse(window.localStorage.getItem('mfml-progress-v2')!)['test/num'].solved).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Reset progress' }));
    expect(progress().records['test/num']).toBeUndefined();
    expect(card.textContent).not.toContain('The product is the area');
    expect(within(card).queryByLabelText('solved')).toBeNull();
    expect(screen.getByLabelText('exercise progress').textContent).toMatch(/^0 of 2 solved · 0 attempts/);
  });

  it('an unreadable answer is not counted as an attempt; typed answers survive a remount', () => {
    const exercises = makeExercises();
    const { unmount } = render(<Panel exercises={exercises} />);
    const card = screen.getByRole('article', { name: 'Predict a number' });
    expect(answer(card, 'Predict a number: product', 'abc')).toMatch(/^Not yet: type a number/);
    expect(progress().records['test/num']).toBeUndefined();
    fireEvent.change(within(card).getByRole('textbox', { name: 'Predict a number: product' }), {
      target: { value: '4.4' },
    });
    unmount();
    render(<Panel exercises={exercises} />);
    expect(
      (screen.getByRole('textbox', { name: 'Predict a number: product' }) as HTMLInputElement).value,
    ).toBe('4.4');
  });

  it('progress of the first version (a list of solved ids) is read into the records', async () => {
    window.localStorage.clear();
    window.localStorage.setItem('mfml-progress-v1', JSON.stringify(['test/num', 7]));
    const { reloadProgress } = await import('../../../src/stores/progressStore');
    reloadProgress();
    expect(progress().solved).toEqual(['test/num']);
    expect(progress().records['test/num']).toMatchObject({ solved: true, attempts: 0 });
  });
});
