// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import {
  betaPosterior,
  betaSummary,
  CltRun,
  entropyBits,
  LlnRun,
  makeDistribution,
  PiRun,
  SampleRun,
  TraceDecimator,
} from '../../src/core';
import { CdfChart } from '../../src/pages/Probability/CdfChart';
import { DensityChart } from '../../src/pages/Probability/DensityChart';
import BayesTab from '../../src/pages/Probability/bayes/BayesTab';
import { PosteriorChart } from '../../src/pages/Probability/bayes/PosteriorChart';
import { CltHistogram } from '../../src/pages/Probability/clt/CltHistogram';
import InformationTab from '../../src/pages/Probability/information/InformationTab';
import { RunningMeanChart } from '../../src/pages/Probability/lln/RunningMeanChart';
import { AcfChart } from '../../src/pages/Probability/mcmc/AcfChart';
import { TraceChart } from '../../src/pages/Probability/mcmc/TraceChart';
import { EstimateChart } from '../../src/pages/Probability/montecarlo/EstimateChart';
import { PiScatter } from '../../src/pages/Probability/montecarlo/PiScatter';
import { lawLabel } from '../../src/pages/Probability/shared/chartText';
import { useBayesStore } from '../../src/stores/probability/bayes/store';
import { useInformationStore } from '../../src/stores/probability/information/store';
import { formatNumber } from '../../src/ui/Readout';
import { bayesView } from '../../src/stores/probability/bayes/view';
import { informationView } from '../../src/stores/probability/information/view';

/** The element(s) a chart's aria-describedby points at; fails when there is none. */
function described(img: HTMLElement): HTMLElement {
  const ids = (img.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  expect(ids.length, 'aria-describedby').toBeGreaterThan(0);
  const el = document.getElementById(ids[0]);
  expect(el, `element #${ids[0]}`).not.toBeNull();
  // Beside the chart, not inside it: children of role img are presentational.
  expect(img.contains(el)).toBe(false);
  return el as HTMLElement;
}

const description = (img: HTMLElement) => described(img).querySelector('p')?.textContent ?? '';

/** The hidden table as { header, rows } of cell texts; null when the alternative has no table. */
function table(img: HTMLElement): { header: string[]; rows: string[][] } | null {
  const t = described(img).querySelector('table');
  if (!t) return null;
  const cells = (tr: Element) => Array.from(tr.querySelectorAll('th, td'), (c) => c.textContent ?? '');
  return {
    header: cells(t.querySelector('thead tr') as Element),
    rows: Array.from(t.querySelectorAll('tbody tr'), cells),
  };
}

const n4 = (v: number) => formatNumber(v, 4);

// jsdom has no 2D canvas: the canvas charts (trace, π scatter) skip drawing; their text alternatives do not.
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => vi.restoreAllMocks());

