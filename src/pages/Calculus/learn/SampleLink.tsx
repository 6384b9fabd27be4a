import { astEquals, MAX_EXPRESSION_LENGTH, parseToAst, printExpr, type Ast } from '../../../core';
import { useCalculusStore } from '../../../stores/calculus/store';
import './learnCalculus.css';
import { mcmcView } from '../../../stores/probability/mcmc/view';

/**
 * The address of the MCMC tab sampling the density ∝ exp(−f): target 'custom' with log-density −(f),
 * printed from f's tree and checked to parse back to exactly −f. Null when f does not parse or −(f)
 * is longer than the MCMC field accepts.
 */
export function sampleHref(fn: string): string | null {
  const parsed = parseToAst(fn);
  if (!parsed.ok) return null;
  const negated: Ast = { kind: 'neg', arg: parsed.ast };
  const logp = `-(${printExpr(parsed.ast)})`;
  const back = parseToAst(logp);
  if (logp.length > MAX_EXPRESSION_LENGTH || !back.ok || !astEquals(back.ast, negated)) return null;
  return `#/probability?${mcmcView.encode({ ...mcmcView.defaults, target: 'custom', logp })}`;
}

/** "Sample exp(−f)": opens the probability page's MCMC sampler on the current function. */
export function SampleLink() {
  const fn = useCalculusStore((s) => s.shownFn);
  const href = sampleHref(fn);
  return (
    <p className="calc-sample fine">
      {href ? (
        <a href={href}>Sample exp(−f)</a>
      ) : (
        <span>Sample exp(−f): f is too long to pass on as a log-density.</span>
      )}{' '}
      opens MCMC on the density ∝ exp(−f). It is a density only when its integral is finite: fine for a bowl,
      not for a saddle such as x²&nbsp;−&nbsp;y² or a plateau, where the chain wanders off.
    </p>
  );
}
