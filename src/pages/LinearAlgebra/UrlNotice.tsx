import { useLinalgStore } from '../../stores/linalg/store';
import { UrlNotice as Notice } from '../../ui/UrlNotice';

/** Says which values of a hand-edited link were ignored (and replaced by defaults). */
export function UrlNotice() {
  const ignored = useLinalgStore((s) => s.urlNotice);
  const dismiss = useLinalgStore((s) => s.dismissNotice);
  return <Notice ignored={ignored} onDismiss={dismiss} />;
}
