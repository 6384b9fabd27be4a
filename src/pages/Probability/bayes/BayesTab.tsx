import { betaPosterior, betaShapeProblem, betaSummary, betaUpdateTex, BETA_RULE_TEX } from '../../../core';
import { useBayesStore } from '../../../stores/probability/bayes/store';
import { useWidth } from '../../../ui/ChartFrame';
import { Tex } from '../../../ui/Tex';
import { UrlNotice } from '../../../ui/UrlNotice';
import { CoinControls } from './CoinControls';
import { PosteriorChart } from './PosteriorChart';
import { PosteriorReadouts } from './PosteriorReadouts';
import { ScreeningPanel } from './ScreeningPanel';
import { sameNumbers, useLastValid } from './useLastValid';
import '../shared/simulation.css';
import './bayes.css';
import { useViewUrl } from '../../../app/useUrlState';
import { bayesView } from '../../../stores/probability/bayes/view';

/** Bayesian updating of a coin's Beta prior, toss by toss, and Bayes' theorem on a screening test. */
export default function BayesTab() {
  useViewUrl(bayesView, useBayesStore);
  const alpha = useBayesStore((s) => s.view.alpha);
  const beta = useBayesStore((s) => s.view.beta);
  const heads = useBayesStore((s) => s.view.heads);
  const tails = useBayesStore((s) => s.view.tails);
  const p = useBayesStore((s) => s.view.p);
  const notice = useBayesStore((s) => s.urlNotice);
  const dismiss = useBayesStore((s) => s.dismissNotice);
  const [box, width] = useWidth<HTMLDivElement>();
  const valid = !betaShapeProblem('alpha', alpha) && !betaShapeProblem('beta', beta);
  const shape = useLastValid({ alpha, beta }, valid, sameNumbers, {
    alpha: bayesView.defaults.alpha,
    beta: bayesView.defaults.beta,
  });
  const prior = betaSummary(shape.alpha, shape.beta);
  const posterior = betaPosterior(shape.alpha, shape.beta, heads, tails);
  const trueP = p >= 0 && p <= 1 ? p : null;
  return (
    <>
      <h2 className="tab-title">Bayesian updating</h2>
      <UrlNotice ignored={notice} onDismiss={dismiss} />
      <div className="two-col bayes">
        <div className="controls">
          <CoinControls />
        </div>
        <div className="results">
          <div className="formula" role="group" tabIndex={0} aria-label="conjugate update">
            <Tex tex={BETA_RULE_TEX} display />
            <Tex tex={betaUpdateTex(shape.alpha, shape.beta, heads, tails)} display />
          </div>
          {/* The chart follows this box: on stage it is laid out at the width the stage gives it. */}
          <div data-stage="main" ref={box}>
            <PosteriorChart prior={prior} posterior={posterior} trueP={trueP} width={width} />
          </div>
          <PosteriorReadouts prior={prior} posterior={posterior} />
        </div>
      </div>
      <ScreeningPanel />
    </>
  );
}
