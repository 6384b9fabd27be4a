import { lazy, useId, useMemo } from 'react';
import { EXTENT } from '../../../../stores/ml/nn/data';
import { useNnStore } from '../../../../stores/ml/nn/store';
import { ChartTextAlternative } from '../../../../ui/ChartText';
import { formatNumber } from '../../../../ui/Readout';
import { StageMessage, StageScene, useSceneStage, type StageTexts } from '../../../../ui/webgl/SceneStage';
import { cssHex, rootStyle, useThemeColors } from '../../../../ui/webgl/themeColors';
import { useOrbitSync } from '../../../../ui/webgl/useOrbitSync';
import { OrbitButtons, orbitKeyHandler, orbitShortcuts } from '../../../../ui/webgl/OrbitButtons';
import { outputKind } from '../outputKind';
import { outputOrbit } from './orbit';

const OutputSurfaceCanvas = lazy(() => import('./OutputSurfaceCanvas'));

const TEXTS: StageTexts = {
  noWebgl:
    'The 3-D view needs WebGL, which this browser or computer does not provide. The heat map above shows the same output in 2-D.',
  lost: 'The 3-D view stopped because the browser lost its WebGL context. The heat map above keeps working.',
  failed: (reason) => `The 3-D view could not start (${reason}).`,
};

const onKey = orbitKeyHandler(outputOrbit);

const readBackground = () => cssHex(rootStyle(), '--panel', '#ffffff');

/** The surface in words: what the height is, and where it is highest and lowest (throttled like the scene). */
function SurfaceText({ id }: { id: string }) {
  const epoch = useNnStore((s) => (s.snapshot ? Math.floor(s.snapshot.epoch / 50) : -1));
  const data = useNnStore((s) => s.data);
  const text = useMemo(() => {
    void epoch;
    const { snapshot } = useNnStore.getState();
    if (!snapshot || 'error' in data || snapshot.picture.length === 0)
      return 'The network has no output picture yet.';
    const kind = outputKind(data);
    const outputs = kind.kind === 'probability' ? kind.outputs : 1;
    const n = Math.round(Math.sqrt(snapshot.picture.length / outputs));
    const value = (cell: number) => {
      if (outputs === 1) return snapshot.picture[cell];
      let best = 0;
      for (let k = 0; k < outputs; k++) best = Math.max(best, snapshot.picture[cell * outputs + k]);
      return best;
    };
    let hi = 0;
    let lo = 0;
    for (let c = 1; c < n * n; c++) {
      if (value(c) > value(hi)) hi = c;
      if (value(c) < value(lo)) lo = c;
    }
    const at = (c: number) => {
      const x1 = -EXTENT + (2 * EXTENT * (c % n)) / (n - 1);
      const x2 = -EXTENT + (2 * EXTENT * Math.floor(c / n)) / (n - 1);
      return `(${formatNumber(x1, 2)}, ${formatNumber(x2, 2)})`;
    };
    const what =
      kind.kind === 'value'
        ? 'the predicted y'
        : outputs === 1
          ? 'the probability of class 1'
          : 'the probability of the most likely class';
    return `Height is ${what} over x1, x2 from −${EXTENT} to ${EXTENT}, at epoch ${snapshot.epoch}: highest ${formatNumber(value(hi), 3)} at ${at(hi)}, lowest ${formatNumber(value(lo), 3)} at ${at(lo)}. The ${data.n} points sit at the height of their ${kind.kind === 'value' ? 'y value' : 'class'}.`;
  }, [epoch, data]);
  return <ChartTextAlternative id={id} text={{ description: text }} />;
}

function Surface3D() {
  const textId = `nn-surface-text-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const stage = useSceneStage(TEXTS);
  const cam = useNnStore((s) => s.view.cam);
  useOrbitSync(outputOrbit, cam, (c) => useNnStore.getState().set('cam', c));
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
            aria-label="3-D surface of the network's output over the plot, with the points"
            aria-describedby={textId}
            aria-keyshortcuts={orbitShortcuts()}
            onKeyDown={onKey}
          >
            <StageScene stage={stage} loadingClass="nn-scene-loading">
              <OutputSurfaceCanvas
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
          <SurfaceText id={textId} />
          <OrbitButtons orbit={outputOrbit} label="3-D view controls" className="buttons" />
        </>
      )}
    </>
  );
}

/**
 * The output surface in 3-D, on request (three.js loads only when the box is ticked): the heat map's colours
 * with height, so a student sees the sigmoid's cliff or the regression surface's shape.
 */
export function OutputSurfaceView() {
  const on = useNnStore((s) => s.view.surface3d);
  const oneD = useNnStore((s) => !('error' in s.data) && s.data.oneD);
  const set = useNnStore((s) => s.set);
  return (
    <section className="panel nn-surface3d" aria-label="3-D view of the output">
      <label className="check">
        <input
          type="checkbox"
          checked={on && !oneD}
          disabled={oneD}
          onChange={(e) => set('surface3d', e.target.checked)}
        />
        3-D view of the output
      </label>
      {oneD && <p className="fine">The 3-D view is for two inputs; a 1-D task is its curve, drawn above.</p>}
      {on && !oneD && <Surface3D />}
    </section>
  );
}
