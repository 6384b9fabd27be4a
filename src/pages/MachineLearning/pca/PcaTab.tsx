import { useEffect, useMemo } from 'react';
import { useViewUrl } from '../../../app/useUrlState';
import type { PlotPoints } from '../shared/DataPlot';
import { DataPlot } from '../shared/DataPlot';
import { usePcaStore } from '../../../stores/ml/pca/store';
import { pcaView } from '../../../stores/ml/pca/view';
import { useWidth } from '../../../ui/ChartFrame';
import { useStagedWidth } from '../../../ui/useStagedWidth';
import { ErrorNote } from '../../../ui/ErrorNote';
import { UrlNotice } from '../../../ui/UrlNotice';
import { errorCurve, reconstruct } from './analysis';
import { ClusterHistory, ElbowAndBic } from './ClusterCharts';
import { ClusterPlot } from './ClusterPlot';
import { DigitsPanel } from './DigitsPanel';
import { LinalgLink } from './LinalgLink';
import { ClusterControls, PcaDataControls } from './PcaControls';
import { PcaReadouts } from './PcaReadouts';
import { PcaStepper } from './PcaStepper';
import { Scores3DView } from './Scores3DView';
import { ScoresPlot } from './ScoresPlot';
import { ScreePlot } from './ScreePlot';
import './pca.css';

/**
 * PCA and clustering: PCA from scratch on a real data set (or the student's points, or a pasted table) as a
 * stepper with its numbers, the scree plot, scores and biplot, the digits' eigen-digits and reconstruction;
 * then k-means and a Gaussian mixture by EM on 2-D points, step by step, with the elbow and BIC.
 */
export default function PcaTab() {
  useViewUrl(pcaView, usePcaStore);
  const notice = usePcaStore((s) => s.urlNotice);
  const dismiss = usePcaStore((s) => s.dismissNotice);
  const pca = usePcaStore((s) => s.pca);
  const pcaError = usePcaStore((s) => s.pcaError);
  const clusterError = usePcaStore((s) => s.clusterError);
  const table = usePcaStore((s) => s.table);
  const k = usePcaStore((s) => s.view.k);
  const row = usePcaStore((s) => s.view.digit);
  const pointsKey = usePcaStore((s) => s.pointsKey);
  const seed = usePcaStore((s) => s.view.seed);
  const [box, width] = useWidth<HTMLDivElement>();
  const [scoresBox, scoresWidth] = useStagedWidth<HTMLDivElement>();
  const [screeBox, screeWidth] = useStagedWidth<HTMLDivElement>();

  useEffect(() => {
    usePcaStore.getState().sync();
  }, []);
  // The elbow and BIC curves follow the clustered points and the starts, in the worker.
  const init = usePcaStore((s) => s.view.init);
  const minit = usePcaStore((s) => s.view.minit);
  useEffect(() => {
    if (!pointsKey) return;
    const t = setTimeout(() => usePcaStore.getState().computeCurves(), 300);
    return () => clearTimeout(t);
  }, [pointsKey, seed, init, minit]);

  // The chosen row rebuilt from k components, and its error for every k.
  const chosen = table && pca && pca.d === table.d ? Math.min(row, table.n - 1) : -1;
  const x = chosen >= 0 ? table!.data.subarray(chosen * table!.d, (chosen + 1) * table!.d) : null;
  const curve = useMemo(() => (pca && x ? errorCurve(pca, x) : null), [pca, table, chosen]); // eslint-disable-line react-hooks/exhaustive-deps
  const rebuilt = useMemo(
    () => (pca && x ? reconstruct(pca, x, Math.min(k, pca.d)) : null),
    [pca, table, chosen, k], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const error = curve ? curve[Math.min(k, curve.length - 1)] : null;
  // Plots sit inside panels (padding and border on each side).
  const plotWidth = Math.max(220, Math.min(640, width - 34));

  return (
    <>
      <h2 className="tab-title">PCA and clustering</h2>
      <UrlNotice ignored={notice} onDismiss={dismiss} />
      <div className="pca-layout">
        <div className="controls">
          <PcaDataControls />
          <ClusterControls />
        </div>
        <div className="results" ref={box}>
          {pcaError && <ErrorNote>{pcaError}</ErrorNote>}
          <OwnPoints width={plotWidth} />
          {/* On stage the scores plot is the main figure and the scree plot its companion, each laid out at
              the width the stage gives it (the scores plot fills it: its panel's padding steps aside, pca.css). */}
          <div className="pca-staged" data-stage="main" ref={scoresBox}>
            <ScoresPlot width={scoresWidth ?? plotWidth} fill={scoresWidth !== null} />
          </div>
          <PcaReadouts reconstructionError={error} />
          <div data-stage="companion" ref={screeBox}>
            <ScreePlot width={screeWidth ?? plotWidth} />
          </div>
          <PcaStepper />
          <Scores3DView />
          <DigitsPanel width={plotWidth} curve={curve} reconstruction={rebuilt} />
          <LinalgLink />
          <section className="panel" aria-label="clustering">
            <h3>Clustering</h3>
            {clusterError && <ErrorNote>{clusterError}</ErrorNote>}
            <ClusterPlot width={plotWidth} />
            <ClusterHistory width={plotWidth} />
            <ElbowAndBic width={plotWidth} />
          </section>
        </div>
      </div>
    </>
  );
}

/** The student's own points, editable (click, drag, right-click; keys) with the shared data plot. */
function OwnPoints({ width }: { width: number }) {
  const own = usePcaStore((s) => s.view.data === 'own');
  const pts = usePcaStore((s) => s.view.points);
  const plot = useMemo<PlotPoints>(() => {
    const x = new Float64Array(2 * pts.length);
    const y = new Float64Array(pts.length);
    pts.forEach((p, i) => {
      x[2 * i] = p.x1;
      x[2 * i + 1] = p.x2;
      y[i] = p.label;
    });
    return { x, y, n: pts.length, isTest: new Uint8Array(pts.length) };
  }, [pts]);
  if (!own) return null;
  const s = usePcaStore.getState;
  return (
    <section className="panel" aria-label="your points">
      <h3>Your points</h3>
      <DataPlot
        size={Math.min(width, 420)}
        extent={6}
        task="classification"
        oneD={false}
        points={plot}
        picture={null}
        lattice={1}
        pictureKind={{ kind: 'value', scale: 1 }}
        label="Your points: click to add, drag to move, right-click to remove"
        text={{ description: `${pts.length} points of your own.` }}
        editable
        brush={0}
        onAdd={(a, b) => s().addPoint(a, b, 0)}
        onMove={(i, a, b) => s().movePoint(i, a, b)}
        onRemove={(i) => s().removePoint(i)}
      />
    </section>
  );
}
