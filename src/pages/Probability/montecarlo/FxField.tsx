import { useId, useState } from 'react';
import { parseFunctionOfX } from '../../../core';
import { ErrorNote } from '../../../ui/ErrorNote';

/**
 * The integrand as typed. Text that does not parse shows the engine's message with the offending span
 * marked, and is not committed, so the last valid f stays in use (and in the link).
 */
export function FxField({ value, onCommit }: { value: string; onCommit: (f: string) => void }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const msgId = useId();
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  const parsed = parseFunctionOfX(text);
  const error = parsed.ok ? null : parsed.error;
  return (
    <label className="field">
      <span>f(x)</span>
      <input
        type="text"
        aria-label="f(x)"
        spellCheck={false}
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? msgId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const p = parseFunctionOfX(e.target.value);
          if (p.ok) {
            setSeen(e.target.value);
            onCommit(e.target.value);
          }
        }}
      />
      <ErrorNote id={msgId}>
        {error && (
          <>
            {error.message}
            {text.length > 0 && error.end > error.start && (
              <code className="span-mark">
                {text.slice(0, error.start)}
                <mark>{text.slice(error.start, error.end)}</mark>
                {text.slice(error.end)}
              </code>
            )}
          </>
        )}
      </ErrorNote>
    </label>
  );
}
