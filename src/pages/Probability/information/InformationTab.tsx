import { useInformationStore } from '../../../stores/probability/information/store';
import { useWidth } from '../../../ui/ChartFrame';
import { EntropySection } from './EntropySection';
import { KlSection } from './KlSection';
import { NormalKlSection } from './NormalKlSection';
import { MutualInformationSection } from './MutualInformationSection';
import { UrlNotice } from '../../../ui/UrlNotice';
import './information.css';
import { useViewUrl } from '../../../app/useUrlState';
import { informationView } from '../../../stores/probability/information/view';

/** Entropy and KL: drag distributions and watch entropy, cross-entropy and the two KL divergences move. */
export default function InformationTab() {
  useViewUrl(informationView, useInformationStore);
  const ignored = useInformationStore((s) => s.urlNotice);
  const dismiss = useInformationStore((s) => s.dismissNotice);
  const unit = useInformationStore((s) => s.view.unit);
  const setField = useInformationStore.getState().set;
  const [box, width] = useWidth<HTMLDivElement>(900);
  return (
    <div className="information" ref={box}>
      <h2 className="tab-title">Entropy and KL divergence</h2>
      <UrlNotice ignored={ignored} onDismiss={dismiss} />
      <label className="field inline info-unit">
        <span>unit for the whole tab</span>
        <select
          aria-label="unit"
          value={unit}
          onChange={(e) => setField('unit', e.target.value as 'bits' | 'nats')}
        >
          <option value="bits">bits (log base 2)</option>
          <option value="nats">nats (natural log)</option>
        </select>
      </label>
      <EntropySection width={width - 320} />
      <KlSection width={width - 32} />
      <NormalKlSection width={width - 32} />
      <MutualInformationSection />
    </div>
  );
}
