/**
 * The three.js half of the scene, loaded as its own chunk only when WebGL is available: the page,
 * its editor and panel render without waiting for (or ever downloading) three.js.
 */
import { DemandCanvas } from '../../../ui/webgl/DemandCanvas';
import type { SceneColors } from './colors';
import { SceneContent } from './SceneContent';

/** The transformation scene, multisampled on a GPU (see DemandCanvas for software renderers). */
export default function SceneCanvas({
  colors,
  onLost,
  software,
}: {
  colors: SceneColors;
  onLost: () => void;
  software: boolean;
}) {
  return (
    <DemandCanvas software={software} onLost={onLost} maxDpr={2} antialias>
      <SceneContent colors={colors} software={software} />
    </DemandCanvas>
  );
}
