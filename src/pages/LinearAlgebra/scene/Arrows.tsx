import { useMemo } from 'react';
import type { Vector3 } from 'three';
import type { Dim } from '../../../stores/linalg/view';
import { Arrow } from './Arrow';
import type { SceneColors } from './colors';
import { frame } from './frame';
import { useLabel, type LabelSource } from './Labels';

const HIDDEN: LabelSource = () => null;

/** Column c of the frame's matrix: the image of the c-th standard basis vector. */
const column = (c: number) => (out: Vector3) => {
  out.set(frame.m[c], frame.m[3 + c], frame.m[6 + c]);
  return true;
};

/** Moves a label anchor a little beyond the tip of the arrow to `out`. */
function beyond(out: Vector3, gap = 0.3): boolean {
  const len = out.length();
  if (!(len > 1e-9)) return false;
  out.multiplyScalar(1 + gap / len);
  return true;
}

/** Images of î, ĵ (k̂): the columns of the matrix on screen. */
export function BasisArrows({
  dim,
  colors,
  names,
}: {
  dim: Dim;
  colors: SceneColors;
  names: readonly string[];
}) {
  const tips = useMemo(() => [column(0), column(1), column(2)], []);
  const labels = useMemo(
    () =>
      tips.map(
        (tip, c): LabelSource =>
          (out) =>
            tip(out) && beyond(out) ? names[c] : null,
      ),
    [tips, names],
  );
  useLabel('i', labels[0]);
  useLabel('j', labels[1]);
  useLabel('k', dim === 3 ? labels[2] : HIDDEN);
  const palette = [colors.i, colors.j, colors.k];
  return (
    <group name="basis-arrows">
      {tips.slice(0, dim).map((tip, c) => (
        <Arrow key={c} to={tip} color={palette[c]} />
      ))}
    </group>
  );
}

const vTip = (out: Vector3): boolean => {
  const v = frame.view.v;
  out.set(v[0], v[1], v[2] ?? 0);
  return true;
};

const avTip = (out: Vector3): boolean => {
  vTip(out);
  const { x, y, z } = out;
  const m = frame.m;
  out.set(m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z, m[6] * x + m[7] * y + m[8] * z);
  return true;
};

function avName(): string {
  const { mode } = frame.view;
  const t = frame.t;
  if (mode === 'compose') return t === 1 ? 'ABv' : t === 0.5 ? 'Bv' : 'M(t)v';
  return t === 1 ? 'Av' : 'M(t)v';
}

const vLabel: LabelSource = (out) => (vTip(out) && beyond(out, 0.25) ? 'v' : null);
const avLabel: LabelSource = (out) => (avTip(out) && beyond(out, 0.3) ? avName() : null);

/** The vector v and its image M(t)v. */
export function VectorArrows({ colors, image = true }: { colors: SceneColors; image?: boolean }) {
  useLabel('v', vLabel);
  useLabel('av', image ? avLabel : HIDDEN);
  return (
    <group name="vector-arrows">
      <Arrow to={vTip} color={colors.v} radius={0.03} />
      {image && <Arrow to={avTip} color={colors.av} radius={0.03} />}
    </group>
  );
}
