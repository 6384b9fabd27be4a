import { useEffect, useMemo, useRef, useState } from 'react';
import { makeTarget, TARGET_LABELS, type Cov2, type Mean2, type Target2D } from '../../../core';
import { useViewUrl } from '../../../app/useUrlState';
import { useViStore } from '../../../stores/probability/vi/store';
import {
  viFields as F,
  viProblems,
  viView,
  VI_DIVERGENCES,
  VI_FAMILIES,
  type ViTarget,
} from '../../../stores/probability/vi/view';
import { useWidth } from '../../../ui/ChartFrame';
import { useStagedWidth } from '../../../ui/useStagedWidth';
import { FieldNumber } from '../../../ui/FieldNumber';
import { FieldSelect } from '../../../ui/FieldSelect';
import { FieldSlider } from '../../../ui/FieldSlider';
import { frameDue } from '../../../ui/motion';
import { Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { UrlNotice } from '../../../ui/UrlNotice';
import { useAutoRun } from '../../../ui/useAutoRun';
import { ElboChart, type ElboPainter } from './ElboChart';
import { plotText, ViLegend, ViPlot, type QPainter } from './ViPlot';
import { qAt } from './viPlot';
import { findings, meanFieldTex, objectiveTex, qTex } from './viText';
import './vi.css';

const TARGET_WORDS: Record<ViTarget, string> = {
  gaussian: TARGET_LABELS.gaussian,
  banana: TARGET_LABELS.banana,
  donut: TARGET_LABELS.donut,
  mixture: 'Mixture (three modes)',
};
const DIVERGENCE_WORDS = {
  reverse: 'reverse KL(q‖p)',
  forward: 'forward KL(p‖q)',
} as const;
const FAMILY_WORDS = { 'mean-field': 'mean-field (diagonal)', full: 'full covariance' } as const;
/** How long the replay of a fit lasts. */
const REPLAY_MS = 2500;

/** The target drawn for a request (the Gaussian's ρ, or a built-in). */
function targetOf(name: ViTarget, rho: number): Target2D {
  return makeTarget(name === 'gaussian' ? { kind: 'gaussian', rho } : { kind: name });
}

/** Variational inference: fit q = N(m, S) to an MCMC target by reverse or forward KL, beside an MCMC chain. */
export default function ViTab() {
  useViewUrl(viView, useViStore);
  const view = useViStore((s) => s.view);
  const set = useViStore.getState().set;
  const result = useViStore((s) => s.result);
  const running = useViStore((s) => s.running);
  const error = useViStore((s) => s.error);
  const ignored = useViStore((s) => s.urlNotice);
  const dismiss = useViStore((s) => s.dismissNotice);
  useAutoRun(view, () => useViStore.getState().run(true), {
    settleMs: 300,
    immediate: true,
    onClose: () => useViStore.getState().cancel(),
  });
  const problems = viProblems(view);
  const [box, width] = useWidth<HTMLDivElement>(900);
  const [elboBox, elboWidth] = useStagedWidth<HTMLDivElement>();

  const req = result?.request ?? null;
  const snap = result?.snapshot ?? null;
  const path = snap?.path ?? null;
  const rows = path?.elbo.length ?? 0;
  const q: { mean: Mean2; cov: Cov2 } | null =
    snap?.result ?? (path && rows > 0 ? qAt(path, rows - 1) : null);
  const elbo = rows > 0 ? path!.elbo[rows - 1] : NaN;
  const mcmc = snap?.mcmc ?? null;
  // The picture shows the fitted request's target (the settings may have moved on while it runs).
  const targetName: ViTarget = req?.target ?? view.target;
  const rho = req?.rho ?? (Math.abs(view.rho) <= 0.95 ? view.rho : 0.8);
  const target = useMemo(() => targetOf(targetName, rho), [targetName, rho]);

  const plotSize = Math.min(600, Math.max(260, width < 720 ? width - 8 : width - 360));
  const qPainter = useRef<QPainter | null>(null);
  const elboPainter = useRef<ElboPainter | null>(null);
  // The fit being replayed: a new fit (another path) ends the replay of the old one.
  const [replayed, setReplayed] = useState<object | null>(null);
  const replaying = replayed !== null && replayed === path;
  const raf = useRef(0);
  useEffect(() => () => cancelAnimationFrame(raf.current), [path]);
  const replay = () => {
    if (!path || rows === 0) return;
    cancelAnimationFrame(raf.current);
    setReplayed(path);
    const t0 = performance.now();
    let last: number | null = null;
    const tick = (now: number) => {
      const f = Math.min(1, (now - t0) / REPLAY_MS);
      if (f < 1 && !frameDue(now, last)) {
        raf.current = requestAnimationFrame(tick);
        return;
      }
      last = now;
      const count = Math.max(1, Math.round(f * rows));
      elboPainter.current?.paint(count);
      qPainter.current?.paint(f < 1 ? qAt(path, count - 1) : q);
      if (f < 1) raf.current = requestAnimationFrame(tick);
      else setReplayed(null);
    };
    raf.current = requestAnimationFrame(tick);
  };

  const words = req && q && snap?.result ? findings(req, q, mcmc) : [];
  return (
    <div className="vi" ref={box}>
      <h2 className="tab-title">Variational inference</h2>
      <UrlNotice ignored={ignored} onDismiss={dismiss} />
      <p className="vi-intro">
        Approximate the target p by the closest Gaussian q = N(m, S). Which “closest” matters: reverse KL(q‖p)
        (what variational inference maximizes the ELBO for) is mode-seeking, forward KL(p‖q) is mass-covering.
        The MCMC samples show p itself.
      </p>
      <div className="vi-row">
        <div className="vi-controls panel">
          <h3>Target and approximation</h3>
          <FieldSelect
            field={F.target}
            value={view.target}
            labels={TARGET_WORDS}
            onChange={(v) => set('target', v)}
          />
          {view.target === 'gaussian' && (
            <FieldSlider field={F.rho} value={view.rho} onChange={(v) => set('rho', v)} />
          )}
          <FieldSelect
            field={F.divergence}
            value={view.divergence}
            choices={VI_DIVERGENCES}
            labels={DIVERGENCE_WORDS}
            onChange={(v) => set('divergence', v)}
          />
          <FieldSelect
            field={F.family}
            value={view.family}
            choices={VI_FAMILIES}
            labels={FAMILY_WORDS}
            onChange={(v) => set('family', v)}
          />
          <FieldNumber
            field={F.iterations}
            value={view.iterations}
            view={view}
            onCommit={(v) => set('iterations', v)}
          />
          <FieldNumber
            field={F.mcmcSteps}
            value={view.mcmcSteps}
            view={view}
            onCommit={(v) => set('mcmcSteps', v)}
          />
          <FieldNumber field={F.seed} value={view.seed} view={view} onCommit={(v) => set('seed', v)} />
          <div className="vi-buttons">
            <button type="button" onClick={replay} disabled={!snap?.result || replaying}>
              Replay the fit
            </button>
            {running && (
              <button type="button" onClick={() => useViStore.getState().cancel()}>
                Cancel
              </button>
            )}
          </div>
          <p className="vi-status" role="status">
            {error
              ? error
              : Object.keys(problems).length > 0
                ? 'Fix the highlighted fields to fit again; the last fit stays drawn.'
                : running
                  ? `Fitting… ${rows > 0 ? `iteration ${path!.iteration[rows - 1]} of ${req!.iterations}` : ''}`
                  : snap?.result
                    ? `Fitted in ${req!.iterations} iterations${mcmc ? `, ${req!.mcmcSteps} MCMC steps beside it` : ''}.`
                    : ''}
          </p>
          <div className="readouts-list vi-readouts">
            <Readout label="ELBO" value={Number.isFinite(elbo) || rows > 0 ? elbo : null} />
            <Readout label="q mean x" value={q?.mean[0] ?? null} />
            <Readout label="q mean y" value={q?.mean[1] ?? null} />
            <Readout label="q variance x" value={q?.cov[0][0] ?? null} />
            <Readout label="q variance y" value={q?.cov[1][1] ?? null} />
            <Readout label="q covariance" value={q?.cov[0][1] ?? null} />
            <Readout label="MCMC mean x" value={mcmc?.meanX ?? null} />
            <Readout label="MCMC variance x" value={mcmc?.varX ?? null} />
            <Readout label="Monte Carlo standard error x" value={mcmc?.mcseX ?? null} />
          </div>
        </div>
        <ViPlot
          target={target}
          q={q}
          mcmc={mcmc?.points ?? null}
          size={plotSize}
          painter={qPainter}
          text={plotText(TARGET_WORDS[targetName], q, mcmc ? mcmc.points.length / 2 : 0)}
          legend={elboWidth === null}
        />
      </div>
      {/* On stage the ELBO curve is the plot's companion, laid out at the width the stage gives it, and the
          plot's legend moves above it: under the plot it would take the plot's height, and as a companion of
          its own the stage would give it a third of the column and draw it larger than the charts. */}
      <div data-stage="companion" ref={elboBox}>
        {elboWidth !== null && <ViLegend />}
        <ElboChart
          path={path}
          iterations={req?.iterations ?? view.iterations}
          width={elboWidth ?? Math.min(width, 900)}
          painter={elboPainter}
        />
      </div>
      <section className="panel vi-notes" aria-labelledby="vi-notes-title">
        <h3 id="vi-notes-title">What the fit shows</h3>
        {req && (
          <div className="vi-tex" role="group" tabIndex={0} aria-label="objective formula">
            <Tex tex={objectiveTex(req, elbo)} display />
          </div>
        )}
        {q && (
          <div className="vi-tex" role="group" tabIndex={0} aria-label="fitted q formula">
            <Tex tex={qTex(q)} display />
          </div>
        )}
        {words.map((w, i) => (
          <p key={i}>{w}</p>
        ))}
        {req?.target === 'gaussian' && (
          <div className="vi-tex" role="group" tabIndex={0} aria-label="mean-field variance formula">
            <Tex tex={meanFieldTex(req.rho)} display />
          </div>
        )}
        <p>
          Reverse KL is fitted by stochastic gradient ascent on the ELBO: draws z = m + Lε make the
          expectation differentiable in m and L (the reparameterization trick), four draws per step, Adam
          steps, and the second half&rsquo;s iterates averaged. Forward KL needs p&rsquo;s own moments, here
          from weighted samples of the box. Compare with the <a href="#/probability?v=1&tab=mcmc">MCMC tab</a>
          , which samples p instead of approximating it.
        </p>
      </section>
    </div>
  );
}
