import { useId } from 'react';
import { parseToAst } from '../../../core';
import { ErrorNote } from '../../../ui/ErrorNote';

/**
 * The typed log-density: a text field whose parse error shows inline, with the offending span of the
 * text marked underneath so the student sees where the problem is.
 */
export function LogDensityField({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const msgId = useId();
  const parsed = parseToAst(value);
  const error = parsed.ok ? null : parsed.error;
  return (
    <div className="field logp-field">
      <label htmlFor={`${msgId}-input`}>
        <span>log-density log π(x, y)</span>
      </label>
      <input
        id={`${msgId}-input`}
        type="text"
        spellCheck={false}
        autoComplete="off"
        aria-label="log-density"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? msgId : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <>
          <code className="logp-where" aria-hidden="true">
            {value.slice(0, error.start)}
            <mark>{value.slice(error.start, Math.max(error.end, error.start + 1)) || ' '}</mark>
            {value.slice(Math.max(error.end, error.start + 1))}
          </code>
          <ErrorNote id={msgId}>
            log-density: {error.message} (at character {error.start + 1})
          </ErrorNote>
        </>
      )}
      <p className="fine">
        In x and y with + − * / ^ and sin cos tan exp log sqrt abs tanh; up to a constant. Where it is not a
        real number the density is 0.
      </p>
    </div>
  );
}
