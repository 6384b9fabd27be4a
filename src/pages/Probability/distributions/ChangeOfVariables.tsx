import { useId, useMemo } from 'react';
import {
  makeDistribution,
  parseToAst,
  transformedDensityBranches,
  type DistributionName,
} from '../../../core';
import { useProbabilityStore } from '../../../stores/probability/distributions/store';
import {
  cvSetup,
  useChangeOfVariablesStore,
} from '../../../stores/probability/distributions/changeOfVariables';
import { distributionsView } from '../../../stores/probability/distributions/view';
import { useWidth } from '../../../ui/ChartFrame';
import { ErrorNote } from '../../../ui/ErrorNote';
import { NumberField } from '../../../ui/NumberField';
import { Readout, formatNumber } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { formatCount } from '../../../ui/formatCount';
import { useAutoRun } from '../../../ui/useAutoRun';
import { ChangeOfVariablesChart } from './ChangeOfVariablesChart';

interface Preset {
  name: string;
  g: string;
  dist: DistributionName;
  params: Record<string, number>;
  /** What Y is, in words. */
  result: string;
}

export const CV_PRESETS: readonly Preset[] = [
  { name: 'exp of a normal', g: 'exp(x)', dist: 'normal', params: { mean: 0, sd: 1 }, result: 'log-normal' },
  {
    name: 'square of a normal',
    g: 'x^2',
    dist: 'normal',
    params: { mean: 0, sd: 1 },
    result: 'χ² with 1 degree of freedom',
  },
  { name: '1/x of a gamma', g: '1/x', dist: 'gamma', params: { shape: 3, rate: 2 }, result: 'inverse gamma' },
  {
    name: 'a + bx of a normal',
    g: '2 + 3*x',
    dist: 'normal',
    params: { mean: 0, sd: 1 },
    result: 'N(2, 3²)',
  },
  {
    name: 'tanh of a normal',
    g: 'tanh(x)',
    dist: 'normal',
    params: { mean: 0, sd: 1 },
    result: 'on (−1, 1)',
  },
  {
    name: 'sigmoid of a normal',
    g: '1/(1 + exp(-x))',
    dist: 'normal',
    params: { mean: 0, sd: 1.5 },
    result: 'logit-normal',
  },
  {
    name: '−log of a uniform',
    g: '-log(x)',
    dist: 'uniform',
    params: { a: 0, b: 1 },
    result: 'exponential with rate 1',
  },
];

/**
 * Change of variables: Y = g(X) for the tab's law X and a g the student types. The histogram of samples of Y
 * (drawn in the worker) against p_Y(y) = Σ p_X(x)/|g′(x)| over the branches x = g⁻¹(y), g′ by automatic
 * differentiation; readouts of Y's mean (exact and sampled) and the density at a chosen y.
 */
