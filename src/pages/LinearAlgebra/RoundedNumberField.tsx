import { useId, useState, type KeyboardEvent } from 'react';
import { formatExact, parseDecimal } from '../../core/numberText';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatNumber } from '../../ui/Readout';
import { SHIFT_STEPS, stepValue } from '../../ui/sliderKeys';

/** Within this of 0 a value is shown as 0 (cos 90° = 6.1e-17 is float noise, not a number to read). */
export const SHOWN_ZERO = 1e-15;

/** The rounded text of a cell: 6 significant digits, |x| ≤ 1e-15 as 0. */
export const roundedText = (x: number): string =>
  Math.abs(x) <= SHOWN_ZERO ? '0' : formatNumber(x, 6).replace('−', '-');

/**
 * The matrix editor's number field: like the shared NumberField (the spinbutton role, full double
 * precision kept, blank or malformed text refused beside the field, arrows step), but when `rounded` is
 * set and the field is not focused it shows the value rounded (a preset's cos 30° reads 0.866025); on
 * focus the full-precision value comes back, and the store and the address keep it in full.
 */
export function RoundedNumberField({
  label,
  value,
  onCommit,
  problem,
  step = 1,
  rounded,
}: {
  label: string;
  value: number;
  onCommit: (v: number) => void;
  problem?: string | null;
  step?: number;
  rounded: boolean;
}) {
  const [text, setText] = useState(() => formatExact(value));
  const [seen, setSeen] = useState(value);
  const [focused, setFocused] = useState(false);
  const msgId = useId();
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (parseDecimal(text) !== value) setText(formatExact(value));
  }
  const parsed = parseDecimal(text);
  const message =
    (parsed === null
      ? text.trim() === ''
        ? `${label}: enter a number`
        : `${label}: “${text.slice(0, 20)}” is not a number`
      : null) ??
    problem ??
    null;
  const showRounded = rounded && !focused && parsed === value;
  const shown = showRounded ? roundedText(value) : text;

  const change = (t: string) => {
    setText(t);
    const v = parseDecimal(t);
    if (v !== null) onCommit(v);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const next = stepValue(
      parsed ?? value,
      step,
      (e.key === 'ArrowUp' ? 1 : -1) * (e.shiftKey ? SHIFT_STEPS : 1),
    );
    setText(formatExact(next));
    onCommit(next);
  };
  return (
    <span className="number-field">
      <input
        type="text"
        role="spinbutton"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-valuenow={parsed !== null && !/e/i.test(String(parsed)) ? parsed : undefined}
        aria-valuetext={parsed !== null ? shown.trim() : undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? msgId : undefined}
        title={showRounded && shown !== text ? `${text} (full precision, shown on focus)` : undefined}
        value={shown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKey}
      />
      <ErrorNote id={msgId}>{message}</ErrorNote>
    </span>
  );
}
