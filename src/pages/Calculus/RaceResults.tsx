import { useDeferredValue } from 'react';
import { optimizerLabels } from '../../core';
import { useCalculusStore } from '../../stores/calculus/store';
import { formatNumber } from '../../ui/Readout';
import type { ConstrainedTrace, OptimizerTrace } from '../../worker/protocol';
import { CONSTRAINED_LABELS } from './ConstraintView';
import { OptimizerKey } from './OptimizerKey';
import { formatCount } from '../../ui/formatCount';

/** A result cell; the iterates of a stopped run end before the first non-finite one, so values are finite. */
function Cell({ label, value }: { label: string; value: number }) {
  return (
    <td>
      <output aria-label={label} data-value={String(value)}>
        {formatNumber(value)}
      </output>
    </td>
  );
}

function Row({ t }: { t: OptimizerTrace }) {
  const name = optimizerLabels[t.name];
  const k = t.taken;
  return (
    <tr className={t.stop !== 'done' ? 'calc-row-stopped' : undefined}>
      <th scope="row">
        <OptimizerKey name={t.name} />
        {name}
      </th>
      <Cell label={`${name} final x`} value={t.path[2 * k]} />
      <Cell label={`${name} final y`} value={t.path[2 * k + 1]} />
      <Cell label={`${name} final loss`} value={t.losses[k]} />
      <td>{formatCount(k)}</td>
      <td className="calc-status">{t.reason ?? 'ran every step'}</td>
    </tr>
  );
}

const CONSTRAINED_STATUS: Record<ConstrainedTrace['stop'], string> = {
  done: 'ran every step',
  diverged: 'diverged',
  undefined: 'stopped: f is not defined at the next point',
};

/** A constrained run's row: the same columns, with the penalty's final weight μ in its status. */
function ConstrainedRow({ t }: { t: ConstrainedTrace }) {
  const name = CONSTRAINED_LABELS[t.name];
  const k = t.taken;
  return (
    <tr className={t.stop !== 'done' ? 'calc-row-stopped' : undefined}>
      <th scope="row">
        <span className={`calc-con-swatch calc-con-${t.name}`} aria-hidden="true" />
        {name}
      </th>
      <Cell label={`${name} final x`} value={t.path[2 * k]} />
      <Cell label={`${name} final y`} value={t.path[2 * k + 1]} />
      <Cell label={`${name} final loss`} value={t.losses[k]} />
      <td>{formatCount(k)}</td>
      <td className="calc-status">
        {CONSTRAINED_STATUS[t.stop]}
        {t.mu !== null ? ` (penalty weight μ = ${formatNumber(t.mu)})` : ''}
      </td>
    </tr>
  );
}

/**
 * The last iterate of each optimizer, shown as soon as the race is computed (not after the animation). Read as
 * a deferred value like the paths: a store update renders synchronously, inside the worker message's task,
 * and the whole race view drawn there was one long task on a slow machine; deferred, it is drawn in slices.
 */
export function RaceResults() {
  const race = useDeferredValue(useCalculusStore((s) => s.race));
  if (!race) return null;
  return (
    <section className="panel calc-results">
      <h2 className="calc-view-title">Where each optimizer ended</h2>
      {/* Scrolls sideways on narrow screens and in projector mode: focusable, so arrow keys scroll it. */}
      <div className="calc-table-wrap" tabIndex={0} role="region" aria-label="Results table">
        <table>
          <thead>
            <tr>
              <th scope="col">optimizer</th>
              <th scope="col">final x</th>
              <th scope="col">final y</th>
              <th scope="col">final loss</th>
              <th scope="col">steps taken</th>
              <th scope="col">status</th>
            </tr>
          </thead>
          <tbody>
            {race.result.traces.map((t) => (
              <Row key={t.name} t={t} />
            ))}
            {(race.result.constrained ?? []).map((t) => (
              <ConstrainedRow key={t.name} t={t} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="fine">
        Computed in the worker with{' '}
        {race.result.codegen ? 'generated code' : 'the interpreter (code generation is blocked here)'} from (
        {race.request.start[0]}, {race.request.start[1]}).
      </p>
    </section>
  );
}
