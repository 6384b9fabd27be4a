import { useCalculusStore } from '../../stores/calculus/store';
import { SPEEDS } from '../../stores/calculus/view';

/**
 * The presenter's play for the calculus page (a scene that starts its race on open, at the scene's speed
 * when it sets one), resuming from the step the scene was saved at.
 *
 * A scene saved paused mid-race carries `step=k`; the page restores that race with `run({ play: false })`.
 * The presenter asks to play about 200 ms after the scene opens, often before the restored race has landed,
 * and the store's `play()` without a race runs a new one from step 0: the saved step was lost. So while the
 * saved race is on its way, play waits for it and then continues from step k (a race at its end starts over,
 * as the Play button does).
 */
export function playRace(speed: number): void {
  const s = useCalculusStore.getState();
  if (speed !== 1 && SPEEDS.includes(speed)) s.set('speed', speed);
  if (s.race || s.view.step === null) {
    s.play();
    return;
  }
  if (!s.running) s.run({ play: false });
  if (!useCalculusStore.getState().running) return; // the view cannot run: its problem is shown already
  const off = useCalculusStore.subscribe((now) => {
    if (now.race) {
      off();
      now.play();
    } else if (!now.running) off(); // failed, or a new view replaced the race: nothing to resume
  });
}
