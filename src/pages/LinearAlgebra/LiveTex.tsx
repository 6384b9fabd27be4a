import { Tex } from '../../ui/Tex';
import { useSettled } from './useSettled';

/**
 * A formula that follows live numbers once they settle (200 ms without a change, or every 2 s during
 * a long drag). Each formula keeps its own timer, so typesetting is spread over short tasks.
 */
export function LiveTex({ tex, display, label }: { tex: string; display?: boolean; label?: string }) {
  return <Tex tex={useSettled(tex)} display={display} label={label} />;
}
