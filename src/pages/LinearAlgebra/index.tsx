import { lazy, Suspense } from 'react';
import { useLinalgStore } from '../../stores/linalg/store';
import { useProgressStore } from '../../stores/progressStore';
import { LearnBar } from '../../ui/learn/LearnBar';
import { UrlNotice } from '../../ui/UrlNotice';
import { AnimationControls } from './AnimationControls';
import { BasisControls, BasisInfo } from './BasisPanel';
import { CholeskyPanel } from './CholeskyPanel';
import { GramSchmidtControls, GramSchmidtPanel } from './GramSchmidtPanel';
import { JacobianControls, JacobianPanel } from './JacobianPanel';
import { MapsControls, MapsPanel } from './MapsPanel';
import { ProjectionControls, ProjectionPanel } from './ProjectionPanel';
import { ComposeInfo } from './ComposePanel';
import { MathPanel } from './MathPanel';
import { MatrixEditor } from './MatrixEditor';
import { NormsControls, NormsPanel } from './NormsPanel';
import { VectorsControls, VectorsPanel } from './VectorsPanel';
import { Vectors3Controls, Vectors3Panel } from './Vectors3Panel';
import { PcaControls, PcaInfo } from './PcaPanel';
import { Pickers } from './Pickers';
import { Readouts } from './Readouts';
import { SceneView } from './scene/SceneView';
import { SvdInfo } from './SvdPanel';
import { useViewUrl } from '../../app/useUrlState';
import { useScenePlayer } from '../../stores/presenting';
import { playTransform } from './scenePlay';
import { clock } from './animation';
import { linalgView } from '../../stores/linalg/view';
import { VectorControls } from './VectorControls';
import { LINALG_EXERCISES } from './learn/exercises';
import { LinalgTheory } from './learn/LinalgTheory';
import { PageLinks } from './learn/PageLinks';
import { useLinalgCode } from './learn/useLinalgCode';
import './linearAlgebra.css';

/** The Low rank view (image SVD) in a chunk of its own: the page's other views never load it. */
const LowRankView = lazy(() => import('./LowRankView'));

/** Linear algebra: drag a matrix and watch the plane or space transform; eigenvectors, SVD, change of basis, PCA. */
export default function LinearAlgebraPage() {
  const progress = useProgressStore();
  const notice = useLinalgStore((s) => s.urlNotice);
  useViewUrl(linalgView, useLinalgStore);
  useScenePlayer({
    play: playTransform,
    pause: () => useLinalgStore.getState().stopPlay(clock.t),
    playing: () => useLinalgStore.getState().playing !== null,
  });
  const mode = useLinalgStore((s) => s.view.mode);
  const dim = useLinalgStore((s) => s.view.dim);
  return (
    <section className="page linear-algebra">
      <h1>Linear algebra: matrices as transformations</h1>
      <LearnBar
        page="linear-algebra"
        theory={<LinalgTheory />}
        exercises={LINALG_EXERCISES}
        useCode={useLinalgCode}
        progress={progress}
      />
      <UrlNotice ignored={notice} onDismiss={useLinalgStore.getState().dismissNotice} />
      {mode === 'lowrank' ? (
        <Suspense fallback={<p className="fine">Loading the Low rank view…</p>}>
          <LowRankView />
        </Suspense>
      ) : mode === 'cholesky' ? (
        <div className="two-col">
          <div className="controls">
            <Pickers />
            <MatrixEditor which="a" letter="a" title="Matrix A (symmetric for Cholesky)" />
          </div>
          <div className="results">
            <CholeskyPanel />
          </div>
        </div>
      ) : mode === 'maps' ? (
        <div className="two-col">
          <div className="controls">
            <Pickers />
            <MapsControls />
          </div>
          <div className="results">
            <MapsPanel />
          </div>
        </div>
      ) : mode === 'jacobian' ? (
        <div className="two-col">
          <div className="controls">
            <Pickers />
            <JacobianControls />
          </div>
          <div className="results">
            <JacobianPanel />
          </div>
        </div>
      ) : mode === 'projection' || mode === 'gramschmidt' ? (
        <div className="two-col">
          <div className="controls">
            <Pickers />
            {mode === 'projection' ? <ProjectionControls /> : <GramSchmidtControls />}
          </div>
          <div className="results">{mode === 'projection' ? <ProjectionPanel /> : <GramSchmidtPanel />}</div>
        </div>
      ) : mode === 'norms' || mode === 'vectors' ? (
        <div className="two-col">
          <div className="controls">
            <Pickers />
            {mode === 'norms' ? <NormsControls /> : dim === 3 ? <Vectors3Controls /> : <VectorsControls />}
          </div>
          <div className="results">
            {mode === 'norms' ? <NormsPanel /> : dim === 3 ? <Vectors3Panel /> : <VectorsPanel />}
          </div>
        </div>
      ) : (
        <div className="two-col">
          <div className="controls">
            <Pickers />
            {mode !== 'pca' && mode !== 'basis' && <MatrixEditor which="a" letter="a" title="Matrix A" />}
            {mode === 'compose' && <MatrixEditor which="b" letter="b" title="Matrix B (applied first)" />}
            {mode === 'basis' && <BasisControls />}
            {/* Change of basis draws P and v; A only enters [A]_B = P⁻¹AP in the panel, so it comes after
                the basis, says so, and A's own numbers, explanation and links to other pages are not shown. */}
            {mode === 'basis' && (
              <MatrixEditor which="a" letter="a" title="Matrix A (used only for [A]_B = P⁻¹AP)" />
            )}
            {mode === 'pca' && <PcaControls />}
            <AnimationControls />
            <VectorControls />
          </div>
          <div className="results">
            <SceneView />
            {mode !== 'basis' && <div className="la-info">{mode === 'pca' ? <PcaInfo /> : <Readouts />}</div>}
            {mode === 'compose' && <ComposeInfo />}
            {mode === 'svd' && <SvdInfo />}
            {mode === 'basis' && <BasisInfo />}
            {mode !== 'pca' && mode !== 'basis' && <MathPanel />}
            {mode !== 'pca' && mode !== 'basis' && <PageLinks />}
          </div>
        </div>
      )}
    </section>
  );
}
