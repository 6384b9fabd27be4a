import { useState } from 'react';
import { useViewUrl } from '../../../app/useUrlState';
import { conditionalGaussian, gaussian2Ellipse, gaussian2Factor } from '../../../core';
import { useGaussiansStore } from '../../../stores/probability/gaussians/store';
import {
  covarianceOf,
  gaussianFields as F,
  gaussiansView,
  type GaussiansView,
} from '../../../stores/probability/gaussians/view';
import { useWidth } from '../../../ui/ChartFrame';
import { useStagedWidth } from '../../../ui/useStagedWidth';
import { FieldSlider } from '../../../ui/FieldSlider';
import { Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { UrlNotice } from '../../../ui/UrlNotice';
import { GaussianLegend, GaussianPlot } from './GaussianPlot';
import { SumProductSection } from './SumProductSection';
import { conditionalTex, covarianceTex } from './gaussianTex';
import './gaussians.css';

const JOINT: (keyof GaussiansView & ('mx' | 'my' | 'sx' | 'sy' | 'rho' | 'y0'))[] = [
  'mx',
  'my',
  'sx',
  'sy',
  'rho',
  'y0',
];

/** The tab's fields are valid: the picture follows them, else it keeps the last valid view. */
function useShown(view: GaussiansView): GaussiansView {
  const [shown, setShown] = useState(view);
  const ok = Object.keys(gaussiansView.problems(view)).length === 0;
  if (ok && shown !== view) setShown(view);
  return ok ? view : shown;
}

/** Gaussians: a 2-D normal set by sliders, its ellipses, samples, marginals and the conditional at y = y₀. */
export default function GaussiansTab() {
  useViewUrl(gaussiansView, useGaussiansStore);
  const view = useGaussiansStore((s) => s.view);
  const set = useGaussiansStore.getState().set;
  const ignored = useGaussiansStore((s) => s.urlNotice);
  const dismiss = useGaussiansStore((s) => s.dismissNotice);
  const shown = useShown(view);
  const [box, width] = useWidth<HTMLDivElement>(900);
  const [stageRef, stagedWidth] = useStagedWidth<HTMLDivElement>();
  const mean: [number, number] = [shown.mx, shown.my];
  const cov = covarianceOf(shown);
  const cond = conditionalGaussian(mean, cov, shown.y0);
  const { semiAxes, angle } = gaussian2Ellipse(mean, cov, 1, 4);
  const chol = gaussian2Factor(cov);
  const plotSize = Math.min(520, Math.max(260, width < 720 ? width - 8 : width - 360));
  const entropyNats = Math.log(2 * Math.PI * Math.E) + 0.5 * Math.log(cov[0][0] * cov[1][1] - cov[0][1] ** 2);
  return (
    <div className="gaussians" ref={box}>
      <h2 className="tab-title">Multivariate Gaussians</h2>
      <UrlNotice ignored={ignored} onDismiss={dismiss} />
      <div className="gau-row">
        <div className="gau-controls panel">
          <h3>Mean and covariance</h3>
          {JOINT.map((k) => (
            <FieldSlider key={k} field={F[k]} value={view[k]} onChange={(v) => set(k, v)} />
          ))}
          <label className="gau-check">
            <input
              type="checkbox"
              checked={view.samples}
              onChange={(e) => set('samples', e.target.checked)}
            />{' '}
            show samples (μ + Lz, 400 draws)
          </label>
          <div className="readouts-list gau-readouts" data-stage="companion">
            <Readout label="conditional mean" value={cond.mean} />
            <Readout label="conditional variance" value={cond.variance} />
            <Readout label="correlation" value={shown.rho} />
          </div>
        </div>
        {/* On stage the plot follows the width the stage lays it out at; the readouts and the legend are its
            companions, beside it. */}
        <div className="gau-figure">
          <div data-stage="main" ref={stageRef}>
            <GaussianPlot
              mean={mean}
              cov={cov}
              y0={shown.y0}
              samples={shown.samples}
              seed={shown.seed}
              size={stagedWidth ?? plotSize}
              onY0={(v) => set('y0', v)}
            />
          </div>
          <GaussianLegend />
        </div>
      </div>
      <section className="panel gau-formulas" aria-labelledby="gau-cond-title">
        <h3 id="gau-cond-title">Conditioning on y = y₀</h3>
        <div className="gau-tex">
          <Tex tex={conditionalTex(mean, cov, shown.y0, cond)} display />
        </div>
        <p>
          Fixing y slices the joint density along the line; renormalized, the slice is again a normal. Its
          mean moves with y₀ along the regression line of x on y (slope Σxy/Σyy ={' '}
          {Number((cov[0][1] / cov[1][1]).toPrecision(4))}), and its variance does not depend on y₀ at all:
          knowing y removes the share ρ² = {Number((shown.rho ** 2).toPrecision(4))} of x&rsquo;s variance.
        </p>
        <h3>Ellipses and samples from Σ</h3>
        <div className="gau-tex">
          <Tex tex={covarianceTex(cov, semiAxes, angle, chol)} display />
        </div>
        <p>
          The 1σ ellipse has semi-axes √λ₁ = {Number(semiAxes[0].toPrecision(4))} and √λ₂ ={' '}
          {Number(semiAxes[1].toPrecision(4))} along Σ&rsquo;s eigenvectors (the first at{' '}
          {Number(((angle * 180) / Math.PI).toPrecision(3))}°); it holds 39 % of the mass, the 2σ ellipse 86
          %. Samples are μ + Lz with Σ = LLᵀ (Cholesky) and z two independent standard normals.
        </p>
        <p>
          Among all laws on the plane with this covariance the Gaussian has the largest entropy, ½ log((2πe)²
          det Σ) = {Number(entropyNats.toPrecision(4))} nats ={' '}
          {Number((entropyNats / Math.LN2).toPrecision(4))} bits: it assumes nothing beyond the mean and Σ.
          See <a href="#/probability?v=1&tab=information">Entropy and KL</a> for entropy and its maximum.
        </p>
      </section>
      <SumProductSection width={width} />
    </div>
  );
}
