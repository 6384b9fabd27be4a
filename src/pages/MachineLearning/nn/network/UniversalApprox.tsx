import { useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import { mlpUnitContributions, type Mlp, type UnitContributions } from '../../../../core';
import { ChartFrame, MARGIN } from '../../../../ui/ChartFrame';
import { sampleIndices } from '../../../../ui/ChartText';
import { formatNumber } from '../../../../ui/Readout';
import { classColor } from '../../shared/colors';
import type { NetModel } from './model';

/** Why the view is not available for this model, or null when it is (1-D regression, one hidden layer, input x1). */
export function approxProblem(model: NetModel | null): string | null {
  if (!model || !model.data.oneD || model.data.task !== 'regression')
    return 'To see the hidden units add up, choose a 1-D regression set (y = sin x, step, |x| or your own f(x)) and 1 hidden layer.';
  if (model.spec.sizes.length !== 3) return 'To see the hidden units add up, set “hidden layers” to 1.';
  if (model.features.length !== 1 || model.features[0] !== 'x1')
    return 'To see the hidden units add up, use the input x1 alone.';
  if (!model.net) return 'The curves appear once the network is built.';
  return null;
}

/** Each hidden unit's weighted output v_j·σ(w_j x + b_j) and their sum plus the output bias, along x. */
export function approxCurves(
  net: Mlp,
  extent: number,
  count = 161,
): (UnitContributions & { xs: Float64Array }) | null {
  const xs = Float64Array.from({ length: count }, (_, k) => -extent + (2 * extent * k) / (count - 1));
  const c = mlpUnitContributions(net, xs);
  return c ? { ...c, xs } : null;
}

/**
 * Universal approximation made visible: with one hidden layer on a 1-D task, each hidden unit's weighted
 * contribution is a thin curve and the network's output (their sum plus the output bias) the thick one.
 */
export function UniversalApprox({
  model,
  width,
  extent,
}: {
  model: NetModel | null;
  width: number;
  extent: number;
}) {
  const problem = approxProblem(model);
  const curves = useMemo(
    () => (problem || !model?.net ? null : approxCurves(model.net, extent)),
    [problem, model, extent],
  );
  const w = Math.max(240, Math.min(640, width));
  const h = 280;
  const scales = useMemo(() => {
    if (!curves || !model) return null;
    let lo = Infinity;
    let hi = -Infinity;
    const see = (v: number) => {
      if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    };
    model.data.y.forEach(see);
    curves.sum.forEach(see);
    curves.terms.forEach((t) => t.forEach(see));
    if (!Number.isFinite(lo)) [lo, hi] = [-1, 1];
    const pad = Math.max(0.25, 0.08 * (hi - lo));
    return {
      x: scaleLinear()
        .domain([-extent, extent])
        .range([0, w - MARGIN.left - MARGIN.right]),
      y: scaleLinear()
        .domain([lo - pad, hi + pad])
        .range([h - MARGIN.top - MARGIN.bottom, 0])
        .nice(),
    };
  }, [curves, model, extent, w]);
  if (problem || !curves || !scales || !model)
    return <p className="ua-hint">{problem ?? 'The curves appear once the network is built.'}</p>;
  const path = (ys: Float64Array) =>
    line<number>()
      .x((_, k) => scales.x(curves.xs[k]))
      .y((v) => scales.y(v))
      .defined((v) => Number.isFinite(v))(Array.from(ys)) ?? '';
  const H = curves.terms.length;
  const rows = sampleIndices(curves.xs.length, 9).map((k) => [
    curves.xs[k],
    curves.sum[k],
    ...curves.terms.slice(0, 6).map((t) => t[k]),
  ]);
  return (
    <div className="universal-approx">
      <p>
        Each thin curve is one hidden unit’s contribution v<sub>j</sub>·σ(w<sub>j</sub>x + b<sub>j</sub>): its
        output times its weight to the output. With tanh or sigmoid each is a smooth step, and two opposite
        steps make a bump; with ReLU each is a bent line. Added up, with the output bias c ={' '}
        {formatNumber(curves.bias, 3)} (dashed), they give the network’s output (the thick curve) over the
        data points. More units give more steps and bends, which is why one wide hidden layer can follow any
        continuous f(x).
      </p>
      <ChartFrame
        width={w}
        height={h}
        x={scales.x}
        y={scales.y}
        xLabel="x"
        yLabel="contribution"
        title={`${H} hidden units’ contributions and their sum`}
        text={{
          description: `${H} hidden-unit curves add up, with the output bias ${formatNumber(curves.bias, 4)}, to the network’s output.`,
          table: {
            caption: 'Sampled x: the output (sum) and the first units’ contributions',
            columns: ['x', 'output (sum + bias)', ...curves.terms.slice(0, 6).map((_, u) => `unit ${u + 1}`)],
            rows,
          },
        }}
      >
        {Array.from({ length: model.data.n }, (_, i) => (
          <circle
            key={i}
            className="ua-point"
            cx={scales.x(model.data.x[2 * i])}
            cy={scales.y(model.data.y[i])}
            r={2}
          />
        ))}
        <line
          className="ua-bias"
          x1={0}
          x2={scales.x.range()[1]}
          y1={scales.y(curves.bias)}
          y2={scales.y(curves.bias)}
        />
        {curves.terms.map((t, u) => (
          <path key={u} className="ua-term" d={path(t)} stroke={classColor(u)} data-unit={u + 1} />
        ))}
        <path className="ua-sum" d={path(curves.sum)} />
      </ChartFrame>
    </div>
  );
}
