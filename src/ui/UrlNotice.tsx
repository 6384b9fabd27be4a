/** Says which values of a hand-edited link were ignored (and replaced by defaults); nothing when none were. */
export function UrlNotice({ ignored, onDismiss }: { ignored: string[]; onDismiss: () => void }) {
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status">
      <span>
        Some values in this link were not valid and were replaced by defaults: {ignored.join(', ')}.
      </span>
      <button type="button" className="chip" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
