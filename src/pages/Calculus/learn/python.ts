/**
 * The calculus page's race as a short runnable PyTorch script: the same f, start, number of steps and
 * hyperparameters (written at full precision), one torch.optim optimizer per selected method, and
 * Newton by hand. Comments name every place where the page's update is not exactly torch's.
 */
import { OPTIMIZER_NAMES, optimizerLabels, parseToAst, printExpr, type OptimizerName } from '../../../core';
import type { CalculusView, OptimizerSettings } from '../../../stores/calculus/view';
import { pyNumber, toPython } from './pythonExpr';

export type PythonScene = Pick<CalculusView, 'fn' | 'start' | 'steps' | 'optimizers'>;

const n = pyNumber;

/** The torch.optim constructor of a first-order method with exactly the page's hyperparameters. */
function torchOptimizer(name: Exclude<OptimizerName, 'newton'>, s: OptimizerSettings): string {
  switch (name) {
    case 'gd':
      return `torch.optim.SGD(params, lr=${n(s.lr)})`;
    case 'momentum':
      return `torch.optim.SGD(params, lr=${n(s.lr)}, momentum=${n(s.momentum)})`;
    case 'nesterov':
      return s.momentum > 0
        ? `torch.optim.SGD(params, lr=${n(s.lr)}, momentum=${n(s.momentum)}, nesterov=True)`
        : `torch.optim.SGD(params, lr=${n(s.lr)})`;
    case 'adagrad':
      return `torch.optim.Adagrad(params, lr=${n(s.lr)}, eps=${n(s.eps)})`;
    case 'rmsprop':
      return `torch.optim.RMSprop(params, lr=${n(s.lr)}, alpha=${n(s.alpha)}, eps=${n(s.eps)})`;
    case 'adam':
      return `torch.optim.Adam(params, lr=${n(s.lr)}, betas=(${n(s.beta1)}, ${n(s.beta2)}), eps=${n(s.eps)})`;
  }
}

/** The matching torch.optim.lr_scheduler, or null for a constant rate. */
function torchSchedule(s: OptimizerSettings): string | null {
  switch (s.schedule) {
    case 'constant':
      return null;
    case 'step':
      return `torch.optim.lr_scheduler.StepLR(opt, step_size=${n(s.stepEvery)}, gamma=${n(s.decay)})`;
    case 'exponential':
      return `torch.optim.lr_scheduler.ExponentialLR(opt, gamma=${n(s.decay)})`;
    case 'cosine':
      return 'torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=steps)';
  }
}

/** Newton's η_t written out (there is no torch scheduler without a torch optimizer). */
function newtonRate(s: OptimizerSettings): string {
  switch (s.schedule) {
    case 'constant':
      return n(s.lr);
    case 'step':
      return `${n(s.lr)} * ${n(s.decay)} ** (t // ${n(s.stepEvery)})`;
    case 'exponential':
      return `${n(s.lr)} * ${n(s.decay)} ** t`;
    case 'cosine':
      return `${n(s.lr)} * (1 + math.cos(math.pi * t / steps)) / 2`;
  }
}

/** Where the page's update is not torch's, or what torch setting makes it so. */
const DIFFERENCES: Record<OptimizerName, string> = {
  gd: 'p <- p - lr * grad: the same update as the page.',
  momentum: 'the buffer starts as the first gradient (no dampening), as on the page.',
  nesterov: "torch's form p <- p - lr * (grad + momentum * buf), the same as the page.",
  adagrad: 'eps is added to sqrt(sum of grad^2), outside the root, as on the page (lr_decay 0).',
  rmsprop: 'eps is added to sqrt(running mean), outside the root, as on the page (not centered).',
  adam: 'eps is added after the bias-corrected root, m_hat / (sqrt(v_hat) + eps), as on the page.',
  newton: "not in torch.optim, so newton() above does it by hand with autograd's Hessian.",
};

const RUN_HELPER = `def run(make_optimizer, make_schedule=None):
    """Minimises f from the start with a torch optimizer; returns the final point and loss."""
    p = torch.tensor(start, requires_grad=True)
    opt = make_optimizer([p])
    schedule = make_schedule(opt) if make_schedule else None
    for _ in range(steps):
        opt.zero_grad()
        f(p).backward()
        opt.step()
        if schedule:
            schedule.step()
    return p.detach().tolist(), f(p).item()`;

