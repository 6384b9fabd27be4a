import { useMcmcStore } from '../../../stores/probability/mcmc/store';
import { formatCount } from '../../../ui/formatCount';

const SPEEDS = [1, 2, 5, 10, 30, 100, 1000, 10000, Infinity];

const speedLabel = (s: number) => (s === Infinity ? 'all at once' : `${formatCount(s)} steps/s`);

/** Play/Pause, rewind, skip to the end, and the replay speed (kept in the URL). */
export function PlayControls({
  playing,
  onToggle,
  onRewind,
  onSkip,
}: {
  playing: boolean;
  onToggle: () => void;
  onRewind: () => void;
  onSkip: () => void;
}) {
  const speed = useMcmcStore((s) => s.view.speed);
  const set = useMcmcStore((s) => s.set);
  const options = SPEEDS.includes(speed) ? SPEEDS : [...SPEEDS, speed].sort((a, b) => a - b);
  return (
    <div className="buttons play-controls" role="group" aria-label="animation">
      <button type="button" onClick={onToggle}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={onRewind}>
        Rewind
      </button>
      <button type="button" onClick={onSkip}>
        Skip to end
      </button>
      <label className="field inline">
        <span>speed</span>
        <select
          aria-label="animation speed"
          value={speed === Infinity ? 'max' : String(speed)}
          onChange={(e) => set('speed', e.target.value === 'max' ? Infinity : Number(e.target.value))}
        >
          {options.map((s) => (
            <option key={s} value={s === Infinity ? 'max' : String(s)}>
              {speedLabel(s)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
