import { useEffect } from 'react';
import { useMcmcStore } from '../../../stores/probability/mcmc/store';
import { mcmcProblems } from '../../../stores/probability/mcmc/view';

/** How long settings must rest before the chain is rerun: a slider drag runs once, at the end. */
const SETTLE_MS = 350;

/**
 * Runs the chain when the tab opens and again whenever the settings (not the replay speed) have
 * settled, so the picture always answers the controls. Invalid settings wait for a fix.
 */
export function useAutoRun(): void {
  useEffect(() => {
    const runIfIdle = () => {
      const s = useMcmcStore.getState();
      if (!s.run && !s.running && Object.keys(mcmcProblems(s.view)).length === 0) s.start();
    };
    runIfIdle();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useMcmcStore.subscribe((s, prev) => {
      if (s.view === prev.view || s.run !== null) return;
      clearTimeout(timer);
      timer = setTimeout(runIfIdle, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
