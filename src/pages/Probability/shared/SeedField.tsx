import { NumberField } from '../../../ui/NumberField';
import { validSeed } from '../../../stores/view';

/** The seed of a tab's random stream (a whole number from 0 to 2^32 − 1), with its inline message. */
export function SeedField({ value, onCommit }: { value: number; onCommit: (seed: number) => void }) {
  return (
    <label className="field">
      <span>seed</span>
      <NumberField label="seed" value={value} onCommit={onCommit} problem={validSeed(value)} integer />
    </label>
  );
}
