import { useId, useState, type KeyboardEvent } from 'react';
import { formatExact, parseDecimal } from '../core/numberText';
import { ErrorNote } from './ErrorNote';
import { SHIFT_STEPS, stepValue } from './sliderKeys';

export interface NumberFieldProps {
  label: string;
  value: number;
  onCommit: (v: number) => void;
  /** Message for a value that parses but is not acceptable (from the store's validation). */
  problem?: string | null;
  step?: number;
  integer?: boolean;
  className?: string;
  /**
   * How to show the value while the field is not focused and holds it (for example rounded to 6 significant
   * digits: a preset's cos 30° reads 0.866025). Focus brings back the full-precision text, which the store
   * and the address keep.
   */
  format?: (v: number) => string;
}

/**
 * A text field with the spinbutton role that keeps what was typed at full double precision. Blank or
 * malformed text shows a message beside the field and is not committed, so the last valid value stays in use.
 * Arrow keys step by `step`, Shift+arrows by ten steps. With `format`, an unfocused field shows the formatted value.
 */
export function NumberField({
  label,
  value,
  onCommit,
  problem,
  step = 1,
  integer,
  className,
  format,
}: NumberFieldProps) {
  const [text, setText] = useState(() => formatExact(value));
  const [seen, setSeen] = useState(value);
  const [focused, setFocused] = useState(false);
  const msgId = useId();
  // A new value from elsewhere (slider, URL, preset) replaces the text unless the text already means it.
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (parseDecimal(text) !== value) setText(formatExact(value));
  }
  const parsed = parseDecimal(text);
  const typo =
    parsed === null
      ? text.trim() === ''
        ? `${label}: enter a number`
        : `${label}: “${text.slice(0, 20)}” is not a number`
      : integer && !Number.isInteger(parsed)
        ? `${label} must be a whole number`
        : null;
  const message = typo ?? problem ?? null;
  const formatted = format && !focused && parsed === value ? format(value) : null;
  const shown = formatted ?? text;

  const change = (t: string) => {
    setText(t);
    const v = parseDecimal(t);
    if (v !== null && (!integer || Number.isInteger(v))) onCommit(v);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const base = parsed ?? value;
    const next = stepValue(base, step, (e.key === 'ArrowUp' ? 1 : -1) * (e.shiftKey ? SHIFT_STEPS : 1));
    setText(formatExact(next));
    onCommit(next);
  };
  return (
    <span className={`number-field ${className ?? ''}`}>
      <input
        type="text"
        role="spinbutton"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        // ARIA wants a plain decimal here: "1e-8" is invalid, so tiny or huge values are given as text only.
        aria-valuenow={parsed !== null && !/e/i.test(String(parsed)) ? parsed : undefined}
        aria-valuetext={parsed !== null ? shown.trim() : undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? msgId : undefined}
        title={
          formatted !== null && formatted !== text ? `${text} (full precision, shown on focus)` : undefined
        }
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
