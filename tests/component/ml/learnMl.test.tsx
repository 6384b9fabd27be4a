// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';

// No worker in jsdom: jobs never answer, which leaves the tab paused at epoch 0 as it opens.
vi.mock('../../../src/worker/client', () => ({
  computeClient: () => ({ run: () => new Promise(() => undefined), warm: () => undefined }),
}));

const { default: MachineLearningPage } = await import('../../../src/pages/MachineLearning');
const { useNnStore } = await import('../../../src/stores/ml/nn/store');
const { nnView } = await import('../../../src/stores/ml/nn/view');
const { useLearnUi } = await import('../../../src/ui/learn/learnUiStore');
const { useProgressStore } = await import('../../../src/stores/progressStore');

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

beforeEach(() => {
  window.history.replaceState(null, '', '#/machine-learning?v=1&tab=nn');
  useNnStore.getState().loadView(nnView.defaults, []);
  useLearnUi.setState({ open: { theory: false, exercises: false, code: false }, focus: null });
  useProgressStore.getState().resetPage('machine-learning');
});

describe('<MachineLearningPage> learning layer', () => {
  it('Theory shows the tab’s network: 2 → 4 → 4 → 1, 37 parameters, binary cross-entropy; never NaN', () => {
    render(<MachineLearningPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Theory' }));
    const theory = screen.getByRole('region', { name: 'Theory' });
    expect(theory.textContent).toContain('2 → 4 → 4 → 1 units, 37 parameters, trained on 250 points');
    expect(within(theory).getByText('Binary cross-entropy (sigmoid output, 2 classes)')).toBeTruthy();
    expect(theory.textContent).not.toMatch(/NaN/);
  });

  it('Theory follows the view: softmax cross-entropy on 3 blobs, and Adam’s rule', () => {
    render(<MachineLearningPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Theory' }));
    act(() => {
      useNnStore.getState().set('data', 'blobs3');
      useNnStore.getState().set('optimizer', 'adam');
    });
    const theory = screen.getByRole('region', { name: 'Theory' });
    expect(within(theory).getByText('Cross-entropy (softmax output, K classes)')).toBeTruthy();
    expect(theory.textContent).toContain('2 → 4 → 4 → 3 units');
    expect(theory.textContent).toContain('0.999'); // Adam's β₂, written only in its rule
  });

  it('Code shows the NumPy and PyTorch script of the view with the seed’s weights and 200 epochs', () => {
    render(<MachineLearningPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Code' }));
    const code = screen.getByLabelText('Python code').textContent ?? '';
    expect(code).toContain('import numpy as np');
    expect(code).toContain('initMlp(seed=1)');
    expect(code).toContain('epochs = 200');
    expect(code).toContain('torch.optim.SGD');
    expect(code).not.toMatch(/NaN|undefined/);
  });

  it('Exercises: six cards; the parameter count typed and checked with the keyboard is Correct and kept', () => {
    render(<MachineLearningPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Exercises' }));
    const panel = screen.getByRole('region', { name: 'Exercises' });
    expect(within(panel).getAllByRole('article')).toHaveLength(6);
    const field = within(panel).getByLabelText('How many numbers does the network learn?: parameters');
    fireEvent.change(field, { target: { value: '37' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    const card = field.closest('article')!;
    expect(within(card).getByRole('status').textContent).toMatch(/^Correct/);
    expect(useProgressStore.getState().solved).toContain('machine-learning/parameter-count');
    expect(within(panel).getByLabelText('exercise progress').textContent).toMatch(/^1 of 6 solved/);
  });

  it('a live task checked at the defaults says Not yet with what to do', () => {
    render(<MachineLearningPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Exercises' }));
    const title = screen.getByRole('heading', { name: 'Make XOR learnable with the fewest units' });
    const card = title.closest('article')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Check the page' }));
    expect(within(card).getByRole('status').textContent).toMatch(/^Not yet: choose the XOR data set/);
  });
});
