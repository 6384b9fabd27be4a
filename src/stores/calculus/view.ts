/**
 * The calculus page's state as a URL query, format version 1, e.g.
 * `v=1&f=x%5E2+%2B+10*y%5E2&domain=-3,3,-2,2&start=-2.5,1.5&steps=300&opt=gd,adam&gd.lr=0.01&adam.lr=0.1&…&step=120`.
 * Optimizer settings are written in full for the selected optimizers and only where they differ
 * from the defaults for the others, so a link stays short but reproduces every setting. Decoding
 * never throws: each invalid value falls back to its default and is named in `ignored`.
 */
import {
  OPTIMIZER_NAMES,
  optimizerDefaults,
  parseToAst,
  scheduleDefaults,
  type OptimizerConfig,
  type OptimizerName,
  type ScheduleName,
  type Vec2,
} from '../../core';
import { formatExact, parseDecimal } from '../numberText';

export const URL_VERSION = 1;
export const STEPS_MAX = 100_000;
/** Largest magnitude accepted for a domain bound or a start coordinate. */
export const COORD_MAX = 1e6;

export type ParamName = 'lr' | 'momentum' | 'beta1' | 'beta2' | 'alpha' | 'eps' | 'decay' | 'stepEvery';
export type Overlay = 'none' | 'tangent' | 'taylor';
export interface Domain {
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
}

export interface OptimizerSettings {
  on: boolean;
  lr: number;
  momentum: number;
  beta1: number;
  beta2: number;
  alpha: number;
  eps: number;
  schedule: ScheduleName;
  decay: number;
  stepEvery: number;
}

export interface CalculusView {
  /** The function as typed (may be malformed while the student types). */
  fn: string;
  domain: Domain;
  start: Vec2;
  steps: number;
  optimizers: Record<OptimizerName, OptimizerSettings>;
  /** Animation position of the race, or null while no race is shown for these settings. */
  step: number | null;
  speed: number;
  logLoss: boolean;
  overlay: Overlay;
}

/** The hyperparameters each method reads (its spinbuttons), in display order. */
export const METHOD_PARAMS: Record<OptimizerName, ParamName[]> = {
  gd: ['lr'],
  momentum: ['lr', 'momentum'],
  nesterov: ['lr', 'momentum'],
  adagrad: ['lr', 'eps'],
  rmsprop: ['lr', 'alpha', 'eps'],
  adam: ['lr', 'beta1', 'beta2', 'eps'],
  newton: ['lr'],
};

export const PARAM_LABELS: Record<ParamName, string> = {
  lr: 'learning rate',
  momentum: 'momentum',
  beta1: 'beta1',
  beta2: 'beta2',
  alpha: 'alpha',
  eps: 'eps',
  decay: 'decay',
  stepEvery: 'step every',
};

export const SCHEDULES: readonly ScheduleName[] = ['constant', 'step', 'exponential', 'cosine'];
export const SPEEDS: readonly number[] = [0.25, 0.5, 1, 2, 4, 8];
const OVERLAYS: readonly Overlay[] = ['none', 'tangent', 'taylor'];

export function defaultDecay(schedule: ScheduleName): number {
  return schedule === 'exponential' ? scheduleDefaults.exponentialDecay : scheduleDefaults.stepDecay;
}

export function defaultSettings(name: OptimizerName, on = false): OptimizerSettings {
  const d = optimizerDefaults[name];
  return {
    on,
    lr: d.lr ?? 0.01,
    momentum: d.momentum ?? 0.9,
    beta1: d.beta1 ?? 0.9,
    beta2: d.beta2 ?? 0.999,
    alpha: d.alpha ?? 0.99,
    eps: d.eps ?? 1e-8,
    schedule: 'constant',
    decay: scheduleDefaults.stepDecay,
    stepEvery: scheduleDefaults.stepEvery,
  };
}

const DEFAULT_ON: readonly OptimizerName[] = ['gd', 'momentum', 'adam'];

export const DEFAULT_VIEW: CalculusView = {
  fn: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  domain: { xmin: -5, xmax: 5, ymin: -5, ymax: 5 },
  start: [-0.5, 0.5],
  steps: 300,
  optimizers: Object.fromEntries(
    OPTIMIZER_NAMES.map((n) => [n, defaultSettings(n, DEFAULT_ON.includes(n))]),
  ) as Record<OptimizerName, OptimizerSettings>,
  step: null,
  speed: 1,
  logLoss: false,
  overlay: 'none',
};

/** Which settings a method reads under its schedule (the URL and the form show only these). */
export function activeParams(name: OptimizerName, s: OptimizerSettings): ParamName[] {
  const extra: ParamName[] =
    s.schedule === 'step' ? ['decay', 'stepEvery'] : s.schedule === 'exponential' ? ['decay'] : [];
  return [...METHOD_PARAMS[name], ...extra];
}

