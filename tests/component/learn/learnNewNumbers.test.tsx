// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useProgressStore } from '../../../src/stores/progressStore';
import { ExercisePanel } from '../../../src/ui/learn/ExercisePanel';
import { useLearnUi } from '../../../src/ui/learn/learnUiStore';
import type { Exercise } from '../../../src/ui/learn/types';
import { applyExerciseLink, exerciseLink, givens, readExerciseLink } from '../../../src/ui/learn/variants';

/** "What is a · b?" with a, b drawn from the seed; the key is the product of the drawn numbers. */
function product(a: number, b: number): Exercise {
  return {
    id: 'prod',
    title: 'Predict a product',
    prompt: (
      <p>
        What is {a} · {b}?
      </p>
    ),
    answer: {
      kind: 'number',
      label: 'product',
      check: (x) => ({ ok: Math.abs(x - a * b) < 1e-9, why: `${a} · ${b} = ${a * b}.` }),
      key: { expected: () => [a * b] },
    },
    hint: 'Multiply.',
    solution: <p>It is {a * b}.</p>,
    applySolution: () => undefined,
    variant(seed) {
      const g = givens(seed, 'prod');
      return product(g.int(2, 9), g.int(11, 19));
    },
  };
}

function Panel() {
  const p = useProgressStore();
  return <ExercisePanel page="test" exercises={[product(3, 1.5)]} progress={p} />;
}

beforeEach(() => {
  Element.prototype.scrollIntoView = () => undefined; // jsdom has none; the focused card scrolls into view
  window.localStorage.clear();
  useProgressStore.getState().resetPage('test');
  useLearnUi.setState({ drafts: {}, focus: null, seeds: {} });
  window.location.hash = '#/test?v=1&x=2';
});

describe('"New numbers"', () => {
  it('gives a seeded instance with a link that reproduces it, clears the typed answer and the three tries', () => {
    render(<Panel />);
    const card = screen.getByRole('article', { name: 'Predict a product' });
    expect(card.textContent).toContain('What is 3 · 1.5?');
    const box = within(card).getByRole('textbox', { name: 'Predict a product: product' });
    for (const v of ['1', '2', '3']) {
      fireEvent.change(box, { target: { value: v } });
      fireEvent.click(within(card).getByRole('button', { name: 'Check' }));
    }
    expect(card.textContent).toContain('It is 4.5'); // the third wrong try shows the solution
    fireEvent.change(box, { target: { value: '7' } });

    fireEvent.click(within(card).getByRole('button', { name: 'New numbers' }));
    const seed = useLearnUi.getState().seeds['test/prod'];
    expect(seed).toBeGreaterThanOrEqual(1);
    expect(card.textContent).not.toContain('3 · 1.5');
    expect(card.textContent).not.toContain('It is'); // the solution of the old numbers is gone
    expect((box as HTMLInputElement).value).toBe('');
    const rec = useProgressStore.getState().records['test/prod'];
    expect(rec).toMatchObject({ attempts: 3, wrong: 0, revealed: false });

    // The answer key comes from the seeded numbers.
    const m = /What is (\d+) · (\d+)\?/.exec(card.textContent ?? '')!;
    const right = String(Number(m[1]) * Number(m[2]));
    fireEvent.change(box, { target: { value: right } });
    fireEvent.click(within(card).getByRole('button', { name: 'Check' }));
    expect(within(card).getByRole('status').textContent).toMatch(/^Correct/);

    const link = within(card).getByRole('link', { name: `Link to these numbers (seed ${seed})` });
    const href = link.getAttribute('href')!;
    expect(readExerciseLink(href)).toEqual({ id: 'test/prod', seed });
    expect(href).toContain('v=1&x=2'); // the page's own view stays in the link

    // Opening the link elsewhere gives the same numbers.
    const text = card.textContent;
    act(() => useLearnUi.setState({ seeds: {} }));
    expect(screen.getByRole('article', { name: /^Predict a product/ }).textContent).toContain('3 · 1.5');
    act(() => applyExerciseLink(href));
    expect(useLearnUi.getState().seeds['test/prod']).toBe(seed);
    expect(useLearnUi.getState().focus).toBe('test/prod');
    expect(screen.getByRole('article', { name: /^Predict a product/ }).textContent).toContain(m[0]);
    expect(text).toContain(m[0]);
  });

  it("an instance whose givens are the page's settings sets the page up once when chosen (button or link); a conceptual exercise has no button", () => {
    const setUps: number[] = [];
    function withPage(a: number): Exercise {
      return {
        ...product(a, 2),
        id: 'page',
        title: 'On the page',
        setUp: () => setUps.push(a),
        variant: (seed) => withPage(givens(seed, 'page').int(2, 9)),
      };
    }
    const plain: Exercise = { ...product(2, 2), id: 'why', title: 'Why', variant: undefined };
    const exercises = [withPage(3), plain];
    function Two() {
      const p = useProgressStore();
      return <ExercisePanel page="test" exercises={exercises} progress={p} />;
    }
    const { rerender } = render(<Two />);
    expect(setUps).toEqual([]); // the numbers as written are the page's own: nothing is set
    const card = screen.getByRole('article', { name: 'On the page' });
    fireEvent.click(within(card).getByRole('button', { name: 'New numbers' }));
    expect(setUps).toHaveLength(1);
    const shown = Number(/What is (\d+) ·/.exec(card.textContent ?? '')![1]);
    expect(setUps[0]).toBe(shown); // the page gets the instance's own givens
    rerender(<Two />);
    expect(setUps).toHaveLength(1); // once, not on every render
    const seed = useLearnUi.getState().seeds['test/page'];
    act(() => useLearnUi.setState({ seeds: {} }));
    act(() => applyExerciseLink(`#/test?ex=test/page&ex.seed=${seed + 1}`));
    expect(setUps).toHaveLength(2);
    expect(
      within(screen.getByRole('article', { name: 'Why' })).queryByRole('button', { name: 'New numbers' }),
    ).toBeNull();
  });

  it('reads only well-formed links for the page they are on', () => {
    expect(readExerciseLink(exerciseLink('#/calculus?v=1', 'calculus/gd-20-steps', 42))).toEqual({
      id: 'calculus/gd-20-steps',
      seed: 42,
    });
    expect(readExerciseLink('#/calculus?ex=probability/x&ex.seed=4')).toBeNull();
    expect(readExerciseLink('#/calculus?ex=calculus/a&ex.seed=-4')).toEqual({ id: 'calculus/a', seed: null });
    expect(readExerciseLink('#/calculus?ex=calculus/a&ex.seed=99999999999')).toEqual({
      id: 'calculus/a',
      seed: null,
    });
    expect(readExerciseLink('#/calculus?ex=<script>')).toBeNull();
  });
});
