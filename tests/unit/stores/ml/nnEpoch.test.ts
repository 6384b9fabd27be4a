// A trained network is part of its view: the epoch training stopped at is written (once it stops), and a
// loaded link or deck scene trains the same network back to it. The worker is a fake that keeps one session
// the way the real one does (a new session key starts at epoch 0; training never goes back).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const worker = vi.hoisted(() => ({
  key: null as string | null,
  epoch: 0,
  calls: [] as string[],
}));

vi.mock('../../../../src/worker/client', () => {
  const api = {
    nnTrain(_id: number, req: { session: string; untilEpoch: number }) {
      if (worker.key !== req.session) {
        worker.key = req.session;
        worker.epoch = 0;
      }
      worker.epoch = Math.max(worker.epoch, req.untilEpoch);
      worker.calls.push(`train to ${req.untilEpoch}`);
      return Promise.resolve({ session: req.session, epoch: worker.epoch, picture: new Float32Array(0) });
    },
    nnReset() {
      worker.key = null;
      worker.calls.push('reset');
      return Promise.resolve();
    },
    nnStop: () => Promise.resolve(),
  };
  return {
    computeClient: () => ({
      run: (_kind: string, start: (a: typeof api, id: number, p?: unknown) => Promise<unknown>) =>
        start(api, 1, undefined),
      warm: () => undefined,
    }),
  };
});

const { useNnStore } = await import('../../../../src/stores/ml/nn/store');
const { nnView } = await import('../../../../src/stores/ml/nn/view');

const settle = () => new Promise((r) => setTimeout(r, 0));
const store = () => useNnStore.getState();

describe('the network’s epoch in its view', () => {
  beforeEach(async () => {
    store().loadView({ ...nnView.defaults, budget: 50 }, []);
    await settle();
    worker.calls = [];
  });

  it('training to the budget writes nn.epoch=50 once it stops; a link without it reads epoch 0', async () => {
    expect(nnView.encode(store().view)).not.toContain('epoch');
    store().train();
    await settle();
    expect(store().running).toBe(false);
    expect(store().view.epoch).toBe(50);
    expect(nnView.encode(store().view)).toContain('nn.epoch=50');
    expect(nnView.decode(new URLSearchParams('v=1&tab=nn')).view.epoch).toBe(0);
  });

  it('a loaded scene saved at epoch 30 trains its network back to epoch 30', async () => {
    const scene = nnView.decode(new URLSearchParams('v=1&tab=nn&nn.seed=7&nn.epoch=30')).view;
    store().loadView(scene, []);
    await settle();
    expect(worker.calls).toEqual(['train to 30']);
    expect(store().snapshot?.epoch).toBe(30);
    expect(store().view.epoch).toBe(30);
  });

  it('a scene at an earlier epoch of the network the worker holds starts it over (training never goes back)', async () => {
    store().train();
    await settle();
    store().loadView({ ...store().view, epoch: 20 }, []);
    await settle();
    await settle();
    expect(worker.calls).toEqual(['train to 50', 'reset', 'train to 20']);
    expect(store().snapshot?.epoch).toBe(20);
  });

  it('a new network (other layers) and Reset go back to epoch 0; a new learning rate keeps the epoch', async () => {
    store().train();
    await settle();
    store().set('lr', 0.1);
    expect(store().view.epoch).toBe(50);
    store().set('layers', 1);
    expect(store().view.epoch).toBe(0);
    await settle();
    store().train();
    await settle();
    expect(store().view.epoch).toBe(50);
    store().reset();
    expect(store().view.epoch).toBe(0);
  });
});