export function ChangeOfVariables() {
  const view = useProbabilityStore((s) => s.view);
  const { set: setTransform, loadView } = useProbabilityStore.getState();
  const cv = useChangeOfVariablesStore();
  const [box, width] = useWidth<HTMLDivElement>();
  const headingId = useId();
  const gId = useId();
  const msgId = useId();

  // Only the fields Y depends on: editing the tab's own sample size or y does not redo the range.
  const { dist, params, g, gn, seed } = view;
  const setup = useMemo(
    () => cvSetup({ ...useProbabilityStore.getState().view, dist, params, g, gn, seed }),
    [dist, params, g, gn, seed],
  );
  const request = setup.request;
  useAutoRun(request ? JSON.stringify(request) : null, () =>
    useChangeOfVariablesStore.getState().run(useProbabilityStore.getState().view, true),
  );

  // While g (or a parameter of the law) cannot run, the chart keeps the last valid g's picture, as its message
  // says: a typo must not cost the student the figure. A discrete law is a choice, not a typo: no picture.
  const discrete = setup.problem?.startsWith('Pick a continuous') ?? false;
  const keep = request === null && !discrete;
  const shown =
    cv.result && (keep || (request && JSON.stringify(cv.result.request) === JSON.stringify(request)))
      ? cv.result
      : null;
  const snap = shown?.snapshot ?? null;
  // The density curve and E[g(X)] are worked out in the worker with the samples (off the main thread); every
  // snapshot of one request carries the same curve (a copy: 241 points).
  const snapCurve = snap?.curve ?? null;
  const snapMean = snap?.exactMean ?? null;
  const curveG = shown?.request.g ?? '';
  const curve = useMemo(
    () =>
      snapCurve
        ? {
            ys: Array.from(snapCurve.ys),
            density: Array.from(snapCurve.density),
            kind: snapCurve.kind,
            maxBranches: snapCurve.maxBranches,
            mean: snapMean,
            g: curveG,
          }
        : null,
    [snapCurve, snapMean, curveG],
  );
  const atY = useMemo(() => {
    if (!request || distributionsView.problem('gy', view.gy)) return null;
    const r = transformedDensityBranches(request.g, makeDistribution(request.dist, request.params), view.gy);
    return 'error' in r ? null : r;
  }, [request, view.gy]);

  const parse = parseToAst(view.g);
  const typo = parse.ok ? null : parse.error;
  // The law's own problem is already named beside its field above, and a discrete law is a choice, not a
  // mistake in g: both are only a quiet note here.
  const lawProblem = discrete || (setup.problem?.startsWith('Fix the law') ?? false);
  // g's own text is checked whatever the law (a typo is flagged under a discrete X too), then g on this law.
  const problem = distributionsView.problem('g', view.g) ?? (lawProblem ? null : setup.problem);
  const branches = curve?.kind === 'branches';
  const flowHref = `#/linear-algebra?v=1&view=jacobian&ju=${encodeURIComponent(request?.g ?? 'exp(x)')}&jv=y`;
  const preset = CV_PRESETS.find(
    (p) =>
      p.g === view.g &&
      p.dist === view.dist &&
      Object.entries(p.params).every(([k, v]) => view.params[k] === v),
  );

  return (
    <section className="cv-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Change of variables: Y = g(X)</h3>
      <div className="two-col">
        <div className="controls">
          <fieldset className="panel">
            <legend>The map g</legend>
            <div className="field cv-g">
              <label htmlFor={gId}>
                <span>g(x)</span>
              </label>
              <input
                id={gId}
                type="text"
                spellCheck={false}
                autoComplete="off"
                aria-label="g(x)"
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? msgId : undefined}
                value={view.g}
                onChange={(e) => setTransform('g', e.target.value)}
              />
              {typo && (
                <code className="logp-where" aria-hidden="true">
                  {view.g.slice(0, typo.start)}
                  <mark>{view.g.slice(typo.start, Math.max(typo.end, typo.start + 1)) || ' '}</mark>
                  {view.g.slice(Math.max(typo.end, typo.start + 1))}
                </code>
              )}
              <ErrorNote id={msgId}>
                {problem
                  ? typo
                    ? `${problem} (at character ${typo.start + 1}); the chart keeps the last valid g.`
                    : `${problem}; the chart keeps the last g that could be drawn.`
                  : null}
              </ErrorNote>
              {lawProblem && <p className="fine">{setup.problem}</p>}
              <p className="fine">
                X is the law picked above. A function of x with + − * / ^ and sin cos tan exp log sqrt abs
                tanh.
              </p>
            </div>
            <div className="presets cv-presets" role="group" aria-label="change of variables presets">
              {CV_PRESETS.map((p) => (
                <button
                  key={p.name}
                  type="button"
                  className="chip"
                  aria-pressed={preset === p}
                  title={`Y = ${p.g} with X ~ ${p.dist}: ${p.result}`}
                  onClick={() =>
                    loadView(
                      {
                        ...useProbabilityStore.getState().view,
                        dist: p.dist,
                        params: { ...p.params },
                        g: p.g,
                      },
                      [],
                    )
                  }
                >
                  {p.name}
                </button>
              ))}
            </div>
            {preset && (
              <p className="fine" aria-live="polite">
                Y = {preset.g} with this X is {preset.result}.
              </p>
            )}
            <label className="field">
              <span>samples of Y</span>
              <NumberField
                label="samples of Y"
                value={view.gn}
                onCommit={(n) => setTransform('gn', n)}
                problem={distributionsView.problem('gn', view.gn)}
                integer
                step={10000}
              />
            </label>
            <label className="field">
              <span>y for the density</span>
              <NumberField
                label="y for the density"
                value={view.gy}
                onCommit={(v) => setTransform('gy', v)}
                problem={distributionsView.problem('gy', view.gy)}
                step={0.1}
              />
            </label>
          </fieldset>
        </div>
        <div className="results" ref={box}>
          <div className="formula" role="group" tabIndex={0} aria-label="change of variables formula">
            <Tex
              display
              tex={
                branches
                  ? String.raw`p_Y(y) = \sum_{x:\,g(x) = y} \frac{p_X(x)}{\lvert g'(x)\rvert}`
                  : String.raw`\begin{aligned} p_Y(y) &= p_X\big(g^{-1}(y)\big)\,\left\lvert \frac{d g^{-1}}{dy} \right\rvert \\ &= \frac{p_X(x)}{\lvert g'(x)\rvert},\quad x = g^{-1}(y) \end{aligned}`
              }
            />
          </div>
          {curve ? (
            <ChangeOfVariablesChart
              ys={curve.ys}
              density={curve.density}
              snapshot={snap}
              width={width}
              g={curve.g}
            />
          ) : (
            <p className="fine">
              {request
                ? 'Sampling Y = g(X) and working out its density…'
                : 'No density to draw until g is a function defined on the support of X.'}
            </p>
          )}
          {curve && (
            <p className="cv-kind" aria-live="polite">
              {curve.kind === 'branches'
                ? `g is not monotone on the support of X (or has a pole there), so a value y can come from several x: p_Y(y) is drawn as the sum over the branches of g⁻¹ (up to ${curve.maxBranches} on this plot${atY ? `, ${atY.branches.length} at y = ${formatNumber(view.gy, 4)}` : ''}).`
                : `g is ${curve.kind} on the support of X: one branch x = g⁻¹(y), with g′(x) by automatic differentiation.`}
            </p>
          )}
          <div className="readouts">
            <section aria-label="Y = g(X)">
              <h4>Y = g(X)</h4>
              <Readout
                label="transformed mean"
                value={curve?.mean ?? null}
                title="E[g(X)] by quadrature over the law of X"
              />
              <Readout label="transformed density at y" value={atY ? atY.density : null} />
              <Readout
                label="branches at y"
                value={atY ? atY.branches.length : null}
                format={(v) => String(v)}
              />
            </section>
            <section aria-label="samples of Y">
              <h4>Samples of Y</h4>
              <Readout label="samples of Y drawn" value={snap?.drawn ?? 0} format={(v) => formatCount(v)} />
              <Readout label="transformed sample mean" value={snap ? snap.mean : null} />
              <Readout label="transformed sample variance" value={snap ? snap.variance : null} />
              {snap && snap.drawn > 1 && (
                <Readout
                  label="standard error of the sample mean"
                  value={Math.sqrt(snap.variance / snap.drawn)}
                />
              )}
            </section>
          </div>
          {curve && curve.mean === null && (
            <p className="fine">
              No transformed mean: E[g(X)] is not finite (or too heavy-tailed to compute) for this g and X.
            </p>
          )}
          {snap && snap.below + snap.above > 0.0005 && (
            <p className="fine">
              {formatNumber(100 * (snap.below + snap.above), 3)}% of the samples of Y fall outside the plotted
              range.
            </p>
          )}
          {cv.error && <ErrorNote>{cv.error}</ErrorNote>}
          <div className="cv-flows">
            <p>
              Normalizing flows build a complicated law the same way: they push a simple X through invertible
              maps g and keep the density exact with, at x = g⁻¹(y),
            </p>
            <div className="formula" role="group" tabIndex={0} aria-label="normalizing flow formula">
              <Tex
                display
                tex={String.raw`\begin{aligned} \log p_Y(y) &= \log p_X(x) \\ &\quad - \log \lvert \det J_g(x) \rvert \end{aligned}`}
              />
            </div>
            <p>
              In one dimension det J<sub>g</sub> = g′(x). For a map of the plane see det J on the{' '}
              <a href={flowHref}>linear-algebra page’s Jacobian view</a> (u = g(x), v = y there).
            </p>
          </div>
        </div>
      </div>
    </section>
  );
}
