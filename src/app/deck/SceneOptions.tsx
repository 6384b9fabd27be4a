import { useId } from 'react';
import { currentViewAddress } from '../useUrlState';
import {
  checkSceneHash,
  SCENE_SPEEDS,
  STAGE_LAYOUTS,
  STAGE_PANELS,
  type Scene,
  type StageArrangement,
  type StageLayoutChoice,
  type StagePanelChoice,
} from './deckCodec';
import { scenePage } from './deckOps';

/** The options of a scene the editor changes (everything but its address, title and class note). */
export type SceneOptionValues = Required<
  Pick<Scene, 'speaker' | 'stage' | 'panels' | 'layout' | 'autoplay' | 'speed' | 'hidePreview' | 'builds'>
>;

export function sceneOptionsOf(scene: Scene): SceneOptionValues {
  return {
    speaker: scene.speaker ?? '',
    stage: scene.stage ?? 'page',
    panels: scene.panels ?? 'all',
    layout: scene.layout ?? 'auto',
    autoplay: scene.autoplay ?? false,
    speed: scene.speed ?? 1,
    hidePreview: scene.hidePreview ?? false,
    builds: scene.builds ?? [],
  };
}

const STAGE_LABELS: Record<StageArrangement, string> = {
  figure: 'Main figure, full screen',
  controls: 'Main figure and a strip of controls',
  page: 'Whole page',
};

const PANEL_LABELS: Record<StagePanelChoice, string> = {
  all: 'The main figure and its companion charts',
  main: 'The main figure only',
};

const LAYOUT_LABELS: Record<StageLayoutChoice, string> = {
  auto: 'By the screen’s shape',
  side: 'Side by side',
  stacked: 'Stacked',
};

/**
 * The scene options in the deck's edit form: private speaker notes, what is on stage, autoplay at a speed,
 * hiding the faint preview path, and build steps (the view on screen now, added as the next click's step).
 */
export function SceneOptionsFields({
  value,
  onChange,
}: {
  value: SceneOptionValues;
  onChange(next: SceneOptionValues): void;
}) {
  const id = useId();
  const set = <K extends keyof SceneOptionValues>(k: K, v: SceneOptionValues[K]) =>
    onChange({ ...value, [k]: v });
  const addBuild = () => {
    const checked = checkSceneHash(currentViewAddress({ complete: true }));
    if ('hash' in checked) set('builds', [...value.builds, checked.hash]);
  };
  return (
    <fieldset className="deck-options">
      <legend>Presenting</legend>
      <label className="field">
        <span>Speaker notes (only in the presenter view)</span>
        <textarea
          value={value.speaker}
          maxLength={2000}
          rows={2}
          onChange={(e) => set('speaker', e.target.value)}
        />
      </label>
      <label className="field">
        <span>On stage</span>
        <select value={value.stage} onChange={(e) => set('stage', e.target.value as StageArrangement)}>
          {(Object.keys(STAGE_LABELS) as StageArrangement[]).map((k) => (
            <option key={k} value={k}>
              {STAGE_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {value.stage !== 'page' && (
        <>
          <label className="field">
            <span>Figures on stage</span>
            <select value={value.panels} onChange={(e) => set('panels', e.target.value as StagePanelChoice)}>
              {STAGE_PANELS.map((k) => (
                <option key={k} value={k}>
                  {PANEL_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          {value.panels === 'all' && (
            <label className="field">
              <span>Arrangement of the figures</span>
              <select
                value={value.layout}
                onChange={(e) => set('layout', e.target.value as StageLayoutChoice)}
              >
                {STAGE_LAYOUTS.map((k) => (
                  <option key={k} value={k}>
                    {LAYOUT_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
      <label className="check">
        <input type="checkbox" checked={value.autoplay} onChange={(e) => set('autoplay', e.target.checked)} />
        Start the animation when the scene opens
      </label>
      <label className="field">
        <span>Animation speed</span>
        <select value={value.speed} onChange={(e) => set('speed', Number(e.target.value))}>
          {SCENE_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={value.hidePreview}
          onChange={(e) => set('hidePreview', e.target.checked)}
        />
        Hide the faint preview path until it is drawn
      </label>
      <div className="deck-builds" role="group" aria-labelledby={`${id}-b`}>
        <p id={`${id}-b`} className="fine">
          Build steps (each revealed by the next click): {value.builds.length === 0 ? 'none' : ''}
        </p>
        {value.builds.length > 0 && (
          <ol>
            {value.builds.map((b, i) => (
              <li key={i}>
                {scenePage(b)}{' '}
                <button
                  type="button"
                  className="chip"
                  aria-label={`Remove build step ${i + 1}`}
                  onClick={() =>
                    set(
                      'builds',
                      value.builds.filter((_, j) => j !== i),
                    )
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
        <button type="button" onClick={addBuild}>
          Add the view on screen as a build step
        </button>
      </div>
    </fieldset>
  );
}
