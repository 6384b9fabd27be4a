/**
 * Label heights moved apart (at least `gap` px between baselines, 13 px for 11 px text) where their boxes
 * [x0, x1] overlap horizontally: the biplot's loading names and the deep-learning tab's token and value names.
 */
export function spreadLabels(labels: { x0: number; x1: number; y: number }[], gap = 13): number[] {
  const ys = labels.map((l) => l.y);
  const order = labels.map((_, i) => i).sort((p, q) => ys[p] - ys[q]);
  for (let pass = 0; pass < 50; pass++) {
    let moved = false;
    for (let a = 0; a < order.length; a++)
      for (let b = a + 1; b < order.length; b++) {
        const i = order[a];
        const j = order[b];
        const overlapX = labels[i].x0 < labels[j].x1 && labels[j].x0 < labels[i].x1;
        const apart = Math.abs(ys[j] - ys[i]);
        if (!overlapX || apart >= gap) continue;
        const push = (gap - apart) / 2 + 0.25;
        if (ys[i] <= ys[j]) {
          ys[i] -= push;
          ys[j] += push;
        } else {
          ys[i] += push;
          ys[j] -= push;
        }
        moved = true;
      }
    if (!moved) break;
  }
  return ys;
}