/** The OptimizerConfig the race runs with: exactly the settings the method reads. */
export function configOf(name: OptimizerName, s: OptimizerSettings): OptimizerConfig {
  const config: OptimizerConfig = { schedule: s.schedule };
  for (const p of activeParams(name, s)) config[p] = s[p];
  return config;
}

/** Why a hyperparameter value is not usable, or null. */
export function paramProblem(p: ParamName, v: number): string | null {
  if (!Number.isFinite(v)) return `${PARAM_LABELS[p]} must be a number`;
  switch (p) {
    case 'lr':
      return v > 0 && v <= 1e6 ? null : 'learning rate must be above 0 (and at most 10^6)';
    case 'momentum':
    case 'beta1':
    case 'beta2':
    case 'alpha':
      return v >= 0 && v < 1 ? null : `${p} must be at least 0 and below 1`;
    case 'eps':
      return v > 0 && v < 1 ? null : 'eps must be above 0 and below 1';
    case 'decay':
      return v > 0 && v <= 1 ? null : 'decay must be above 0 and at most 1';
    case 'stepEvery':
      return Number.isInteger(v) && v >= 1 && v <= 1e6 ? null : 'step every must be a whole number from 1';
  }
}

export function stepsProblem(n: number): string | null {
  return Number.isInteger(n) && n >= 1 && n <= STEPS_MAX
    ? null
    : `steps must be a whole number from 1 to ${STEPS_MAX.toLocaleString('en')}`;
}

export function coordProblem(label: string, v: number): string | null {
  return Number.isFinite(v) && Math.abs(v) <= COORD_MAX ? null : `${label} must be between −10^6 and 10^6`;
}

/** Problems of a domain: each bound a coordinate, each range of positive width. */
export function domainProblem(d: Domain): string | null {
  for (const k of ['xmin', 'xmax', 'ymin', 'ymax'] as const) {
    const p = coordProblem(k, d[k]);
    if (p) return p;
  }
  const tiny = (a: number, b: number) => b - a <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (tiny(d.xmin, d.xmax)) return 'x max must be greater than x min';
  if (tiny(d.ymin, d.ymax)) return 'y max must be greater than y min';
  return null;
}

export function encodeCalculusView(view: CalculusView): string {
  const q = new URLSearchParams();
  q.set('v', String(URL_VERSION));
  q.set('f', view.fn);
  const { xmin, xmax, ymin, ymax } = view.domain;
  q.set('domain', [xmin, xmax, ymin, ymax].map(formatExact).join(','));
  q.set('start', view.start.map(formatExact).join(','));
  q.set('steps', formatExact(view.steps));
  q.set('opt', OPTIMIZER_NAMES.filter((n) => view.optimizers[n].on).join(','));
  for (const name of OPTIMIZER_NAMES) {
    const s = view.optimizers[name];
    // Against the schedule's own default decay, so that decode (which assumes it) reads it back.
    const d = { ...defaultSettings(name), decay: defaultDecay(s.schedule) };
    if (s.schedule !== 'constant') q.set(`${name}.schedule`, s.schedule);
    for (const p of [...METHOD_PARAMS[name], 'decay', 'stepEvery'] as ParamName[]) {
      const shown = s.on && activeParams(name, s).includes(p);
      if (shown || !Object.is(s[p], d[p])) q.set(`${name}.${p}`, formatExact(s[p]));
    }
  }
  if (view.step !== null) q.set('step', formatExact(view.step));
  if (view.speed !== 1) q.set('speed', formatExact(view.speed));
  if (view.logLoss) q.set('log', '1');
  if (view.overlay !== 'none') q.set('overlay', view.overlay);
  return q.toString();
}

type Ignored = string[];

// A hand-edited address can be huge; the notice quotes only its start.
function clip(s: string): string {
  return s.length > 24 ? s.slice(0, 24) + '…' : s;
}

/** Reads "a,b,…" as exactly `n` strict decimals, or null. */
function readList(text: string, n: number): number[] | null {
  const parts = text.split(',');
  if (parts.length !== n) return null;
  const values = parts.map(parseDecimal);
  return values.every((v): v is number => v !== null) ? values : null;
}

function readNumber(
  query: URLSearchParams,
  key: string,
  fallback: number,
  check: (v: number) => string | null,
  ignored: Ignored,
): number {
  const text = query.get(key);
  if (text === null) return fallback;
  const v = parseDecimal(text);
  const problem = v === null ? 'not a number' : check(v);
  if (problem === null && v !== null) return v;
  ignored.push(`${key}=${clip(text)} (${problem})`);
  return fallback;
}

