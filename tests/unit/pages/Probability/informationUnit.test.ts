import { describe, expect, it } from 'vitest';
import { entropyBits, klBits, mutualInformation } from '../../../../src/core';
import { informationPython, probabilityCode } from '../../../../src/pages/Probability/learn/python';
import { informationTex } from '../../../../src/pages/Probability/learn/theoryTex';
import { informationView } from '../../../../src/stores/probability/information/view';
import { hasPython, pythonRuns, runPython } from '../../learn/python';

const hasScipy = hasPython && pythonRuns('import numpy, scipy.stats, scipy.integrate');

function printed(out: string, label: string): number[] {
  const line = out.split('\n').find((l) => l.startsWith(label + ' '));
  if (!line) throw new Error(`no line "${label}" in:\n${out}`);
  return line
    .slice(label.length)
    .split(/[\s,[\]]+/)
    .filter((t) => t !== '')
    .map(Number)
    .filter((v) => !Number.isNaN(v));
}

const rows = (v: typeof informationView.defaults) =>
  Array.from({ length: v.miRows }, (_, i) => v.joint.slice(i * v.miCols, (i + 1) * v.miCols));

describe('Entropy and KL: the Code panel and the Theory note follow the tab’s unit', () => {
  it('the script names and uses the unit; the note says it', () => {
    const nats = informationPython({ ...informationView.defaults, unit: 'nats' });
    expect(nats).toContain('base = np.e');
    expect(nats).toContain("print('KL(P||Q) nats'");
    expect(nats).not.toContain(' bits');
    const bits = informationPython(informationView.defaults);
    expect(bits).toContain('base = 2');
    expect(bits).toContain("print('mutual information bits'");
    const note = probabilityCode({
      tab: 'information',
      view: { ...informationView.defaults, unit: 'nats' },
    }).note;
    expect(note).toMatch(/in nats/);
  });

  it('the Theory formula: log₂ and bits, or ln and nats', () => {
    expect(informationTex(1, 0.5, 'bits')).toContain('\\log_2');
    expect(informationTex(1, 0.5, 'bits')).toContain('\\text{ bits}');
    const nats = informationTex(1, 0.5, 'nats');
    expect(nats).toContain('\\ln');
    expect(nats).not.toContain('\\log_2');
    expect(nats).toContain('\\text{ nats}');
  });

  for (const unit of ['bits', 'nats'] as const)
    it.skipIf(!hasScipy)(`the script prints the page’s numbers in ${unit}`, () => {
      const view = { ...informationView.defaults, unit };
      const out = runPython(informationPython(view));
      const k = unit === 'bits' ? 1 : Math.LN2;
      expect(printed(out, `H(P) ${unit}`)[0]).toBeCloseTo(entropyBits(view.p) * k, 12);
      expect(printed(out, `KL(P||Q) ${unit}`)[0]).toBeCloseTo(klBits(view.p, view.q) * k, 12);
      const mi = mutualInformation(rows(view), unit === 'bits' ? 2 : 'e');
      expect(printed(out, `mutual information ${unit}`)[0]).toBeCloseTo(mi.mi, 12);
      expect(printed(out, `Gaussian I(rho) ${unit}`)[0]).toBeCloseTo(
        (-0.5 * Math.log(1 - view.miRho ** 2)) / (unit === 'bits' ? Math.LN2 : 1),
        12,
      );
    });
});
