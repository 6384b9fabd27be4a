/**
 * The Gaussians tab: `v=1&tab=gaussians&gau.mx=0&gau.my=0&gau.sx=1&gau.sy=1.5&gau.rho=0.6&gau.y0=1&…`.
 * Σ is set by the two standard deviations and the correlation, Σ = [[σx², ρσxσy], [ρσxσy, σy²]], which keeps it
 * positive definite for |ρ| < 1. The sum/product section has two normals of its own.
 */
import { defineView, flag, number, seed, type ViewOf } from '../../view';

const mean = (key: string, label: string, d: number) =>
  number({ key, label, default: d, min: -3, max: 3, step: 0.1 });
const sd = (key: string, label: string, d: number) =>
  number({ key, label, default: d, min: 0.2, max: 3, step: 0.05 });

const fields = {
  mx: mean('mx', 'mean x', 0),
  my: mean('my', 'mean y', 0),
  sx: sd('sx', 'sd x', 1),
  sy: sd('sy', 'sd y', 1.5),
  rho: number({ key: 'rho', label: 'correlation', default: 0.6, min: -0.95, max: 0.95, step: 0.05 }),
  y0: number({ key: 'y0', label: 'condition y0', default: 1, min: -6, max: 6, step: 0.05 }),
  samples: flag({ key: 'samples', label: 'show samples', default: true }),
  seed: seed({ key: 'seed', default: 1 }),
  m1: mean('m1', 'first mean', -1),
  s1: sd('s1', 'first sd', 1),
  m2: mean('m2', 'second mean', 1.5),
  s2: sd('s2', 'second sd', 0.7),
};

export const gaussiansView = defineView({ path: '/probability', tab: 'gaussians', prefix: 'gau.', fields });
export type GaussiansView = ViewOf<typeof fields>;
export const gaussianFields = fields;

/** Σ from the view's standard deviations and correlation. */
export function covarianceOf(v: GaussiansView): [[number, number], [number, number]] {
  const c = v.rho * v.sx * v.sy;
  return [
    [v.sx * v.sx, c],
    [c, v.sy * v.sy],
  ];
}
