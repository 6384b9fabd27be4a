/** Plain data the scene draws, derived from the store's result (tested without WebGL). */
import type { LinalgResult } from '../../stores/linalg/store';
import { fmt, sub } from './format';

export interface EigenDirection {
  /** Unit direction, padded to 3 coordinates. */
  dir: [number, number, number];
  text: string;
}

/**
 * One line per real eigen-direction. A defective matrix repeats its eigenvector (core convention):
 * repeated directions are drawn once, labelled with every λ that shares them.
 */
export function eigenDirections(result: LinalgResult): EigenDirection[] {
  const out: { dir: [number, number, number]; names: string[] }[] = [];
  result.pairs.forEach((p, k) => {
    if (p.value[1] !== 0) return;
    const d: [number, number, number] = [p.re[0] ?? 0, p.re[1] ?? 0, p.re[2] ?? 0];
    const len = Math.hypot(...d);
    if (!(len > 1e-12)) return;
    const unit = d.map((x) => x / len) as [number, number, number];
    const name = `λ${sub(k + 1)} = ${fmt(p.value[0], 3)}`;
    const same = out.find(
      (o) => Math.abs(o.dir[0] * unit[0] + o.dir[1] * unit[1] + o.dir[2] * unit[2]) > 1 - 1e-9,
    );
    if (same) same.names.push(name);
    else out.push({ dir: unit, names: [name] });
  });
  return out.map((o) => ({ dir: o.dir, text: o.names.join(', ') }));
}
