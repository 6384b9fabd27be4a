import { NumberField } from '../../../ui/NumberField';
import { Presets } from './Presets';

/**
 * A whole-number count of the simulation tabs (draws, k, repetitions, points): its caption, the spinbutton
 * named `label` with its inline problem, and, when given, the preset chips (named "`label` presets" unless
 * `presetsLabel` says otherwise).
 */
export function CountField({
  caption,
  label,
  value,
  problem,
  step = 1,
  presets,
  presetsLabel = `${label} presets`,
  onCommit,
}: {
  caption: string;
  label: string;
  value: number;
  problem: string | null;
  step?: number;
  presets?: readonly (readonly [number, string])[];
  presetsLabel?: string;
  onCommit: (n: number) => void;
}) {
  return (
    <>
      <label className="field">
        <span>{caption}</span>
        <NumberField label={label} value={value} onCommit={onCommit} problem={problem} integer step={step} />
      </label>
      {presets && <Presets label={presetsLabel} presets={presets} value={value} onPick={onCommit} />}
    </>
  );
}