const NEWTON_HELPER = (rate: string) => `def newton():
    """p <- p - lr * H^-1 grad f with autograd's Hessian; stops where H is singular, as the page does."""
    p = torch.tensor(start)
    for t in range(steps):
        g = torch.autograd.functional.jacobian(f, p)
        h = torch.autograd.functional.hessian(f, p)
        if abs(torch.det(h)) <= 1e-12 * h.abs().max() ** 2:
            print("Newton: the Hessian is singular at step", t)
            break
        p = p - (${rate}) * torch.linalg.solve(h, g)
    return p.tolist(), f(p).item()`;

const show = (label: string) => `print(f"${label}: x = {p[0]:.10g}, y = {p[1]:.10g}, loss = {loss:.10g}")`;

/**
 * The script for a scene. `scene.fn` must parse (pass the last valid function while the field holds a
 * typo); otherwise the script is a single comment saying so.
 */
export function calculusPython(scene: PythonScene): string {
  const parsed = parseToAst(scene.fn);
  if (!parsed.ok) return '# f(x, y) does not parse yet: fix it on the page to get a script.\n';
  const expr = toPython(parsed.ast);
  const on = OPTIMIZER_NAMES.filter((name) => scene.optimizers[name].on);
  const newtonCosine = on.includes('newton') && scene.optimizers.newton.schedule === 'cosine';
  // The canonical text of f (grammar characters only), so nothing typed can break out of the comment.
  const head = [
    `# f(x, y) = ${printExpr(parsed.ast)}: the calculus page's optimizer race in PyTorch.`,
    '# As on the page, everything is float64 and the gradients come from automatic differentiation.',
    '# The page stops a run once it diverges (|p| or |f| grows a millionfold); torch carries on,',
    '# so a diverging run ends here at inf or nan.',
    '',
    ...(expr.usesMath || newtonCosine ? ['import math', ''] : []),
    'import torch',
    '',
    'torch.set_default_dtype(torch.float64)  # torch defaults to float32',
  ];
  const defs: string[] = [];
  if (expr.usesConst)
    defs.push(
      [
        'def const(v):',
        '    """A constant as a tensor: 1/0 and (-8) ** (1/3) then give inf and nan, as on the page."""',
        '    return torch.tensor(float(v))',
      ].join('\n'),
    );
  // A constant f gives a plain number; adding 0 * x gives autograd a path back to p (a zero gradient).
  const body = expr.usesVariables ? expr.text : `${expr.text} + 0 * x  # f is constant`;
  defs.push(`def f(p):\n    x, y = p\n    return ${body}`);
  const setup = `start = [${n(scene.start[0])}, ${n(scene.start[1])}]\nsteps = ${n(scene.steps)}`;
  if (on.some((name) => name !== 'newton')) defs.push(RUN_HELPER);
  if (on.includes('newton')) defs.push(NEWTON_HELPER(newtonRate(scene.optimizers.newton)));

  const runs: string[] = on.length === 0 ? ['# No optimizer is selected on the page.'] : [];
  for (const name of on) {
    const s = scene.optimizers[name];
    const label = optimizerLabels[name];
    const lines = [`# ${label}: ${DIFFERENCES[name]}`];
    if (name === 'nesterov' && !(s.momentum > 0))
      lines.push('# torch allows Nesterov only with momentum > 0; with momentum 0 it is plain SGD anyway.');
    const schedule = name === 'newton' ? null : torchSchedule(s);
    if (name === 'newton') lines.push('p, loss = newton()');
    else if (schedule === null) lines.push(`p, loss = run(lambda params: ${torchOptimizer(name, s)})`);
    else {
      lines.push(
        `p, loss = run(\n    lambda params: ${torchOptimizer(name, s)},\n    lambda opt: ${schedule},\n)`,
      );
      if (s.schedule === 'cosine')
        lines.push("# torch updates the cosine rate recursively: the page's rates up to rounding.");
    }
    lines.push(show(label));
    runs.push(lines.join('\n'));
  }
  // PEP 8 spacing: two blank lines around top-level functions.
  return [head.join('\n'), ...defs, [setup, ...runs].join('\n\n')].join('\n\n\n') + '\n';
}
