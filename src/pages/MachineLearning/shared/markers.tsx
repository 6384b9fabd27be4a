/**
 * One marker shape per class (circle, square, triangle, diamond, cross), so classes are told apart without
 * colour on a washed-out projector or by a colour-blind student.
 */
const SHAPES = [
  'M4,0A4,4 0 1 1 -4,0A4,4 0 1 1 4,0Z',
  'M-3.6,-3.6H3.6V3.6H-3.6Z',
  'M0,-4.6L4.2,3.4H-4.2Z',
  'M0,-4.8L4.8,0L0,4.8L-4.8,0Z',
  'M-4,-1.4H-1.4V-4H1.4V-1.4H4V1.4H1.4V4H-1.4V1.4H-4Z',
];

export const MARKER_NAMES = ['circle', 'square', 'triangle', 'diamond', 'cross'];

export function MarkerPath({
  kind,
  className,
  fill,
  stroke,
  dataIndex,
}: {
  kind: number;
  className?: string;
  fill: string;
  stroke: string;
  dataIndex?: number;
}) {
  return (
    <path
      d={SHAPES[Math.abs(Math.trunc(kind)) % SHAPES.length]}
      className={className}
      fill={fill}
      stroke={stroke}
      data-index={dataIndex}
    />
  );
}

/** A class's marker in its colour beside its number and shape name (the text keeps the page's contrast). */
export function ClassKey({ k, color }: { k: number; color: string }) {
  return (
    <span className="class-key">
      <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
        <MarkerPath kind={k} fill={color} stroke={color} />
      </svg>
      {k} ({MARKER_NAMES[k % MARKER_NAMES.length]})
    </span>
  );
}
