import { useMemo, useState } from 'react';
import { correlationProblem, covarianceMatrix } from '../../core';
import { useLinalgStore } from '../../stores/linalg/store';
import { CLOUD_MAX, CLOUD_MIN, SD_MAX } from '../../stores/linalg/view';
import { ErrorNote } from '../../ui/ErrorNote';
import { Readout } from '../../ui/Readout';
import { SliderField } from '../../ui/SliderField';
import { NumberField } from '../../ui/NumberField';
import { LiveTex } from './LiveTex';
import { texMatrix } from './linalgTex';

const AXES = ['x', 'y', 'z'];
const PAIRS = [
  ['x', 'y'],
  ['x', 'z'],
  ['y', 'z'],
];

/** A SliderField whose values pass `check` before they are committed; the reason shows otherwise. */
function CheckedSlider(props: {
  name: string;
  value: number;
  min: number;
  max: number;
  step: number;
  integer?: boolean;
  check: (x: number) => string | null;
  onChange: (x: number) => void;
}) {
  const [refused, setRefused] = useState<{ at: number; message: string } | null>(null);
  const { check, onChange, value, name } = props;
  return (
    <SliderField
      {...props}
      problem={refused && Object.is(refused.at, value) ? refused.message : null}
      onChange={(x) => {
        const why = check(x);
        if (why) return setRefused({ at: value, message: `${name}: ${why}` });
        setRefused(null);
        onChange(x);
      }}
    />
  );
}

/** The Gaussian cloud's covariance (standard deviations and correlations), size, seed and k. */
export function PcaControls() {
  const view = useLinalgStore((s) => s.view);
  const problem = useLinalgStore((s) => s.cloudProblem);
  const { patch: setCloud, setK } = useLinalgStore.getState();
  const { dim, sd, corr } = view;
  return (
    <fieldset className="panel la-pca">
      <legend>Point cloud N(0, Σ)</legend>
      {sd.map((x, i) => (
        <CheckedSlider
          key={`sd${i}`}
          name={`sd ${AXES[i]}`}
          value={x}
          min={0.05}
          max={5}
          step={0.05}
          check={(y) => (y > 0 && y <= SD_MAX ? null : `must be above 0 and at most ${SD_MAX}`)}
          onChange={(y) => setCloud({ sd: sd.map((s, k) => (k === i ? y : s)) })}
        />
      ))}
      {corr.map((r, i) => (
        <CheckedSlider
          key={`corr${i}`}
          name={`corr ${PAIRS[i].join('')}`}
          value={r}
          min={-1}
          max={1}
          step={0.01}
          check={(y) =>
            correlationProblem(
              sd,
              corr.map((c, k) => (k === i ? y : c)),
            )
          }
          onChange={(y) => setCloud({ corr: corr.map((c, k) => (k === i ? y : c)) })}
        />
      ))}
      <CheckedSlider
        name="points"
        value={view.n}
        min={CLOUD_MIN}
        max={CLOUD_MAX}
        step={10}
        integer
        check={(y) => (y >= CLOUD_MIN && y <= CLOUD_MAX ? null : `between ${CLOUD_MIN} and ${CLOUD_MAX}`)}
        onChange={(y) => setCloud({ n: y })}
      />
      <div className="la-inline">
        <span>Seed</span>
        <NumberField
          label="seed"
          value={view.seed}
          integer
          onCommit={(y) => y >= 0 && y < 2 ** 32 && setCloud({ seed: y })}
        />
      </div>
      <div role="radiogroup" aria-label="Components k" className="la-radios">
        <span className="la-radios-label" aria-hidden="true">
          Project onto k =
        </span>
        {Array.from({ length: dim }, (_, i) => (
          <label key={i} className="chip la-radio" data-checked={view.k === i + 1}>
            <input type="radio" name="la-k" checked={view.k === i + 1} onChange={() => setK(i + 1)} />
            {i + 1}
          </label>
        ))}
      </div>
      <ErrorNote>{problem}</ErrorNote>
    </fieldset>
  );
}

/** Variance along each principal axis and the share it explains. */
export function PcaInfo() {
  const cloud = useLinalgStore((s) => s.cloud);
  const k = useLinalgStore((s) => s.view.k);
  const model = cloud.model;
  const cov = useMemo(() => covarianceMatrix(cloud.points), [cloud]);
  const kept = model.explainedRatio.slice(0, k).reduce((a, b) => a + b, 0);
  return (
    <section className="panel la-readouts" aria-label="principal components">
      <h3>Principal components</h3>
      {model.variances.map((v, i) => (
        <Readout
          key={i}
          label={`PC${i + 1} explained variance`}
          value={model.explainedRatio[i]}
          format={pct}
          title={`variance ${v}`}
        />
      ))}
      <Readout label={`kept by k = ${k}`} value={kept} format={pct} />
      <LiveTex tex={`S = ${texMatrix(cov, 3)}`} display />
      <p className="fine">
        The axes are the eigenvectors of the sample covariance S of these {cloud.points.length} points; each
        arrow is 2 standard deviations long. Projecting onto the first k keeps {pct(kept)} of the variance.
      </p>
    </section>
  );
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
