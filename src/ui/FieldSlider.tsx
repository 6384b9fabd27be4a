import { SliderField } from './SliderField';

/** What a slider needs of a declared field (see src/stores/view): its words, range, step and check. */
export interface SliderFieldDeclaration {
  readonly label?: string;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  problem(value: number, view: Readonly<Record<string, unknown>>): string | null;
}

/**
 * A slider and number field for a declared numeric field: name, range, step and inline message all come
 * from the declaration, so a new field is written twice (its declaration and this control), not five times.
 */
export function FieldSlider({
  field,
  value,
  view = {},
  onChange,
  name = field.label ?? '',
  min = field.min ?? 0,
  max = field.max ?? 1,
}: {
  field: SliderFieldDeclaration;
  value: number;
  view?: Readonly<Record<string, unknown>>;
  onChange: (v: number) => void;
  /** Overrides for the slider's own range (the number field accepts anything the declaration does). */
  name?: string;
  min?: number;
  max?: number;
}) {
  const step = field.step ?? 1;
  return (
    <SliderField
      name={name}
      value={value}
      min={min}
      max={max}
      step={step}
      integer={step === 1 && Number.isInteger(min)}
      problem={field.problem(value, view)}
      onChange={onChange}
    />
  );
}
