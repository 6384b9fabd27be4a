import { useEffect, useEffectEvent, useRef } from 'react';

export interface AutoRunOptions {
  /** Quiet time after a change before the run starts, so a slider drag starts one run, not fifty. */
  settleMs?: number;
  /** Run at once when the component mounts instead of after `settleMs`. */
  immediate?: boolean;
  /** Called when the component unmounts (a tab that closes cancels its job). */
  onClose?: () => void;
}

/**
 * Calls `run` when the component opens and whenever `key` (the settings that a run depends on) has
 * rested for `settleMs`. `run` decides for itself whether there is anything to do (invalid settings,
 * a result that is still current), and always sees the latest props.
 */
export function useAutoRun(
  key: unknown,
  run: () => void,
  { settleMs = 250, immediate = false, onClose }: AutoRunOptions = {},
): void {
  const fire = useEffectEvent(run);
  const close = useEffectEvent(() => onClose?.());
  const opened = useRef(false);
  useEffect(() => {
    const first = !opened.current;
    opened.current = true;
    if (first && immediate) {
      fire();
      return;
    }
    const t = setTimeout(fire, settleMs);
    return () => clearTimeout(t);
    // `key` is in the list only to restart the timer when it changes.
  }, [key, settleMs, immediate]);
  useEffect(() => () => close(), []);
}
