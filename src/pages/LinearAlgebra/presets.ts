/** The matrix editor's presets, for 2×2 and 3×3 (3D rotations turn about the z axis). */
import { createRng, type Matrix } from '../../core';
import type { Dim } from '../../stores/linalg/view';

export type PresetName =
  'identity' | 'rotation' | 'shear' | 'scale' | 'reflection' | 'projection' | 'singular' | 'random';

export const PRESETS: { name: PresetName; label: string; hint: string }[] = [
  { name: 'identity', label: 'Identity', hint: 'leaves every vector where it is' },
  { name: 'rotation', label: 'Rotation', hint: 'rotation by θ (about the z axis in 3D)' },
  { name: 'shear', label: 'Shear', hint: 'slides the plane along the x axis' },
  { name: 'scale', label: 'Scale', hint: 'stretches along the axes' },
  { name: 'reflection', label: 'Reflection', hint: 'mirrors across the x axis (the xy plane in 3D)' },
  { name: 'projection', label: 'Projection', hint: 'projects onto the line y = x (the xy plane in 3D)' },
  { name: 'singular', label: 'Singular', hint: 'dependent columns: space collapses' },
  { name: 'random', label: 'Random', hint: 'entries drawn uniformly from [−2, 2]' },
];

const fromRows = (dim: Dim, two: Matrix, three: Matrix): Matrix => (dim === 2 ? two : three);

/** The preset matrix; `theta` in degrees for the rotation, `seed` for the random one. */
export function presetMatrix(name: PresetName, dim: Dim, theta: number, seed: number): Matrix {
  const r = (theta * Math.PI) / 180;
  const [c, s] = [Math.cos(r), Math.sin(r)];
  switch (name) {
    case 'identity':
      return Array.from({ length: dim }, (_, i) => Array.from({ length: dim }, (_, j) => (i === j ? 1 : 0)));
    case 'rotation':
      return fromRows(
        dim,
        [
          [c, -s],
          [s, c],
        ],
        [
          [c, -s, 0],
          [s, c, 0],
          [0, 0, 1],
        ],
      );
    case 'shear':
      return fromRows(
        dim,
        [
          [1, 1],
          [0, 1],
        ],
        [
          [1, 1, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
      );
    case 'scale':
      return fromRows(
        dim,
        [
          [2, 0],
          [0, 0.5],
        ],
        [
          [2, 0, 0],
          [0, 0.5, 0],
          [0, 0, 1.5],
        ],
      );
    case 'reflection':
      return fromRows(
        dim,
        [
          [1, 0],
          [0, -1],
        ],
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, -1],
        ],
      );
    case 'projection':
      return fromRows(
        dim,
        [
          [0.5, 0.5],
          [0.5, 0.5],
        ],
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 0],
        ],
      );
    case 'singular':
      return fromRows(
        dim,
        [
          [1, 2],
          [2, 4],
        ],
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      );
    case 'random': {
      const rng = createRng(seed);
      // Two decimals, so the entries read well in the fields and the link.
      return Array.from({ length: dim }, () =>
        Array.from({ length: dim }, () => Math.round((rng.next() * 4 - 2) * 100) / 100 + 0),
      );
    }
  }
}
