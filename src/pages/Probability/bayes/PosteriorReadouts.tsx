import type { BetaSummary } from '../../../core';
import { Readout } from '../../../ui/Readout';

/** Posterior mean (the tab's main readout), mode, spread and 95 % credible interval, and the legend. */
export function PosteriorReadouts({ prior, posterior }: { prior: BetaSummary; posterior: BetaSummary }) {
  return (
    <div className="readouts">
      <section aria-label="the posterior">
        <h3>
          Posterior Beta({fmt(posterior.alpha)}, {fmt(posterior.beta)})
        </h3>
        <Readout label="posterior mean" value={posterior.mean} title="α/(α + β)" />
        <Readout
          label="posterior mode"
          value={Number.isNaN(posterior.mode) ? null : posterior.mode}
          title="(α − 1)/(α + β − 2) when α, β > 1"
        />
        {posterior.modeNote && <p className="fine">Mode: {posterior.modeNote}.</p>}
        <Readout label="posterior sd" value={Math.sqrt(posterior.variance)} />
        <Readout label="95% interval from" value={posterior.lower} title="2.5 % quantile of the posterior" />
        <Readout label="95% interval to" value={posterior.upper} title="97.5 % quantile of the posterior" />
      </section>
      <section aria-label="the prior">
        <h3>
          Prior Beta({fmt(prior.alpha)}, {fmt(prior.beta)})
        </h3>
        <Readout label="prior mean" value={prior.mean} />
        <ul className="run-legend" aria-label="legend">
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line className="prior-line" x1="0" x2="28" y1="5" y2="5" />
            </svg>
            prior
          </li>
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line className="posterior-line" x1="0" x2="28" y1="5" y2="5" />
            </svg>
            posterior
          </li>
          <li>
            <svg width="28" height="12" aria-hidden="true">
              <rect className="ci-fill" width="28" height="12" />
            </svg>
            95 % credible interval
          </li>
          <li>
            <svg width="28" height="12" aria-hidden="true">
              <line className="mean-rule" x1="14" x2="14" y1="0" y2="12" />
            </svg>
            posterior mean
          </li>
          <li>
            <svg width="28" height="12" aria-hidden="true">
              <line className="true-p-line" x1="14" x2="14" y1="0" y2="12" />
            </svg>
            true p (used by Flip)
          </li>
        </ul>
      </section>
    </div>
  );
}

function fmt(v: number): string {
  return String(Number(v.toPrecision(6)));
}
