import { useMemo } from 'react';
import { validateParams } from '../../../core';
import { useQueryParam } from '../../../app/router';
import { useBayesStore } from '../../../stores/probability/bayes/store';
import { useCltStore } from '../../../stores/probability/clt/store';
import { useInformationStore } from '../../../stores/probability/information/store';
import { useConditionalStore } from '../../../stores/probability/conditional/store';
import { useGaussiansStore } from '../../../stores/probability/gaussians/store';
import { useLlnStore } from '../../../stores/probability/lln/store';
import { useMcmcStore } from '../../../stores/probability/mcmc/store';
import { useMonteCarloStore } from '../../../stores/probability/montecarlo/store';
import { useProbabilityStore } from '../../../stores/probability/distributions/store';
import { useViStore } from '../../../stores/probability/vi/store';
import { tabFromQuery } from '../tabs';
import { probabilityCode, type ProbabilityScene } from './python';

/**
 * The active tab's scene as a NumPy/SciPy script, for the Code panel. Every store is read with its own
 * selector (hooks cannot be called conditionally); only the active tab's view goes into the script.
 */
export function useProbabilityCode(): { code: string; note: string } {
  const tab = tabFromQuery(useQueryParam('tab'));
  const dist = useProbabilityStore((s) => s.view);
  const shown = useProbabilityStore((s) => s.shown);
  const lln = useLlnStore((s) => s.view);
  const clt = useCltStore((s) => s.view);
  const mc = useMonteCarloStore((s) => s.view);
  const bayes = useBayesStore((s) => s.view);
  const mcmc = useMcmcStore((s) => s.view);
  const info = useInformationStore((s) => s.view);
  const gau = useGaussiansStore((s) => s.view);
  const cond = useConditionalStore((s) => s.view);
  const vi = useViStore((s) => s.view);
  return useMemo(() => {
    let scene: ProbabilityScene;
    switch (tab) {
      case 'distributions': {
        // While a field is invalid the page draws the last valid law; so does the script.
        const fallback = validateParams(dist.dist, dist.params).length > 0;
        const view = fallback ? { ...dist, dist: shown.dist, params: shown.params } : dist;
        scene = { tab, view, fallback };
        break;
      }
      case 'lln':
        scene = { tab, view: lln };
        break;
      case 'clt':
        scene = { tab, view: clt };
        break;
      case 'montecarlo':
        scene = { tab, view: mc };
        break;
      case 'bayes':
        scene = { tab, view: bayes };
        break;
      case 'mcmc':
        scene = { tab, view: mcmc };
        break;
      case 'information':
        scene = { tab, view: info };
        break;
      case 'gaussians':
        scene = { tab, view: gau };
        break;
      case 'conditional':
        scene = { tab, view: cond };
        break;
      case 'vi':
        scene = { tab, view: vi };
        break;
    }
    return probabilityCode(scene);
  }, [tab, dist, shown, lln, clt, mc, bayes, mcmc, info, gau, cond, vi]);
}
