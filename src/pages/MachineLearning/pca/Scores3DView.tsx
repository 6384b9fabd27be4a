import { lazy, memo, useId } from 'react';
import { usePcaStore } from '../../../stores/ml/pca/store';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';
import { StageMessage, StageScene, useSceneStage, type StageTexts } from '../../../ui/webgl/SceneStage';
import { cssHex, rootStyle, useThemeColors } from '../../../ui/webgl/themeColors';
import { useOrbitSync } from '../../../ui/webgl/useOrbitSync';
import { OrbitButtons, orbitKeyHandler, orbitShortcuts } from '../../../ui/webgl/OrbitButtons';
import { scoresOrbit } from './scoresOrbit';

const Scores3DCanvas = lazy(() => import('./Scores3DCanvas'));

const TEXTS: StageTexts = {
  noWebgl:
    'The 3-D scores need WebGL, which this browser or computer does not provide. The 2-D scores above show the first two components.',
  lost: 'The 3-D scores stopped because the browser lost its WebGL context. The 2-D scores above keep working.',
  failed: (reason) => `The 3-D scores could not start (${reason}).`,
};

const onKey = orbitKeyHandler(scoresOrbit);

const readBackground = () => cssHex(rootStyle(), '--panel', '#ffffff');

/** The 3-D scores in words: the components' shares, the scores' ranges, and how many rows of each label. */
function ScoresText({ id }: { id: string }) {
  const pca = usePcaStore((s) => s.pca);
  const table = usePcaStore((s) => s.table);
  if (!pca || pca.scoreColumns < 3) return null;
  const c = pca.scoreColumns;
  const ranges = [0, 1, 2].map((j) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < pca.n; i++) {
      const v = pca.scores[i * c + j];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return [lo, hi];
  });
  const names = table?.labels && table.n === pca.n ? table.labelNames : null;
  const coloured = names
    ? `coloured by label (${names.map((name, l) => `${name}: ${table!.labels!.reduce((a, x) => a + (x === l ? 1 : 0), 0)}`).join(', ')})`
    : 'not coloured (no labels)';
  const shares = [0, 1, 2].map((j) => formatNumber(pca.ratio[j] * 100, 3)).join(', ');
  const together = formatNumber((pca.ratio[0] + pca.ratio[1] + pca.ratio[2]) * 100, 4);
  return (
    <ChartTextAlternative
      id={id}
      text={{
        description: `${pca.n} rows at their first three PCA scores (PC 1, PC 2 and PC 3 explain ${shares} % of the variance, ${together} % together), ${coloured}. The box spans the largest score on either side; the red, green and blue lines are the PC 1, PC 2 and PC 3 axes.`,
        table: {
          caption: 'range of each score',
          columns: ['score', 'lowest', 'highest'],
          rows: ranges.map(([lo, hi], j) => [`PC ${j + 1}`, lo, hi]),
        },
      }}
    />
  );
}

function Scene() {
  const textId = `pca-scores3d-text-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const stage = useSceneStage(TEXTS);
  const cam = usePcaStore((s) => s.view.cam);
  useOrbitSync(scoresOrbit, cam, (c) => usePcaStore.getState().set('cam', c));
  const background = useThemeColors(readBackground);
  return (
    <>
      <div className="nn-scene">
        {stage.message ? (
          <StageMessage stage={stage} className="nn-scene-message" />
        ) : (
          <div
            className="nn-canvas"
            role="img"
            tabIndex={0}
            aria-label="3-D scores on the first three principal components, coloured by label (drag or arrow keys to turn, + and − to zoom)"
            aria-describedby={textId}
            aria-keyshortcuts={orbitShortcuts()}
            onKeyDown={onKey}
          >
            <StageScene stage={stage} loadingClass="nn-scene-loading">
              <Scores3DCanvas
                background={background}
                onLost={stage.onLost}
                software={stage.support.software}
              />
            </StageScene>
          </div>
        )}
      </div>
      {!stage.message && (
        <>
          <p className="fine" aria-hidden="true">
            Axes through the origin: red PC 1, green PC 2, blue PC 3; colours of the points as in the 2-D
            scores.
          </p>
          <ScoresText id={textId} />
          <OrbitButtons orbit={scoresOrbit} label="3-D scores controls" className="buttons" />
        </>
      )}
    </>
  );
}

/**
 * The first three PCA scores in 3-D, on request (three.js loads only when the box is ticked), coloured by
 * label like the 2-D scores; orbit with the mouse (drag, wheel), the keys on the scene, or the buttons.
 */
export const Scores3DView = memo(function Scores3DView() {
  const on = usePcaStore((s) => s.view.show3d);
  const d = usePcaStore((s) => s.pca?.d ?? null);
  const set = usePcaStore((s) => s.set);
  if (d === null) return null;
  const enough = d >= 3;
  return (
    <section className="panel nn-surface3d" aria-label="3-D scores">
      <label className="check">
        <input
          type="checkbox"
          checked={on && enough}
          disabled={!enough}
          onChange={(e) => set('show3d', e.target.checked)}
        />
        scores in 3-D
      </label>
      {!enough && (
        <p className="fine">The 3-D scores need a table of at least three columns; this one has {d}.</p>
      )}
      {on && enough && <Scene />}
    </section>
  );
});
