// Entropy, cross-entropy and KL against the NumPy/SciPy fixtures, to 1e-12 relative.
import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/information.json';
import { crossEntropyBits, entropyBits, klBits, normalKlNats } from '../../../../src/core/index';

const REL = 1e-12;

function expectRel(got: number, want: number): void {
  const err = Math.abs(got - want) / Math.max(Math.abs(want), Number.MIN_VALUE);
  expect(err, `${got} vs ${want}`).toBeLessThanOrEqual(REL);
}

describe('information fixtures', () => {
  for (const c of fixtures.discrete) {
    const tag = `p=[${c.p.join(', ')}], q=[${c.q.join(', ')}]`;
    it(`entropyBits(${JSON.stringify(c.p)}) = ${c.entropyBits}`, () => {
      expectRel(entropyBits(c.p), c.entropyBits);
    });
    it(`crossEntropyBits(${tag}) = ${c.crossEntropyBits}`, () => {
      expectRel(crossEntropyBits(c.p, c.q), c.crossEntropyBits);
    });
    it(`klBits(${tag}) = ${c.klBits}`, () => {
      expectRel(klBits(c.p, c.q), c.klBits);
    });
  }
  for (const c of fixtures.normalKL) {
    it(`normalKlNats(${JSON.stringify(c.p)}, ${JSON.stringify(c.q)}) = ${c.klNats}`, () => {
      expectRel(normalKlNats(c.p, c.q), c.klNats);
    });
  }
});
