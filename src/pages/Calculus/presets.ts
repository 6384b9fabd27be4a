import type { Vec2 } from '../../core';
import type { Domain } from '../../stores/calculus/view';

export interface Preset {
  name: string;
  fn: string;
  domain: Domain;
  start: Vec2;
  /** What the preset shows, for its tooltip. */
  about: string;
}

const square = (r: number): Domain => ({ xmin: -r, xmax: r, ymin: -r, ymax: r });

/** Classic test surfaces with domains that show their features and starts that make a race interesting. */
export const PRESETS: readonly Preset[] = [
  {
    name: 'bowl',
    fn: 'x^2 + y^2',
    domain: square(2),
    start: [1.5, 1.2],
    about: 'Round bowl: every method walks straight in.',
  },
  {
    name: 'ill-conditioned bowl',
    fn: 'x^2 + 20*y^2',
    domain: { xmin: -3, xmax: 3, ymin: -1.5, ymax: 1.5 },
    start: [-2.5, 1],
    about: 'Narrow valley (condition number 20): GD zig-zags, momentum cuts across.',
  },
  {
    name: 'Rosenbrock',
    fn: '(1 - x)^2 + 100*(y - x^2)^2',
    domain: { xmin: -2, xmax: 2, ymin: -1, ymax: 3 },
    start: [-1.5, 2],
    about: 'Curved banana valley with its minimum at (1, 1).',
  },
  {
    name: 'Himmelblau',
    fn: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    domain: square(5),
    start: [-0.5, 0.5],
    about: 'Four equal minima around a central maximum.',
  },
  {
    name: 'Beale',
    fn: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
    domain: square(4.5),
    start: [1, 1.4],
    about: 'Flat plateau with steep walls; minimum at (3, 0.5).',
  },
  {
    name: 'saddle',
    fn: 'x^2 - y^2',
    domain: square(2),
    start: [-1.8, 0.01],
    about: 'A saddle: start almost on the ridge and see who escapes (f is unbounded below).',
  },
  {
    name: 'six-hump camel',
    fn: '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
    domain: { xmin: -2, xmax: 2, ymin: -1.2, ymax: 1.2 },
    start: [-1.6, 0.9],
    about: 'Six local minima, two of them global.',
  },
  {
    name: 'plateau',
    fn: '1 - exp(-(x^2 + y^2)/2)',
    domain: square(4),
    start: [3, 2.5],
    about: 'A flat plateau around a well: tiny gradients stall GD while Adam escapes.',
  },
  {
    name: 'Rastrigin',
    fn: '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
    domain: square(5.12),
    start: [3.2, -2.7],
    about: 'Many regularly spaced local minima on a bowl.',
  },
  {
    name: 'Booth',
    fn: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
    domain: square(10),
    start: [-8, 8],
    about: 'A tilted quadratic bowl with its minimum at (1, 3).',
  },
];
