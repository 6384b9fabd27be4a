/**
 * Keyboard handles for the tips the scene lets the student drag: the columns of A (î, ĵ, k̂ after the
 * map) and v in the Transform view, b₁ … b₃ in the Change of basis view. Each is a focusable button laid
 * over its tip (the frame loop moves it, see TipProjector); arrows move the tip by 0.1 (Shift: 0.5) along
 * x and y, and in 3-D PageUp/PageDown along z. The buttons let the pointer through to the canvas, where
 * the round handles take the drag. Like the labels, this file imports no three.js.
 */
import type { KeyboardEvent } from 'react';
import { useLinalgStore, type MatrixKey } from '../../../stores/linalg/store';
import type { Dim, LinalgMode, LinalgView } from '../../../stores/linalg/view';

export interface TipSpec {
  id: string;
  /** Accessible name: "tip of î" … */
  name: string;
  which: MatrixKey | 'v';
  /** Column of the matrix (unused for v). */
  col: number;
}

const A_NAMES = ['î', 'ĵ', 'k̂'];
const B_NAMES = ['b1', 'b2', 'b3'];

/** The tips a view lets the student move (none outside the Transform and Change of basis views). */
export function tipsOf(mode: LinalgMode, dim: Dim, vec: boolean): TipSpec[] {
  const cols = Array.from({ length: dim }, (_, k) => k);
  if (mode === 'transform') {
    const a = cols.map((k) => ({ id: `a${k}`, name: `tip of ${A_NAMES[k]}`, which: 'a' as const, col: k }));
    return vec ? [...a, { id: 'v', name: 'tip of v', which: 'v', col: 0 }] : a;
  }
  if (mode === 'basis')
    return cols.map((k) => ({ id: `b${k}`, name: `tip of ${B_NAMES[k]}`, which: 'basis' as const, col: k }));
  return [];
}

/** The tip's position in the view (the column of A at t = 1, of the basis, or v). */
export function tipOf(view: LinalgView, tip: TipSpec): number[] {
  if (tip.which === 'v') return view.v.slice();
  return view[tip.which].map((row) => row[tip.col]);
}

/** Dragged and stepped tips land on a 0.01 grid, so the fields and the link show short numbers. */
export const snapTip = (x: number): number => Math.round(x * 100) / 100 + 0;

/**
 * Moves a tip to `to` (dim coordinates): the column of A or of the basis, or v. A move of A shows the
 * map itself (t = 1), so the arrow stays under the pointer.
 */
export function moveTip(tip: TipSpec, to: number[]): void {
  const s = useLinalgStore.getState();
  const at = to.map(snapTip);
  if (tip.which === 'v') {
    at.forEach((x, i) => {
      if (s.view.v[i] !== x) useLinalgStore.getState().setVec(i, x);
    });
    return;
  }
  if (tip.which === 'a' && (s.playing !== null || s.view.t !== 1)) s.stopPlay(1);
  const m = useLinalgStore.getState().view[tip.which];
  useLinalgStore.getState().setMatrix(
    tip.which,
    m.map((row, i) => row.map((x, j) => (j === tip.col ? at[i] : x))),
  );
}

const STEP = 0.1;

/** The move of a key on a tip button in `dim` dimensions (Shift: five steps), or null for other keys. */
export function tipKeyMove(e: Pick<KeyboardEvent, 'key' | 'shiftKey'>, dim: Dim): number[] | null {
  const d = (e.shiftKey ? 5 : 1) * STEP;
  const moves: Record<string, number[]> = {
    ArrowLeft: [-d, 0, 0],
    ArrowRight: [d, 0, 0],
    ArrowUp: [0, d, 0],
    ArrowDown: [0, -d, 0],
  };
  if (dim === 3) {
    moves.PageUp = [0, 0, d];
    moves.PageDown = [0, 0, -d];
  }
  const m = moves[e.key];
  return m ? m.slice(0, dim) : null;
}

/** The buttons, by id; TipProjector (inside the canvas) writes their position every frame. */
export const tipButtons = new Map<string, HTMLButtonElement>();

/** The focusable tips, laid over the canvas by the page (outside the r3f tree and its role="img"). */
export function TipButtonLayer() {
  const mode = useLinalgStore((s) => s.view.mode);
  const dim = useLinalgStore((s) => s.view.dim);
  const vec = useLinalgStore((s) => s.view.vec);
  const tips = tipsOf(mode, dim, vec);
  if (tips.length === 0) return null;
  const keys = dim === 3 ? 'arrows move x and y, Page Up and Page Down move z' : 'arrows move x and y';
  const onKey = (tip: TipSpec) => (e: KeyboardEvent<HTMLButtonElement>) => {
    const d = tipKeyMove(e, dim);
    if (!d) return;
    e.preventDefault();
    const p = tipOf(useLinalgStore.getState().view, tip);
    moveTip(
      tip,
      p.map((x, i) => x + d[i]),
    );
  };
  return (
    <div className="la-tips" role="group" aria-label="Tips to move (drag them in the picture)">
      {tips.map((tip) => (
        <button
          key={tip.id}
          type="button"
          className="la-tip"
          data-tip={tip.id}
          aria-label={tip.name}
          title={`${tip.name}: drag it, or use the keys (${keys}, by 0.1; Shift: 0.5)`}
          onKeyDown={onKey(tip)}
          ref={(el) => {
            if (el) tipButtons.set(tip.id, el);
            else if (tipButtons.get(tip.id)) tipButtons.delete(tip.id);
          }}
        />
      ))}
    </div>
  );
}
