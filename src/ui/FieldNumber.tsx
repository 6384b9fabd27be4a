import { NumberField } from './NumberField';
import type { SliderFieldDeclaration } from './FieldSlider';

/**
 * A labelled number field for a declared numeric field: its accessible name, step, whole-number rule and inline
 * message come from the declaration (`caption` is the visible text above it, the label when absent).
 */
export function FieldNumber<V extends Readonly<Record<string, unknown>>>({
  field,
  value,
  view,
  onCommit,
  caption,
}: {
  field: SliderFieldDeclaration;
  value: number;
  view: V;
  onCommit: (v: number) => void;
  caption?: string;
}) {
  const label = field.label ?? '';
  const step = field.step ?? 1;
  return (
    <label className="field">
      <span>{caption ?? label}</span>
      <NumberField
        label={label}
        value={value}
        step={step}
        integer={step === 1 && Number.isInteger(field.min ?? 0)}
        problem={field.problem(value, view)}
        onCommit={onCommit}
      />
    </label>
  );
}
