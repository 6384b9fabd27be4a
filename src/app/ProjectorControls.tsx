import { useShortcut } from '../ui/keyboard';
import { fullscreenSupported, setFullscreen, useIsFullscreen } from './fullscreen';
import { setProjector, useProjector } from './projector';

/**
 * "Projector mode" and, inside projector mode, "Full screen". Key P turns on projector mode and full screen
 * at once (where the browser allows full screen). Leaving projector mode restores the normal view and leaves
 * full screen.
 */
export function ProjectorControls() {
  const on = useProjector();
  const full = useIsFullscreen();
  // The key is the quick way in front of a class: projector mode and full screen together (a key press is a
  // user gesture, so the browser allows it); P again leaves both. A refused full screen leaves projector mode on.
  useShortcut('p', () => {
    setProjector(!on);
    if (!on && fullscreenSupported()) void setFullscreen(true);
  });
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
