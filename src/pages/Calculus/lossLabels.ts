/**
 * Where the loss chart puts the mark and the label of each run that stopped early. The mark sits at
 * the run's last finite loss, or on the chart's edge where that loss lies beyond the axis (a diverging
 * run climbs out of the plot); the labels are stacked so that no two overlap, each joined to its mark.
 */
export interface StopMark {
  /** Pixel position of the last step run and of its loss (the latter may lie outside [0, height]). */
  px: number;
  py: number;
  text: string;
}

export interface PlacedStop {
  /** The mark, inside the plot: on its edge when the loss is off the chart. */
  x: number;
  y: number;
  /** The loss lies above (−1) or below (1) the chart, or on it (0). */
  edge: -1 | 0 | 1;
  /** Label baseline and anchor. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  text: string;
}

/** Vertical distance between label baselines: 12 px text with its 3 px halo, and a gap. */
export const LABEL_GAP = 20;
const INSET = 8;

/**
 * Marks on the plot and labels that never overlap: sorted by height, each label at least LABEL_GAP
 * below the previous one, then the stack moved up as a whole where it would leave the plot.
 * `approxWidth` guesses a label's width (for flipping it to the left near the right edge).
 */
export function placeStops(
  marks: readonly StopMark[],
  width: number,
  height: number,
  approxWidth: (text: string) => number = (t) => 7.4 * t.length,
): PlacedStop[] {
  const placed = marks.map((m) => {
    const finite = Number.isFinite(m.py);
    const edge: -1 | 0 | 1 = !finite || m.py < INSET ? -1 : m.py > height - INSET ? 1 : 0;
    const y = edge === -1 ? INSET : edge === 1 ? height - INSET : m.py;
    const x = Math.max(0, Math.min(width, m.px));
    const flip = x + 10 + approxWidth(m.text) > width;
    return {
      x,
      y,
      edge,
      labelX: flip ? x - 10 : x + 10,
      labelY: y + 4,
      anchor: flip ? 'end' : 'start',
      text: m.text,
    };
  }) as PlacedStop[];
  // One column for all the labels, clear of every mark: right of the rightmost, else left of the leftmost.
  if (placed.length > 1) {
    const widest = Math.max(...placed.map((p) => approxWidth(p.text)));
    const right = Math.max(...placed.map((p) => p.x)) + 12;
    const left = Math.min(...placed.map((p) => p.x)) - 12;
    const column =
      right + widest <= width
        ? { x: right, anchor: 'start' as const }
        : left - widest >= 0
          ? { x: left, anchor: 'end' as const }
          : null;
    if (column)
      for (const p of placed) {
        p.labelX = column.x;
        p.anchor = column.anchor;
      }
  }
  const order = placed.map((_, i) => i).sort((a, b) => placed[a].labelY - placed[b].labelY);
  const top = 12;
  const bottom = height - 2;
  let prev = -Infinity;
  for (const i of order) {
    placed[i].labelY = Math.max(placed[i].labelY, top, prev + LABEL_GAP);
    prev = placed[i].labelY;
  }
  // Too low for the plot: shift the stack up, keeping the gaps (it may then start above `top` when
  // there are more labels than rows; they still do not overlap).
  let next = bottom + LABEL_GAP;
  for (let k = order.length - 1; k >= 0; k--) {
    const p = placed[order[k]];
    p.labelY = Math.min(p.labelY, next - LABEL_GAP);
    next = p.labelY;
  }
  return placed;
}
