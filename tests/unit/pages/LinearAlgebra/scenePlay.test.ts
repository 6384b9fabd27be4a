import { beforeEach, describe, expect, it } from 'vitest';
import { playTransform } from '../../../../src/pages/LinearAlgebra/scenePlay';
import { useLinalgStore } from '../../../../src/stores/linalg/store';

beforeEach(() => {
  const s = useLinalgStore.getState();
  s.stopPlay(1);
});

describe('playTransform (the presenter playing a linear-algebra scene)', () => {
  it('a scene saved at t = 0.4, or a show paused there with K, plays on from 0.4 to 1', () => {
    useLinalgStore.getState().setT(0.4);
    playTransform();
    expect(useLinalgStore.getState().playing).toEqual({ from: 0.4, to: 1 });
  });

  it('at t = 1 (the whole matrix, the default) and at t = 0 it plays from the identity', () => {
    playTransform();
    expect(useLinalgStore.getState().playing).toEqual({ from: 0, to: 1 });
    useLinalgStore.getState().stopPlay(0);
    playTransform();
    expect(useLinalgStore.getState().playing).toEqual({ from: 0, to: 1 });
  });
});
