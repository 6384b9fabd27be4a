import { useEffect, useState } from 'react';
import { parseHash, useQueryParam, writeQuery } from './router';

/**
 * A hand-edited `tab=` that names no tab of the page (`tab=zzz`). The page shows its first tab, but the
 * address kept `tab=zzz`, which no tab's view owns, so nothing the student then changed was written to it and
 * a shared link lost it all, with no word said. The address is rewritten without `tab=` (the first tab's
 * form; the other keys are kept) and the ignored tab is returned for the page's notice.
 */
export function useUnknownTab(path: string, known: readonly string[]): string | null {
  const raw = useQueryParam('tab');
  const [ignored, setIgnored] = useState<string | null>(null);
  const unknown = raw !== null && !known.includes(raw);
  // Remembered during render (the address loses it right after), so the notice outlives the rewrite.
  if (unknown && ignored !== raw) setIgnored(raw);
  useEffect(() => {
    if (!unknown) return;
    const query = parseHash(window.location.hash).query;
    query.delete('tab');
    writeQuery(path, query.toString(), 'replace');
  }, [unknown, path]);
  return ignored;
}

/** The notice beside the tabs: which `tab=` was ignored and which tab is shown instead. */
export function UnknownTabNotice({ tab, shown }: { tab: string | null; shown: string }) {
  if (tab === null) return null;
  return (
    <p className="notice" role="status">
      This link asked for the tab “{tab.length > 40 ? tab.slice(0, 40) + '…' : tab}”, which this page does not
      have, so it shows {shown}.
    </p>
  );
}
