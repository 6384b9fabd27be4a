import { NumberField } from './NumberField';
import { onShiftArrow } from './sliderKeys';

export interface SliderFieldProps {
  name: string;
  value: number;
  min: number;
  max: number;
  step: number;
  integer?: boolean;
  problem?: string | null;
  onChange: (v: number) => void;
}

/**
 * A slider and a number field for one value, both named `name`. The slider's range and step only shape
 * the slider: a value typed in the field is kept exactly, even outside the range. Arrows move one step,
 * Shift+arrows ten.
 */
export function SliderField({ name, value, min, max, step, integer, problem, onChange }: SliderFieldProps) {
  return (
    <div className="slider-field">
      <span className="slider-label" aria-hidden="true">
        {name}
      </span>
      <input
        type="range"
        aria-label={name}
        min={min}
        max={max}
        step={step}
        value={Math.min(max, Math.max(min, Number.isFinite(value) ? value : min))}
        onChange={(e) => onChange(Number(e.target.value))}
        onKeyDown={onShiftArrow(onChange)}
      />
      <NumberField
        label={name}
        value={value}
        onCommit={onChange}
        problem={problem}
        step={step}
        integer={integer}
      />
    </div>
  );
}