describe('Probability chart text alternatives', () => {
  it('<DensityChart> and <CdfChart> for Gamma(2.5, 1.5): law, sample size, means and quantile rows', () => {
    const params = { shape: 2.5, rate: 1.5 };
    const dist = makeDistribution('gamma', params);
    const run = new SampleRun({ dist: 'gamma', params, n: 20_000, seed: 3 });
    while (!run.done) run.step();
    const s = run.snapshot();
    const law = lawLabel('gamma', params);
    expect(law).toBe('Gamma(shape α = 2.5, rate β = 1.5)');
    render(
      <>
        <DensityChart dist={dist} law={law} range={[0, 6]} snapshot={s} width={600} />
        <CdfChart dist={dist} law={law} range={[0, 6]} snapshot={s} width={600} />
      </>,
    );
    const density = screen.getByRole('img', { name: 'Density and sample histogram' });
    const text = description(density);
    expect(text).toContain(law);
    expect(text).toContain('20,000 samples');
    expect(text).toContain(`the sample mean is ${n4(s.mean)} and the true mean is 1.667`);
    const t = table(density)!;
    expect(t.header).toEqual(['quantile', 'x', 'f(x)', 'F(x)', 'histogram height']);
    expect(t.rows.map((r) => r[0])).toEqual(['5 %', '25 %', '50 %', '75 %', '95 %']);
    const median = t.rows[2];
    expect(median[1]).toBe(n4(dist.quantile(0.5)));
    expect(median[3]).toBe('0.5');
    // The histogram over the median agrees with the density there (20 000 samples: within 10 %).
    expect(Number(median[4])).toBeGreaterThan(0.9 * Number(median[2]));
    expect(Number(median[4])).toBeLessThan(1.1 * Number(median[2]));

    const cdf = screen.getByRole('img', { name: 'Cumulative distribution function' });
    expect(description(cdf)).toContain(`(Kolmogorov–Smirnov distance) is ${n4(s.ks)}`);
    const c = table(cdf)!;
    expect(c.header).toEqual(['quantile', 'x', 'F(x)', 'empirical Fₙ(x)']);
    expect(Math.abs(Number(c.rows[2][3]) - 0.5)).toBeLessThan(0.03);
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('<DensityChart> before any sample: says so, and its table holds the curve without a histogram column', () => {
    const dist = makeDistribution('cauchy', { x0: 0, gamma: 1 });
    render(<DensityChart dist={dist} law="Cauchy" range={[-10, 10]} snapshot={null} width={600} />);
    const img = screen.getByRole('img', { name: 'Density and sample histogram' });
    expect(description(img)).toContain('no samples drawn yet');
    expect(description(img)).toContain('the law has no mean');
    expect(table(img)!.header).not.toContain('histogram height');
    expect(table(img)!.rows[2].slice(1)).toEqual(['0', n4(1 / Math.PI), '0.5']);
  });

  it('<RunningMeanChart>: the runs at the last n against μ, run 1 sampled at 8 values of n; empty before a run', () => {
    const run = new LlnRun({ dist: 'normal', params: { mean: 2, sd: 1 }, n: 5000, runs: 3, seed: 4 });
    while (!run.done) run.step();
    const s = run.snapshot();
    const g = s.grid.length;
    const finals = [0, 1, 2].map((r) => s.means[r * g + g - 1]);
    const { rerender } = render(
      <RunningMeanChart
        snapshot={s}
        law="Normal(mean μ = 2, …)"
        total={5000}
        mean={2}
        sd={1}
        stale={false}
        width={600}
      />,
    );
    const img = screen.getByRole('img', { name: 'Running sample mean against the number of draws' });
    const text = description(img);
    expect(text).toContain('3 runs');
    expect(text).toContain('the true mean is 2');
    expect(text).toContain(
      `At n = 5,000 the runs' means lie between ${n4(Math.min(...finals))} and ${n4(Math.max(...finals))}`,
    );
    expect(text).toContain(`± ${n4(2 / Math.sqrt(5000))}`);
    const t = table(img)!;
    expect(t.header).toEqual(['n', 'run 1 mean', 'lowest run', 'highest run', '2σ/√n']);
    expect(t.rows.length).toBe(8);
    expect(t.rows[0][0]).toBe('1');
    expect(t.rows[7]).toEqual([
      '5,000',
      n4(finals[0]),
      n4(Math.min(...finals)),
      n4(Math.max(...finals)),
      n4(2 / Math.sqrt(5000)),
    ]);

    rerender(
      <RunningMeanChart
        snapshot={null}
        law="Normal"
        total={5000}
        mean={2}
        sd={1}
        stale={false}
        width={600}
      />,
    );
    expect(description(img)).toContain('no draws yet');
    expect(table(img)).toBeNull();
  });

  it('<CltHistogram>: mean of 30 Exponential(1) draws against N(1, 0.1826²), histogram ≈ normal at the median', () => {
    const req = {
      dist: 'exponential' as const,
      params: { rate: 1 },
      k: 30,
      reps: 20_000,
      stat: 'mean' as const,
      seed: 2,
    };
    const run = new CltRun(req);
    while (!run.done) run.step();
    const s = run.snapshot();
    const scale = 1 / Math.sqrt(30);
    render(
      <CltHistogram
        snapshot={s}
        law="Exponential(rate λ = 1)"
        k={30}
        center={1}
        scale={scale}
        stat="mean"
        stale
        width={600}
      />,
    );
    const img = screen.getByRole('img', { name: /Histogram of the mean of k draws/ });
    const text = description(img);
    expect(text).toContain('k = 30 draws from Exponential(rate λ = 1) over 20,000 repetitions');
    expect(text).toContain(`N(1, ${n4(scale)}²)`);
    expect(text).toContain(`skewness ${n4(s.skewness)}`);
    expect(text).toContain('previous run');
    const t = table(img)!;
    expect(t.header).toEqual(['share below', 'x', 'histogram height', 'normal density']);
    const median = t.rows.find((r) => r[0] === '50 %')!;
    expect(Math.abs(Number(median[1]) - 1)).toBeLessThan(0.03);
    expect(Number(median[2]) / Number(median[3])).toBeGreaterThan(0.85);
    expect(Number(median[2]) / Number(median[3])).toBeLessThan(1.15);
  });

  it('<PosteriorChart>: Beta(1, 1) after 10 heads is Beta(11, 1), mean 11/12, with its 95 % interval', () => {
    const prior = betaSummary(1, 1);
    const posterior = betaPosterior(1, 1, 10, 0);
    render(<PosteriorChart prior={prior} posterior={posterior} trueP={0.3} width={600} />);
    const img = screen.getByRole('img', { name: /Prior and posterior Beta densities/ });
    const text = description(img);
    expect(text).toContain('after 10 heads and 0 tails, the posterior Beta(11, 1)');
    expect(text).toContain(`posterior mean is ${n4(11 / 12)}`);
    expect(text).toContain(`from ${n4(posterior.lower)} to ${n4(posterior.upper)}`);
    expect(text).toContain('true p = 0.3');
    const rows = Object.fromEntries(table(img)!.rows.map((r) => [r[0], r.slice(1)]));
    expect(rows.mean).toEqual(['0.5', n4(11 / 12)]);
    expect(rows['95 % interval from'][1]).toBe(n4(0.025 ** (1 / 11)));
    expect(rows.mode).toEqual(['—', '1']);
  });

  describe('tabs', () => {
    beforeEach(() => {
      window.history.replaceState(null, '', '/#/probability?tab=bayes');
      act(() => useBayesStore.setState({ view: bayesView.defaults, recent: [], error: null, urlNotice: [] }));
      useInformationStore.setState({ view: informationView.defaults, urlNotice: [] });
    });

    it('<BayesTab> area diagram: P(disease | positive) and the four cells per 10,000, following the sliders', () => {
      render(<BayesTab />);
      const img = screen.getByRole('img', { name: /Area diagram/ });
      expect(description(img)).toContain(`P(disease | positive) = TP / (TP + FP) = ${n4(0.0917431)}`);
      const rows = () => Object.fromEntries(table(img)!.rows.map((r) => [r[0].split(':')[0], r.slice(1)]));
      expect(rows().TP).toEqual(['0.009', '90']);
      expect(rows().FP).toEqual(['0.0891', '891']);
      fireEvent.change(screen.getByRole('spinbutton', { name: 'prevalence' }), { target: { value: '0.5' } });
      expect(rows().TP).toEqual(['0.45', '4,500']);
      expect(description(img)).toContain(n4(0.45 / (0.45 + 0.045)));
    });

    it('<InformationTab>: the entropy gauge and the normal-KL chart carry the readouts’ numbers', () => {
      window.history.replaceState(null, '', '/#/probability?v=1&tab=information');
      render(<InformationTab />);
      const h = entropyBits(informationView.defaults.entropy);
      const gauge = screen.getByRole('img', { name: 'entropy against its maximum' });
      expect(description(gauge)).toContain(`${n4(h)} bits of at most log₂ 6 = ${n4(Math.log2(6))} bits`);
      expect(table(gauge)!.rows[0]).toEqual(['entropy H(P)', n4(h)]);
      fireEvent.keyDown(screen.getByRole('slider', { name: 'p(1)' }), { key: 'End' });
      expect(description(gauge)).toContain('0 bits of at most');

      const kl = screen.getByRole('img', { name: /Normal densities p and q/ });
      // The tab's unit is bits by default; the chart's areas are in nats and it says both.
      const bits = Number(
        screen.getByRole('status', { name: 'normal KL(P||Q) bits' }).getAttribute('data-value'),
      );
      expect(description(kl)).toContain(`KL(P‖Q) = ${n4(bits * Math.LN2)} nats (${n4(bits)} bits)`);
      expect(table(kl)!.rows.length).toBe(9);
    });
  });

  it('<AcfChart>: where each autocorrelation falls below 0.1, and its values at set lags', () => {
    const acfX = Float64Array.from({ length: 101 }, (_, k) => 0.8 ** k);
    const acfY = Float64Array.from({ length: 101 }, (_, k) => 0.5 ** k);
    render(<AcfChart acfX={acfX} acfY={acfY} width={600} />);
    const img = screen.getByRole('img', { name: 'Autocorrelation of x and y against lag' });
    expect(description(img)).toContain("x's at lag 11, y's at lag 4");
    const rows = table(img)!.rows;
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '5', '10', '20', '30', '50', '100']);
    expect(rows[4]).toEqual(['10', n4(0.8 ** 10), n4(0.5 ** 10)]);
  });

  it('<TraceChart>: range, average and latest value of the steps computed so far, sampled at 8 steps', () => {
    const values = new Float64Array(1000);
    for (let i = 0; i < 400; i++) values[i] = Math.sin(i / 10) * 2;
    const trace = new TraceDecimator(1000);
    trace.add(values, 0, 400);
    render(
      <TraceChart
        label="x"
        trace={trace.snapshot()}
        values={values}
        count={400}
        total={1000}
        lo={-3}
        hi={3}
        width={600}
      />,
    );
    const img = screen.getByRole('img', { name: 'Trace plot of x' });
    const text = description(img);
    expect(text).toContain('400 of 1,000 steps computed');
    expect(text).toContain(`latest value is ${n4(values[399])}`);
    const rows = table(img)!.rows;
    expect(rows.length).toBe(8);
    expect(rows[7]).toEqual(['400', n4(values[399])]);
  });

  describe('Monte Carlo π', () => {
    it('<PiScatter> and <EstimateChart>: points inside/outside and the running estimate against π', () => {
      const run = new PiRun({ n: 100_000, seed: 7 });
      while (!run.done) run.step();
      const s = run.snapshot();
      let hits = 0;
      for (const v of s.pointInside) hits += v;
      render(
        <>
          <PiScatter points={s.points} inside={s.pointInside} />
          <EstimateChart
            grid={s.grid}
            estimates={s.estimates}
            halfBand={(i) => (2 * 1.642) / Math.sqrt(s.grid[i])}
            target={Math.PI}
            total={s.total}
            yLabel="estimate of π"
            title="Running estimate of π with π ± 2 SE"
            legend={['running estimate π̂ₙ', 'π']}
            stale={false}
            width={600}
          />
        </>,
      );
      const shown = s.pointInside.length;
      const scatter = screen.getByRole('img', { name: /The first \d+ points/ });
      expect(description(scatter)).toContain(`= ${n4((4 * hits) / shown)}`);
      expect(table(scatter)!.rows[0].slice(0, 2)).toEqual([
        'inside the quarter circle',
        hits.toLocaleString('en'),
      ]);
      const est = screen.getByRole('img', { name: 'Running estimate of π with π ± 2 SE' });
      expect(description(est)).toContain(
        `After 100,000 of 100,000 points the running estimate π̂ₙ is ${n4(s.estimate)}, against π = 3.142`,
      );
      const rows = table(est)!.rows;
      expect(rows[rows.length - 1].slice(0, 2)).toEqual(['100,000', n4(s.estimate)]);
    });
  });
});