function readOptimizers(query: URLSearchParams, ignored: Ignored): CalculusView['optimizers'] {
  const on = new Set<string>(DEFAULT_ON);
  const optText = query.get('opt');
  if (optText !== null) {
    on.clear();
    for (const name of optText.split(',').filter((n) => n !== '')) {
      if ((OPTIMIZER_NAMES as readonly string[]).includes(name)) on.add(name);
      else ignored.push(`opt=${clip(name)} (unknown optimizer)`);
    }
  }
  const out = {} as CalculusView['optimizers'];
  for (const name of OPTIMIZER_NAMES) {
    const s = defaultSettings(name, on.has(name));
    const schedText = query.get(`${name}.schedule`);
    if (schedText !== null) {
      if ((SCHEDULES as readonly string[]).includes(schedText)) s.schedule = schedText as ScheduleName;
      else ignored.push(`${name}.schedule=${clip(schedText)} (unknown schedule)`);
    }
    s.decay = defaultDecay(s.schedule);
    for (const p of [...METHOD_PARAMS[name], 'decay', 'stepEvery'] as ParamName[])
      s[p] = readNumber(query, `${name}.${p}`, s[p], (v) => paramProblem(p, v), ignored);
    out[name] = s;
  }
  // Names of settings a method does not have (adam.momentum, gd.eps) are reported, not silently dropped.
  for (const key of query.keys()) {
    const [name, p] = key.split('.');
    if (p === undefined || !(OPTIMIZER_NAMES as readonly string[]).includes(name)) continue;
    const known = p === 'schedule' || p === 'decay' || p === 'stepEvery';
    if (!known && !METHOD_PARAMS[name as OptimizerName].includes(p as ParamName))
      ignored.push(`${clip(key)} (${name} has no such setting)`);
  }
  return out;
}

/** The view a query describes; never throws. Every value that could not be used is named in `ignored`. */
export function decodeCalculusView(query: URLSearchParams): { view: CalculusView; ignored: string[] } {
  const ignored: Ignored = [];
  const v = query.get('v');
  if (v !== null && v !== String(URL_VERSION))
    ignored.push(`v=${clip(v)} (unknown link version, read as version 1)`);

  let fn = DEFAULT_VIEW.fn;
  const fText = query.get('f');
  if (fText !== null) {
    const parsed = parseToAst(fText);
    if (parsed.ok) fn = fText;
    else ignored.push(`f=${clip(fText)} (${parsed.error.message})`);
  }

  let domain = DEFAULT_VIEW.domain;
  const dText = query.get('domain');
  if (dText !== null) {
    const d = readList(dText, 4);
    const candidate = d && { xmin: d[0], xmax: d[1], ymin: d[2], ymax: d[3] };
    const problem = candidate ? domainProblem(candidate) : 'needs x min, x max, y min, y max';
    if (candidate && problem === null) domain = candidate;
    else ignored.push(`domain=${clip(dText)} (${problem})`);
  }

  let start = DEFAULT_VIEW.start;
  const sText = query.get('start');
  if (sText !== null) {
    const s = readList(sText, 2);
    const problem = s ? (coordProblem('start x', s[0]) ?? coordProblem('start y', s[1])) : 'needs x,y';
    if (s && problem === null) start = [s[0], s[1]];
    else ignored.push(`start=${clip(sText)} (${problem})`);
  }

  const steps = readNumber(query, 'steps', DEFAULT_VIEW.steps, stepsProblem, ignored);
  const optimizers = readOptimizers(query, ignored);
  let step: number | null = null;
  if (query.get('step') !== null) {
    const check = (n: number) =>
      Number.isInteger(n) && n >= 0 && n <= steps ? null : `must be a whole number from 0 to ${steps}`;
    const n = readNumber(query, 'step', -1, check, ignored);
    step = n >= 0 ? n : null;
  }
  const speed = readNumber(query, 'speed', 1, (s) => (SPEEDS.includes(s) ? null : 'unknown speed'), ignored);

  let logLoss = false;
  const logText = query.get('log');
  if (logText === '1') logLoss = true;
  else if (logText !== null && logText !== '0') ignored.push(`log=${clip(logText)} (use 0 or 1)`);

  let overlay: Overlay = 'none';
  const oText = query.get('overlay');
  if (oText !== null) {
    if ((OVERLAYS as readonly string[]).includes(oText)) overlay = oText as Overlay;
    else ignored.push(`overlay=${clip(oText)} (use tangent or taylor)`);
  }
  return { view: { fn, domain, start, steps, optimizers, step, speed, logLoss, overlay }, ignored };
}

/** The calculus page's address codec, as the URL binding takes it. */
export const calculusView = {
  path: '/calculus',
  key: 'calculus',
  defaults: DEFAULT_VIEW,
  encode: encodeCalculusView,
  decode: decodeCalculusView,
  address: (view: CalculusView) => `#/calculus?${encodeCalculusView(view)}`,
};
