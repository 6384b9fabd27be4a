import { useMemo } from 'react';
import {
  createRng,
  gaussianMutualInformation,
  jointTableSummary,
  mutualInformationFromSamples,
  sampleGaussian2,
} from '../../../core';
import { useInformationStore } from '../../../stores/probability/information/store';
import { informationFields as F, MAX_JOINT, MIN_JOINT } from '../../../stores/probability/information/view';
import { FieldSlider } from '../../../ui/FieldSlider';
import { formatNumber, Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { EntropyVenn } from './EntropyVenn';

const SIZES = Array.from({ length: MAX_JOINT - MIN_JOINT + 1 }, (_, i) => i + MIN_JOINT);
const SAMPLES = 20_000;
const BINS = 20;

/** The joint table as rows (X) of columns (Y). */
const rowsOf = (t: number[], rows: number, cols: number) =>
  Array.from({ length: rows }, (_, i) => t.slice(i * cols, (i + 1) * cols));

/** Mutual information of a joint table the student edits, its entropy Venn picture, and the bivariate Gaussian's. */
export function MutualInformationSection() {
  const view = useInformationStore((s) => s.view);
  const { setJointCell, setJointShape, set: setField } = useInformationStore.getState();
  const { miRows: rows, miCols: cols, joint, unit } = view;
  const base = unit === 'bits' ? 2 : 'e';
  const total = joint.reduce((a, b) => a + b, 0);
  const s = jointTableSummary(rowsOf(joint, rows, cols), base);
  const rho = F.miRho.problem(view.miRho, view) === null ? view.miRho : 0.8;
  const exact = gaussianMutualInformation(rho, base);
  const estimate = useMemo(() => {
    const z = sampleGaussian2(
      [0, 0],
      [
        [1, rho],
        [rho, 1],
      ],
      createRng(1),
      SAMPLES,
    );
    const xs = new Float64Array(SAMPLES);
    const ys = new Float64Array(SAMPLES);
    for (let i = 0; i < SAMPLES; i++) {
      xs[i] = z[2 * i];
      ys[i] = z[2 * i + 1];
    }
    return mutualInformationFromSamples(xs, ys, BINS, base);
  }, [rho, base]);
  const presets: [string, () => number[]][] = [
    [
      'Independent',
      () => Array.from({ length: rows * cols }, (_, k) => (Math.floor(k / cols) + 1) * ((k % cols) + 1)),
    ],
    [
      'Y = X',
      () => Array.from({ length: rows * cols }, (_, k) => (Math.floor(k / cols) === k % cols ? 1 : 0)),
    ],
    [
      'Noisy copy',
      () =>
        Array.from({ length: rows * cols }, (_, k) =>
          Math.floor(k / cols) === k % cols ? 0.6 : 0.4 / (cols - 1),
        ),
    ],
  ];
  const u = unit;
  return (
    <section className="panel info-section" aria-labelledby="mi-title">
      <h3 id="mi-title">Mutual information: how much does Y tell about X?</h3>
      <div className="formula mi-tex">
        <Tex
          tex={`I(X;Y)=\\sum_{x,y}p(x,y)\\log\\frac{p(x,y)}{p(x)\\,p(y)} = H(X)+H(Y)-H(X,Y) = ${formatNumber(s.hx, 4)} + ${formatNumber(s.hy, 4)} - ${formatNumber(s.hxy, 4)} = ${formatNumber(s.mi, 4)}\\ \\text{${u}}`}
          display
        />
      </div>
      <div className="info-row">
        <div className="mi-table-box">
          <div className="mi-shape">
            <label className="field inline">
              <span>rows</span>
              <select
                aria-label="rows"
                value={rows}
                onChange={(e) => setJointShape(Number(e.target.value), cols)}
              >
                {SIZES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <label className="field inline">
              <span>columns</span>
              <select
                aria-label="columns"
                value={cols}
                onChange={(e) => setJointShape(rows, Number(e.target.value))}
              >
                {SIZES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="presets" role="group" aria-label="joint table presets">
            {presets.map(([name, make]) => (
              <button key={name} type="button" className="chip" onClick={() => setField('joint', make())}>
                {name}
              </button>
            ))}
          </div>
          <div className="mi-table-wrap">
            <table className="mi-table">
              <caption>
                Joint weights (rows x, columns y; normalized to p(x, y)); the margins are p(x) and p(y)
              </caption>
              <thead>
                <tr>
                  <th scope="col">x \ y</th>
                  {Array.from({ length: cols }, (_, j) => (
                    <th key={j} scope="col">
                      {j + 1}
                    </th>
                  ))}
                  <th scope="col">p(x)</th>
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: rows }, (_, i) => (
                  <tr key={i}>
                    <th scope="row">{i + 1}</th>
                    {Array.from({ length: cols }, (_, j) => {
                      const w = joint[i * cols + j];
                      return (
                        <td
                          key={j}
                          style={{
                            background: `color-mix(in srgb, var(--density) ${Math.round(((100 * w) / total / Math.max(...joint.map((v) => v / total))) * 55)}%, transparent)`,
                          }}
                        >
                          <input
                            type="number"
                            min={0}
                            step={0.01}
                            aria-label={`weight x ${i + 1} y ${j + 1}`}
                            value={Number(w.toPrecision(6))}
                            onChange={(e) => {
                              const v = e.target.valueAsNumber;
                              if (Number.isFinite(v) && v >= 0) setJointCell(i, j, v);
                            }}
                          />
                        </td>
                      );
                    })}
                    <td className="mi-margin">{formatNumber(s.px[i], 3)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">p(y)</th>
                  {s.py.map((v, j) => (
                    <td key={j} className="mi-margin">
                      {formatNumber(v, 3)}
                    </td>
                  ))}
                  <td />
                </tr>
              </tbody>
            </table>
          </div>
        </div>
        <div className="info-side">
          <EntropyVenn hx={s.hx} hy={s.hy} mi={s.mi} unit={u} />
          <div className="readouts-list">
            <Readout label="H(X)" value={s.hx} />
            <Readout label="H(Y)" value={s.hy} />
            <Readout label="H(X,Y)" value={s.hxy} />
            <Readout label="H(X|Y)" value={s.hxGivenY} />
            <Readout label="H(Y|X)" value={s.hyGivenX} />
            <Readout label="mutual information" value={s.mi} />
          </div>
          <p className="info-note">
            {s.mi < 1e-12
              ? `I(X;Y) = 0: X and Y are independent — every p(x, y) is p(x)·p(y), and knowing Y leaves H(X) = ${formatNumber(s.hx, 4)} ${u} of uncertainty.`
              : `Knowing Y removes ${formatNumber(s.mi, 4)} of the ${formatNumber(s.hx, 4)} ${u} of uncertainty about X; H(X|Y) = ${formatNumber(s.hxGivenY, 4)} ${u} remain.`}
          </p>
        </div>
      </div>
      <h3>The bivariate Gaussian</h3>
      <div className="info-row">
        <div className="info-fields">
          <FieldSlider
            field={F.miRho}
            value={view.miRho}
            onChange={(v) => setField('miRho', v)}
            min={-0.99}
            max={0.99}
          />
          <div className="readouts-list">
            <Readout label="Gaussian mutual information" value={exact} />
            <Readout label="sample estimate" value={estimate} />
          </div>
        </div>
        <div className="info-side">
          <div className="mi-tex">
            <Tex
              tex={`I(X;Y) = -\\tfrac12\\log(1-\\rho^2) = -\\tfrac12\\log(1-${formatNumber(rho * rho, 4)}) = ${formatNumber(exact, 4)}\\ \\text{${u}}`}
              display
            />
          </div>
          <p className="info-note">
            The estimate bins {SAMPLES.toLocaleString('en')} seeded draws of the standard bivariate normal
            with correlation ρ on a {BINS}×{BINS} grid and takes the table&rsquo;s mutual information; binning
            biases it by about (bins − 1)²/(2n) ={' '}
            {formatNumber((BINS - 1) ** 2 / (2 * SAMPLES) / (unit === 'bits' ? Math.LN2 : 1), 2)} {u} upwards,
            and coarse bins miss some dependence. At ρ = 0 it is 0; as |ρ| → 1 it grows without bound.
          </p>
        </div>
      </div>
    </section>
  );
}
