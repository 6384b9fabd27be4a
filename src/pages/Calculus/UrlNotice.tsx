import { useCalculusStore } from '../../stores/calculus/store';
import { UrlNotice as Notice } from '../../ui/UrlNotice';

/** Says which values of a hand-edited link were ignored (and replaced by defaults). */
export function UrlNotice() {
  const ignored = useCalculusStore((s) => s.urlNotice);
  const dismiss = useCalculusStore((s) => s.dismissNotice);
  return <Notice ignored={ignored} onDismiss={dismiss} />;
}
