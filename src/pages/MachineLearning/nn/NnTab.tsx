import { useEffect, useMemo, useState } from 'react';
import { useViewUrl } from '../../../app/useUrlState';
import { useScenePlayer } from '../../../stores/presenting';
import { EXTENT } from '../../../stores/ml/nn/data';
import { useNnStore, type NnState } from '../../../stores/ml/nn/store';
import { nnView } from '../../../stores/ml/nn/view';
import { useWidth } from '../../../ui/ChartFrame';
import { UrlNotice } from '../../../ui/UrlNotice';
import { useStagedWidth } from '../../../ui/useStagedWidth';
import { computeClient } from '../../../worker/client';
import { BigPicture } from './BigPicture';
import { NetworkPanel } from './network';
import { DataControls, NetworkControls, TrainingControls } from './NnControls';
import { NnReadouts } from './NnReadouts';
import { OutputSurfaceView } from './surface3d/OutputSurfaceView';
import { TrainButtons } from './TrainButtons';
import { LossCurves } from '../shared/LossCurves';
import { useThrottledValue } from '../shared/useThrottledValue';

/** The loss history, redrawn ten times a second and outside the task that delivers each snapshot. */
const historyOf = (s: NnState) => s.snapshot?.history ?? null;

/**
 * Neural network: build a network, train it in the worker, and see every number of it: the decision regions
 * or regression surface, each unit's output, the weights, the losses and the accuracy.
 */
export default function NnTab() {
  useViewUrl(nnView, useNnStore);
  useScenePlayer({
    play: () => useNnStore.getState().train(),
    pause: () => useNnStore.getState().pause(),
    playing: () => useNnStore.getState().running,
  });
  const notice = useNnStore((s) => s.urlNotice);
  const history = useThrottledValue(useNnStore, historyOf, 100);
  const dismiss = useNnStore((s) => s.dismissNotice);
  const [box, width] = useWidth<HTMLDivElement>();
  const [log, setLog] = useState(false);
  useEffect(() => {
    computeClient().warm();
    // The tab opens paused at epoch 0, with the picture of the initial network.
    const s = useNnStore.getState();
    if (!s.snapshot && !s.running) s.preview();
  }, []);
  // On stage the square plot follows the width the stage lays it out at, and the loss curves their own panel's.
  const [stageRef, stagedWidth] = useStagedWidth<HTMLDivElement>();
  const [lossBox, lossWidth] = useWidth<HTMLDivElement>(640);
  const plotSize = useMemo(() => Math.max(260, Math.min(520, stagedWidth ?? width)), [width, stagedWidth]);
  return (
    <>
      <h2 className="tab-title">Neural network</h2>
      <UrlNotice ignored={notice} onDismiss={dismiss} />
      <div className="nn-layout">
        <div className="controls">
          <DataControls />
          <NetworkControls />
          <TrainingControls />
        </div>
        <div className="results" ref={box}>
          <TrainButtons />
          {/* The boundary first, the readouts beside it when there is room (below it when not): the
              picture the tab is about opens in view. */}
          <div className="nn-top">
            <div data-stage="main" ref={stageRef}>
              <BigPicture size={plotSize} extent={EXTENT} />
            </div>
            <NnReadouts />
          </div>
          <OutputSurfaceView />
          <NetworkPanel />
          <div className="loss-panel" data-stage="companion" ref={lossBox}>
            <label className="check">
              <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} />
              log scale
            </label>
            <LossCurves history={history} width={Math.min(lossWidth, 640)} log={log} />
          </div>
        </div>
      </div>
    </>
  );
}
