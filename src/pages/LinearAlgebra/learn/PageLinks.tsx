import { useMemo, type MouseEvent } from 'react';
import type { Matrix } from '../../../core';
import { useLinalgStore } from '../../../stores/linalg/store';
import { Tex } from '../../../ui/Tex';
import { texMatrix } from '../linalgTex';
import { useSettled } from '../useSettled';
import { covarianceLink, quadraticLink, quadraticShape, type Link } from './links';
import './learnLinalg.css';

/**
 * Follows a link with the matrix as it is now: the panel shows the settled matrix (see below). The
 * history entry behind the link gets the latest matrix from useUrlState, which writes a change still
 * waiting to settle before any in-app link is followed.
 */
const follow = (make: (a: Matrix) => Link) => (e: MouseEvent<HTMLAnchorElement>) => {
  const link = make(useLinalgStore.getState().view.a);
  // The browser reads href after the click handlers, so the fresh link is the one followed.
  if (link.ok) e.currentTarget.setAttribute('href', link.href);
  else e.preventDefault();
};
const followQuadratic = follow(quadraticLink);
const followCovariance = follow(covarianceLink);

/** "Explore f(x) = ½ xᵀAx" on the calculus page and "Use as covariance" on the probability page's MCMC tab. */
export function PageLinks() {
  // Built once a drag pauses: the links and their formulas need not follow every slider event.
  const a = useSettled(useLinalgStore((s) => s.view.a));
  const quad = useMemo(() => quadraticLink(a), [a]);
  const cov = useMemo(() => covarianceLink(a), [a]);
  const big = a.length > 2;
  return (
    <section className="panel la-math la-links" aria-label="on other pages">
      <h3>On other pages</h3>
      <div className="la-link">
        {quad.ok ? (
          <a href={quad.href} onClick={followQuadratic}>
            Explore f(x) = ½ xᵀAx
          </a>
        ) : (
          <span className="la-link-off" aria-disabled="true">
            Explore f(x) = ½ xᵀAx
          </span>
        )}
        <p className="fine">
          {quad.ok ? (
            <Tex tex={`f(x, y) = \\tfrac12 x^{\\mathsf T} S x = ${quad.tex}`} />
          ) : (
            `Unavailable: ${quad.problem}`
          )}{' '}
          with <Tex tex={`S = \\tfrac12 (A + A^{\\mathsf T}) = ${texMatrix(quad.m)}`} />
          {big
            ? ', built from the leading 2×2 block of A (rows and columns 1 and 2), since the calculus page draws functions of x and y.'
            : '.'}{' '}
          {quadraticShape(quad.m)}
        </p>
      </div>
      <div className="la-link">
        {cov.ok ? (
          <a href={cov.href} onClick={followCovariance}>
            Use as covariance
          </a>
        ) : (
          <span className="la-link-off" aria-disabled="true">
            Use as covariance
          </span>
        )}
        <p className="fine">
          {cov.ok ? 'Samples N(0, Σ) with MCMC, ' : 'Unavailable: '}
          <Tex tex={`\\Sigma = AA^{\\mathsf T} = ${texMatrix(cov.m)}`} />
          {big &&
            ', the leading 2×2 block of A·Aᵀ: the covariance of (x, y) when the point is A·w with w standard normal'}
          .{' '}
          {cov.ok ? (
            <Tex
              tex={`\\log p(x, y) = -\\tfrac12 x^{\\mathsf T}\\Sigma^{-1}x = ${cov.tex} + \\text{const}`}
            />
          ) : (
            cov.problem
          )}
        </p>
      </div>
    </section>
  );
}
