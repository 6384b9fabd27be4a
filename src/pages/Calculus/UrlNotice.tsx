import { useCalculusStore } from '../../stores/calculusStore';

/** Says which values of a hand-edited link were ignored (and replaced by defaults). */
export function UrlNotice() {
  const ignored = useCalculusStore((s) => s.urlNotice);
  const dismiss = useCalculusStore((s) => s.dismissNotice);
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status">
      <span>
        Some values in this link were not valid and were replaced by defaults: {ignored.join(', ')}.
      </span>
      <button type="button" className="chip" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
