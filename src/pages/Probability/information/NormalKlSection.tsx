import { useState } from 'react';
import { normalKlIntegralTex, normalKlNats, normalKlTex } from '../../../core';
import { useInformationStore } from '../../../stores/probability/information/store';
import { Readout } from '../../../ui/Readout';
import { SliderField } from '../../../ui/SliderField';
import { Tex } from '../../../ui/Tex';
import { NormalKlChart } from './NormalKlChart';
import { type NormalView, validMean, validSd } from '../../../stores/probability/information/view';

const valid = (n: NormalView) => validMean(n.mean) === null && validSd(n.sd) === null;

/** Two normals: KL in closed form (nats) both ways, and the integrand p ln(p/q) whose area is KL(P‖Q). */
export function NormalKlSection({ width }: { width: number }) {
  const normalP = useInformationStore((s) => s.view.normalP);
  const normalQ = useInformationStore((s) => s.view.normalQ);
  const setNormal = useInformationStore.getState().setNormal;
  const unit = useInformationStore((s) => s.view.unit);
  const k = unit === 'bits' ? Math.LN2 : 1;
  // While a field holds an invalid value the chart keeps the last valid pair.
  const [shown, setShown] = useState({ p: normalP, q: normalQ });
  if (valid(normalP) && valid(normalQ) && (shown.p !== normalP || shown.q !== normalQ))
    setShown({ p: normalP, q: normalQ });
  const { p, q } = shown;
  const fields: [
    string,
    'normalP' | 'normalQ',
    keyof NormalView,
    number,
    number,
    number,
    (v: number) => string | null,
  ][] = [
    ['P mean', 'normalP', 'mean', -5, 5, 0.1, validMean],
    ['P sd', 'normalP', 'sd', 0.2, 5, 0.05, validSd],
    ['Q mean', 'normalQ', 'mean', -5, 5, 0.1, validMean],
    ['Q sd', 'normalQ', 'sd', 0.2, 5, 0.05, validSd],
  ];
  return (
    <section className="panel info-section" aria-labelledby="normal-kl-title">
      <h3 id="normal-kl-title">Two normals: KL in closed form</h3>
      <div className="formula">
        <Tex tex={normalKlTex()} display />
        <Tex tex={normalKlIntegralTex()} display />
      </div>
      <div className="info-row">
        <div className="info-fields">
          {fields.map(([name, which, key, min, max, step, check]) => {
            const value = which === 'normalP' ? normalP[key] : normalQ[key];
            return (
              <SliderField
                key={name}
                name={name}
                value={value}
                min={min}
                max={max}
                step={step}
                problem={check(value)}
                onChange={(v) => setNormal(which, key, v)}
              />
            );
          })}
          <div className="readouts-list">
            <Readout label={`normal KL(P||Q) ${unit}`} value={normalKlNats(p, q) / k} />
            <Readout label={`normal KL(Q||P) ${unit}`} value={normalKlNats(q, p) / k} />
          </div>
        </div>
        <NormalKlChart p={p} q={q} width={Math.max(280, width - 380)} />
      </div>
      <p className="fine">
        The shaded area is KL(P‖Q): where p is large and q small, p ln(p/q) is large and positive; the dotted
        curve is the integrand of KL(Q‖P). Below the axis, q exceeds p — those parts never outweigh the rest
        (KL ≥ 0).
      </p>
    </section>
  );
}
