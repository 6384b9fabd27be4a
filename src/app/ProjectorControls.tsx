import { useShortcut } from '../ui/keyboard';
import { fullscreenSupported, setFullscreen, useIsFullscreen } from './fullscreen';
import { setProjector, useProjector } from './projector';

/**
 * "Projector mode" (also key P) and, inside projector mode, "Full screen". Leaving projector mode restores
 * the normal view and leaves full screen.
 */
export function ProjectorControls() {
  const on = useProjector();
  const full = useIsFullscreen();
  useShortcut('p', () => setProjector(!on));
  return (
    <>
      <button type="button" aria-pressed={on} onClick={() => setProjector(!on)} title="Projector mode (P)">
        Projector mode
      </button>
      {on && fullscreenSupported() && (
        <button type="button" aria-pressed={full} onClick={() => void setFullscreen(!full)}>
          Full screen
        </button>
      )}
    </>
  );
}
