import { useNnStore } from '../../../stores/ml/nn/store';
import { formatNumber, Readout } from '../../../ui/Readout';
import { ConfusionMatrix } from './ConfusionMatrix';

const fraction = (v: number) => formatNumber(v, 3);

/** Epoch, losses, accuracies (classification) or R² (regression), and the training speed. */
export function NnReadouts() {
  const s = useNnStore((st) => st.snapshot);
  const task = useNnStore((st) => ('task' in st.data ? st.data.task : 'classification'));
  const classes = useNnStore((st) => ('classes' in st.data ? st.data.classes : 2));
  const finite = (v: number | null | undefined) =>
    v === null || v === undefined || !Number.isFinite(v) ? null : v;
  return (
    <div className="nn-readouts">
      <section className="readouts" aria-label="training readouts">
        <Readout label="epoch" value={s?.epoch ?? 0} format={(v) => String(v)} />
        <Readout label="training loss" value={finite(s?.trainLoss)} />
        <Readout label="test loss" value={finite(s?.testLoss)} />
        {task === 'classification' ? (
          <>
            <Readout label="training accuracy" value={finite(s?.trainAccuracy)} format={fraction} />
            <Readout label="test accuracy" value={finite(s?.testAccuracy)} format={fraction} />
          </>
        ) : (
          <Readout
            label="R²"
            value={finite(s?.testR2 ?? s?.r2)}
            title="on the test points (training points when there are none)"
          />
        )}
        <Readout
          label="epochs per second"
          value={s ? Math.round(s.epochsPerSecond) : 0}
          format={(v) => String(v)}
        />
      </section>
      {task === 'classification' && s?.confusion && (
        <ConfusionMatrix counts={s.confusion} classes={Math.max(2, classes)} />
      )}
    </div>
  );
}
