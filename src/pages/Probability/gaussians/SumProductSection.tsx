import { useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import { normalProduct, normalSum } from '../../../core';
import { useGaussiansStore } from '../../../stores/probability/gaussians/store';
import { gaussianFields as F, gaussiansView } from '../../../stores/probability/gaussians/view';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { FieldSlider } from '../../../ui/FieldSlider';
import { Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { num } from '../shared/chartText';
import { texNum as n } from './gaussianTex';

const HEIGHT = 260;
const pdf = (m: number, s: number, x: number) =>
  Math.exp(-(((x - m) / s) ** 2) / 2) / (s * Math.sqrt(2 * Math.PI));

/** Two independent normals: the law of their sum (variances add) and their normalized product (precisions add). */
export function SumProductSection({ width }: { width: number }) {
  const view = useGaussiansStore((s) => s.view);
  const set = useGaussiansStore.getState().set;
  const keys = ['m1', 's1', 'm2', 's2'] as const;
  const ok = keys.every((k) => gaussiansView.problem(k, view[k], view) === null);
  const a = { mean: ok ? view.m1 : -1, sd: ok ? view.s1 : 1 };
  const b = { mean: ok ? view.m2 : 1.5, sd: ok ? view.s2 : 0.7 };
  const sum = normalSum(a, b);
  const prod = normalProduct(a, b);
  const chartW = Math.max(260, Math.min(620, width < 720 ? width - 8 : width - 380));
  const innerW = chartW - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const data = useMemo(() => {
    const lo = Math.min(a.mean - 4 * a.sd, b.mean - 4 * b.sd, sum.mean - 3.5 * sum.sd);
    const hi = Math.max(a.mean + 4 * a.sd, b.mean + 4 * b.sd, sum.mean + 3.5 * sum.sd);
    return Array.from({ length: 301 }, (_, i) => {
      const x = lo + ((hi - lo) * i) / 300;
      return {
        x,
        a: pdf(a.mean, a.sd, x),
        b: pdf(b.mean, b.sd, x),
        s: pdf(sum.mean, sum.sd, x),
        p: pdf(prod.mean, prod.sd, x),
      };
    });
  }, [a.mean, a.sd, b.mean, b.sd, sum.mean, sum.sd, prod.mean, prod.sd]);
  const x = scaleLinear()
    .domain([data[0].x, data[data.length - 1].x])
    .range([0, innerW]);
  const top = Math.max(...data.map((d) => Math.max(d.a, d.b, d.s, d.p)));
  const y = scaleLinear()
    .domain([0, top * 1.05])
    .range([innerH, 0])
    .nice();
  const path = (k: 'a' | 'b' | 's' | 'p') =>
    line<(typeof data)[number]>()
      .x((d) => x(d.x))
      .y((d) => y(d[k]))(data) ?? '';
  return (
    <section className="panel gau-sum" aria-labelledby="gau-sum-title">
      <h3 id="gau-sum-title">Sum and product of two Gaussians</h3>
      <div className="gau-row">
        <div className="gau-controls">
          {keys.map((k) => (
            <FieldSlider key={k} field={F[k]} value={view[k]} onChange={(v) => set(k, v)} />
          ))}
          <div className="readouts-list gau-readouts">
            <Readout label="sum mean" value={sum.mean} />
            <Readout label="sum variance" value={sum.sd ** 2} />
            <Readout label="product mean" value={prod.mean} />
            <Readout label="product variance" value={prod.sd ** 2} />
          </div>
        </div>
        <div>
          <ChartFrame
            width={chartW}
            height={HEIGHT}
            x={x}
            y={y}
            xLabel="x"
            yLabel="density"
            title="Two normal densities, the law of their sum and their normalized product"
            text={{
              description: `First N(${num(a.mean)}, ${num(a.sd ** 2)}) and second N(${num(b.mean)}, ${num(b.sd ** 2)}); their sum X₁ + X₂ is N(${num(sum.mean)}, ${num(sum.sd ** 2)}), wider than both; their normalized product is N(${num(prod.mean)}, ${num(prod.sd ** 2)}), narrower than both.`,
            }}
          >
            <path className="gau-first" d={path('a')} />
            <path className="gau-second" d={path('b')} />
            <path className="gau-sumcurve" d={path('s')} />
            <path className="gau-product" d={path('p')} />
          </ChartFrame>
          <ul className="gau-legend" aria-label="legend">
            <li>
              <span className="gau-swatch first" /> first
            </li>
            <li>
              <span className="gau-swatch second" /> second
            </li>
            <li>
              <span className="gau-swatch sum" /> sum X₁ + X₂
            </li>
            <li>
              <span className="gau-swatch product" /> product (normalized)
            </li>
          </ul>
        </div>
      </div>
      <div className="gau-tex">
        <Tex
          tex={`X_1+X_2 \\sim \\mathcal N(\\mu_1+\\mu_2,\\ \\sigma_1^2+\\sigma_2^2) = \\mathcal N(${n(sum.mean)},\\ ${n(sum.sd ** 2)})`}
          display
        />
        <Tex
          tex={`\\mathcal N(x;\\mu_1,\\sigma_1^2)\\,\\mathcal N(x;\\mu_2,\\sigma_2^2) \\propto \\mathcal N\\Big(x;\\ \\sigma^2\\big(\\tfrac{\\mu_1}{\\sigma_1^2}+\\tfrac{\\mu_2}{\\sigma_2^2}\\big),\\ \\sigma^2\\Big),\\ \\tfrac{1}{\\sigma^2}=\\tfrac{1}{\\sigma_1^2}+\\tfrac{1}{\\sigma_2^2}:\\ \\mathcal N(${n(prod.mean)},\\ ${n(prod.sd ** 2)})`}
          display
        />
      </div>
      <p>
        Variances of independent draws add, so a sum is always wider; precisions add when densities are
        multiplied, so a product (a Gaussian prior times a Gaussian likelihood, a Kalman update) is always
        narrower, its mean the precision-weighted average.
      </p>
    </section>
  );
}
