import { useInformationStore } from '../../../stores/probability/information/store';
import { useWidth } from '../../../ui/ChartFrame';
import { EntropySection } from './EntropySection';
import { KlSection } from './KlSection';
import { NormalKlSection } from './NormalKlSection';
import { UrlNotice } from '../../../ui/UrlNotice';
import './information.css';
import { useViewUrl } from '../../../app/useUrlState';
import { informationView } from '../../../stores/probability/information/view';

/** Entropy and KL: drag distributions and watch entropy, cross-entropy and the two KL divergences move. */
export default function InformationTab() {
  useViewUrl(informationView, useInformationStore);
  const ignored = useInformationStore((s) => s.urlNotice);
  const dismiss = useInformationStore((s) => s.dismissNotice);
  const [box, width] = useWidth<HTMLDivElement>(900);
  return (
    <div className="information" ref={box}>
      <h2 className="tab-title">Entropy and KL divergence</h2>
      <UrlNotice ignored={ignored} onDismiss={dismiss} />
      <EntropySection width={width - 320} />
      <KlSection width={width - 32} />
      <NormalKlSection width={width - 32} />
    </div>
  );
}
