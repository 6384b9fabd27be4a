import { useId, useState } from 'react';
import { parseToAst } from '../../core';
import { domainProblem, type Domain } from '../../stores/calculus/view';
import { useCalculusStore } from '../../stores/calculus/store';
import { NumberField } from '../../ui/NumberField';
import { Tex } from '../../ui/Tex';
import { PRESETS } from './presets';
import { useShownExpr } from './shownExpr';

/** The source with the offending span marked, so the message points at the character. */
function Pointer({ source, start, end }: { source: string; start: number; end: number }) {
  const a = Math.min(start, source.length);
  const b = Math.max(a, Math.min(end, source.length));
  // An empty span (something missing at the end) is shown as a marked gap after the text.
  const marked = b > a ? source.slice(a, b) : ' ';
  return (
    <code className="calc-pointer" aria-hidden="true">
      {source.slice(0, a)}
      <mark>{marked}</mark>
      {source.slice(b)}
    </code>
  );
}

const DOMAIN_FIELDS: { key: keyof Domain; label: string }[] = [
  { key: 'xmin', label: 'x min' },
  { key: 'xmax', label: 'x max' },
  { key: 'ymin', label: 'y min' },
  { key: 'ymax', label: 'y max' },
];

/** The function in KaTeX, rendered from its AST (the last text that parsed). */
export function FunctionTex() {
  const shown = useShownExpr();
  const stale = useCalculusStore((s) => s.view.fn !== s.shownFn);
  if (!shown) return null;
  return (
    <div className="calc-formula">
      <Tex tex={`f(x, y) = ${shown.tex}`} display label={`f(x, y) = ${shown.source}`} />
      {stale && <p className="fine">(the last valid function, until the text is fixed)</p>}
    </div>
  );
}

/** The f(x, y) field with presets, its inline parse error, its KaTeX rendering, and the domain. */
export function FunctionInput() {
  const fn = useCalculusStore((s) => s.view.fn);
  const domain = useCalculusStore((s) => s.view.domain);
  const { setFn, applyPreset, set } = useCalculusStore.getState();
  const msgId = useId();
  const [text, setText] = useState(fn);
  const [seen, setSeen] = useState(fn);
  // A new function from a preset or the URL replaces the text being edited.
  if (seen !== fn) {
    setSeen(fn);
    setText(fn);
  }
  const parsed = parseToAst(text);
  const error = parsed.ok ? null : parsed.error;
  const change = (t: string) => {
    setText(t);
    setSeen(t);
    setFn(t);
  };
  const domainIssue = domainProblem(domain);
  return (
    <fieldset className="panel calc-function">
      <legend>Function</legend>
      <label className="field">
        <span>f(x, y)</span>
        <input
          type="text"
          aria-label="f(x, y)"
          value={text}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? msgId : undefined}
          onChange={(e) => change(e.target.value)}
        />
      </label>
      {error && (
        <div className="calc-parse-error">
          <Pointer source={text} start={error.start} end={error.end} />
          <p className="error-note" role="alert" id={msgId}>
            {error.message} (at character {Math.min(error.start, text.length) + 1})
          </p>
        </div>
      )}
      <div className="presets" role="group" aria-label="Presets">
        {PRESETS.map((p) => (
          <button
            key={p.name}
            type="button"
            className="chip"
            title={p.about}
            aria-pressed={fn === p.fn}
            onClick={() => applyPreset(p)}
          >
            {p.name}
          </button>
        ))}
      </div>
      <div className="calc-domain" role="group" aria-label="Domain">
        {DOMAIN_FIELDS.map(({ key, label }) => (
          <label key={key} className="calc-inline">
            <span>{label}</span>
            <NumberField
              label={label}
              value={domain[key]}
              step={0.5}
              onCommit={(v) => set('domain', { ...useCalculusStore.getState().view.domain, [key]: v })}
            />
          </label>
        ))}
      </div>
      {domainIssue && (
        <p className="error-note" role="alert">
          Domain: {domainIssue}.
        </p>
      )}
    </fieldset>
  );
}
