import { screening, screeningTex } from '../../../core';
import { useBayesStore } from '../../../stores/probability/bayes/store';
import { useWidth } from '../../../ui/ChartFrame';
import { Readout } from '../../../ui/Readout';
import { FieldSlider } from '../../../ui/FieldSlider';
import { Tex } from '../../../ui/Tex';
import { AreaDiagram } from './AreaDiagram';
import { sameNumbers, useLastValid } from './useLastValid';
import { formatCount } from '../../../ui/formatCount';
import { bayesView } from '../../../stores/probability/bayes/view';

const PER = 10_000;

/** Bayes' theorem on a screening test: prevalence, sensitivity, specificity → P(disease | positive). */
export function ScreeningPanel() {
  const prevalence = useBayesStore((s) => s.view.prevalence);
  const sensitivity = useBayesStore((s) => s.view.sensitivity);
  const specificity = useBayesStore((s) => s.view.specificity);
  const setField = useBayesStore((s) => s.set);
  const input0 = { prevalence, sensitivity, specificity };
  const problems = {
    prevalence: bayesView.problem('prevalence', prevalence),
    sensitivity: bayesView.problem('sensitivity', sensitivity),
    specificity: bayesView.problem('specificity', specificity),
  };
  const valid = !problems.prevalence && !problems.sensitivity && !problems.specificity;
  const { prevalence: p0, sensitivity: s0, specificity: c0 } = bayesView.defaults;
  const input = useLastValid({ prevalence, sensitivity, specificity }, valid, sameNumbers, {
    prevalence: p0,
    sensitivity: s0,
    specificity: c0,
  });
  const r = screening(input);
  const [box, width] = useWidth<HTMLDivElement>();
  const count = (v: number) => formatCount(Math.round(v * PER));
  return (
    <section className="screening" aria-labelledby="screening-title">
      <h3 id="screening-title" className="section-title">
        Bayes’ theorem on a screening test
      </h3>
      <div className="two-col">
        <fieldset className="panel">
          <legend>The test</legend>
          {(['prevalence', 'sensitivity', 'specificity'] as const).map((k) => (
            <FieldSlider
              key={k}
              field={bayesView.fields[k]}
              value={input0[k]}
              onChange={(v) => setField(k, v)}
            />
          ))}
          <p className="fine">Prevalence P(D); sensitivity P(+ | D); specificity P(− | no D).</p>
        </fieldset>
        <div className="results" ref={box}>
          <div className="formula" role="group" tabIndex={0} aria-label="Bayes theorem for the test">
            <Tex tex={screeningTex(input)} display />
          </div>
          <div className="diagram-row">
            <AreaDiagram r={r} prevalence={input.prevalence} per={PER} width={Math.min(520, width - 250)} />
            <div className="readouts single">
              <section aria-label="the test result">
                <Readout label="P(disease | positive)" value={Number.isNaN(r.ppv) ? null : r.ppv} />
                <Readout label="P(positive)" value={r.positive} />
                <Readout label="P(no disease | negative)" value={Number.isNaN(r.npv) ? null : r.npv} />
                <p className="fine">Out of {formatCount(PER)} people tested:</p>
                <ul className="cell-legend">
                  <li>
                    <span className="swatch cell-disease hatched" /> TP: {count(r.truePositive)} sick, test
                    positive
                  </li>
                  <li>
                    <span className="swatch cell-disease" /> FN: {count(r.falseNegative)} sick, test negative
                  </li>
                  <li>
                    <span className="swatch cell-healthy hatched" /> FP: {count(r.falsePositive)} healthy,
                    test positive
                  </li>
                  <li>
                    <span className="swatch cell-healthy" /> TN: {count(r.trueNegative)} healthy, test
                    negative
                  </li>
                </ul>
              </section>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
