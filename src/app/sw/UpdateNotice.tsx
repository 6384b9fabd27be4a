import { useEffect, useState } from 'react';
import { UPDATED_EVENT } from './register';

/** A small "Updated to the latest version" line after a new deploy took over (role status, dismissable). */
export function UpdateNotice() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const on = () => setShown(true);
    window.addEventListener(UPDATED_EVENT, on);
    return () => window.removeEventListener(UPDATED_EVENT, on);
  }, []);
  return (
    <div role="status" className="update-status">
      {shown && (
        <p className="notice update-notice">
          Updated to the latest version.
          <button type="button" className="chip" onClick={() => setShown(false)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
