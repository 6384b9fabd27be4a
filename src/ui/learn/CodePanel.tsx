import { useRef, useState } from 'react';

/**
 * The current scene as a short runnable script. The text is rendered as text (never as HTML); Copy
 * uses the clipboard where the browser allows it and otherwise selects the code for Ctrl+C.
 */
export function CodePanel({ code, note }: { code: string; note: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const pre = useRef<HTMLPreElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('Copied to the clipboard.');
    } catch {
      if (pre.current) window.getSelection()?.selectAllChildren(pre.current);
      setCopied('The clipboard is blocked here: the code is selected, press Ctrl+C.');
    }
  };
  return (
    <section className="panel learn-panel" aria-label="Code">
      <div className="learn-head">
        <h2>Show me the code</h2>
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <span role="status" className="fine">
          {copied}
        </span>
      </div>
      <p className="fine">{note}</p>
      <pre className="learn-code" ref={pre}>
        <code aria-label="Python code">{code}</code>
      </pre>
    </section>
  );
}
