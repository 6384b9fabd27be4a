import { onShiftArrow } from '../../ui/sliderKeys';
import { useState } from 'react';
import { validateEntry } from '../../core';
import { NumberField } from '../../ui/NumberField';
import { roundedText } from './roundedText';

/** Slider step for a range half-width: about 100–200 stops across the slider. */
export const stepFor = (range: number): number => (range <= 2 ? 0.01 : range <= 5 ? 0.05 : 0.1);

/**
 * One matrix entry: an optional slider named `name` and a number field named `${name} value` (or
 * `name` alone without a slider). Values the core's `validateEntry` refuses (1e308, …) are not
 * committed; the reason shows beside the field until the value changes.
 */
export function EntryField({
  name,
  value,
  range,
  slider = true,
  rounded = false,
  onCommit,
}: {
  name: string;
  value: number;
  range: number;
  slider?: boolean;
  /** Show the value rounded while the field is not focused (a preset's float noise). */
  rounded?: boolean;
  onCommit: (x: number) => void;
}) {
  const [refused, setRefused] = useState<{ at: number; message: string } | null>(null);
  const fieldName = slider ? `${name} value` : name;
  const problem = refused && Object.is(refused.at, value) ? refused.message : null;
  const commit = (x: number) => {
    const why = validateEntry(x);
    if (why) {
      setRefused({ at: value, message: `${fieldName}: ${why}` });
      return;
    }
    setRefused(null);
    onCommit(x);
  };
  const step = stepFor(range);
  if (!slider) {
    return (
      <div className="la-entry">
        <span aria-hidden="true">{name}</span>
        <NumberField label={fieldName} value={value} onCommit={commit} problem={problem} step={step} />
      </div>
    );
  }
  return (
    <div className="slider-field">
      <span className="slider-label" aria-hidden="true">
        {name}
      </span>
      <input
        type="range"
        aria-label={name}
        min={-range}
        max={range}
        step={step}
        value={Math.min(range, Math.max(-range, value))}
        onChange={(e) => commit(Number(e.target.value))}
        onKeyDown={onShiftArrow(commit)}
      />
      <NumberField
        label={fieldName}
        value={value}
        onCommit={commit}
        problem={problem}
        step={step}
        format={rounded ? roundedText : undefined}
      />
    </div>
  );
}
