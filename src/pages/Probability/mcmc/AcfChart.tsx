import { useMemo } from 'react';
import { scaleLinear } from 'd3';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { acfText } from './mcmcText';

const HEIGHT = 200;

/** Autocorrelation of x (stems) and y (circles) against lag: how slowly the chain forgets. */
export function AcfChart({ acfX, acfY, width }: { acfX: Float64Array; acfY: Float64Array; width: number }) {
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const lags = acfX.length - 1;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([-0.5, lags + 0.5])
        .range([0, innerW]),
    [lags, innerW],
  );
  const y = useMemo(() => {
    let lo = -0.2;
    for (const v of acfX) lo = Math.min(lo, v);
    for (const v of acfY) lo = Math.min(lo, v);
    return scaleLinear().domain([lo, 1]).range([innerH, 0]).nice();
  }, [acfX, acfY, innerH]);
  const text = useMemo(() => acfText(acfX, acfY), [acfX, acfY]);
  let stems = '';
  acfX.forEach((v, k) => {
    stems += `M${x(k).toFixed(1)},${y(0).toFixed(1)}V${y(v).toFixed(1)}`;
  });
  return (
    <div>
      <ChartFrame
        width={width}
        height={HEIGHT}
        x={x}
        y={y}
        xLabel="lag"
        yLabel="autocorrelation"
        title="Autocorrelation of x and y against lag"
        text={text}
      >
        <line className="zero-line" x1={0} x2={innerW} y1={y(0)} y2={y(0)} />
        <path className="acf-x" d={stems} />
        {Array.from(acfY, (v, k) => (
          <circle key={k} className="acf-y" cx={x(k)} cy={y(v)} r={2.2} />
        ))}
      </ChartFrame>
      <ul className="legend" aria-label="legend">
        <li>
          <span className="swatch acf-x" /> x (stems)
        </li>
        <li>
          <span className="swatch acf-y" /> y (circles)
        </li>
      </ul>
    </div>
  );
}
