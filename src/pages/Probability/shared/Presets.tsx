/** A row of chips that set a count to a preset value; the chip of the current value is pressed. */
export function Presets({
  label,
  presets,
  value,
  onPick,
}: {
  /** The group's accessible name ("draws presets"). */
  label: string;
  /** Each preset's value and its text. */
  presets: readonly (readonly [number, string])[];
  value: number;
  onPick: (n: number) => void;
}) {
  return (
    <div className="presets" role="group" aria-label={label}>
      {presets.map(([n, text]) => (
        <button key={n} type="button" className="chip" aria-pressed={value === n} onClick={() => onPick(n)}>
          {text}
        </button>
      ))}
    </div>
  );
}
