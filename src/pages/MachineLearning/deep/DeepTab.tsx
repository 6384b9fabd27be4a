import { useViewUrl } from '../../../app/useUrlState';
import { useDeepStore } from '../../../stores/ml/deep/store';
import { deepView } from '../../../stores/ml/deep/view';
import { useWidth } from '../../../ui/ChartFrame';
import { UrlNotice } from '../../../ui/UrlNotice';
import { AttentionSection } from './AttentionSection';
import { ConvSection } from './ConvSection';
import { RnnSection } from './RnnSection';
import './deep.css';

/**
 * Deep learning: the mathematics inside the layers, small enough to check by hand. Convolution (an editable
 * kernel sliding over an image), attention (two heads on typed tokens) and the gradient through a 2-unit
 * recurrent network; all computed on the main thread by the core, all settings in the address.
 */
export default function DeepTab() {
  useViewUrl(deepView, useDeepStore);
  const notice = useDeepStore((s) => s.urlNotice);
  const dismiss = useDeepStore((s) => s.dismissNotice);
  const [box, width] = useWidth<HTMLDivElement>();
  return (
    <div className="deep-tab" ref={box}>
      <h2 className="tab-title">Deep learning</h2>
      <UrlNotice ignored={notice} onDismiss={dismiss} />
      <ConvSection width={width} />
      <AttentionSection width={width} />
      <RnnSection width={width} />
    </div>
  );
}
