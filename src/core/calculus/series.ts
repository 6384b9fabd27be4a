/**
 * Taylor-mode automatic differentiation in one variable: every node of the AST becomes its truncated
 * power series a₀ + a₁t + … + a_n tⁿ around x₀ (aₖ = f⁽ᵏ⁾(x₀)/k!), by the classical recurrences
 * (Moore; Griewank & Walther, ch. 13). Exact up to rounding at any order, where the diff engine stops at 2.
 */
import { constantValue, dependsOn, type Ast } from '../expr/ast';

type Series = Float64Array;

function constant(v: number, n: number): Series {
  const s = new Float64Array(n);
  s[0] = v;
  return s;
}

function mul(a: Series, b: Series): Series {
  const n = a.length;
  const c = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let s = 0;
    for (let j = 0; j <= k; j++) s += a[j] * b[k - j];
    c[k] = s;
  }
  return c;
}

/** c = a/b from c·b = a: cₖ = (aₖ − Σ_{j≥1} bⱼ c_{k−j}) / b₀. */
function div(a: Series, b: Series): Series {
  const n = a.length;
  const c = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let s = a[k];
    for (let j = 1; j <= k; j++) s -= b[j] * c[k - j];
    c[k] = s / b[0];
  }
  return c;
}

/** e = exp(a) from e′ = a′e: eₖ = (1/k) Σ j aⱼ e_{k−j}. */
function exp(a: Series): Series {
  const n = a.length;
  const e = new Float64Array(n);
  e[0] = Math.exp(a[0]);
  for (let k = 1; k < n; k++) {
    let s = 0;
    for (let j = 1; j <= k; j++) s += j * a[j] * e[k - j];
    e[k] = s / k;
  }
  return e;
}

/** l = log(a) from a·l′ = a′: lₖ = (aₖ − (1/k) Σ_{j<k} j lⱼ a_{k−j}) / a₀. */
function log(a: Series): Series {
  const n = a.length;
  const l = new Float64Array(n);
  l[0] = Math.log(a[0]);
  for (let k = 1; k < n; k++) {
    let s = 0;
    for (let j = 1; j < k; j++) s += j * l[j] * a[k - j];
    l[k] = (a[k] - s / k) / a[0];
  }
  return l;
}

/** sin and cos together: s′ = a′c, c′ = −a′s. */
function sinCos(a: Series): [Series, Series] {
  const n = a.length;
  const s = new Float64Array(n);
  const c = new Float64Array(n);
  s[0] = Math.sin(a[0]);
  c[0] = Math.cos(a[0]);
  for (let k = 1; k < n; k++) {
    let ss = 0;
    let cc = 0;
    for (let j = 1; j <= k; j++) {
      ss += j * a[j] * c[k - j];
      cc -= j * a[j] * s[k - j];
    }
    s[k] = ss / k;
    c[k] = cc / k;
  }
  return [s, c];
}

/** t = tan(a) (sign 1) or tanh(a) (sign −1), from t′ = (1 + sign·t²) a′. */
function tanLike(a: Series, sign: 1 | -1): Series {
  const n = a.length;
  const t = new Float64Array(n);
  const w = new Float64Array(n); // w = 1 + sign·t², filled as far as t is known
  t[0] = sign === 1 ? Math.tan(a[0]) : Math.tanh(a[0]);
  for (let k = 1; k < n; k++) {
    const m = k - 1;
    let sq = 0;
    for (let i = 0; i <= m; i++) sq += t[i] * t[m - i];
    w[m] = (m === 0 ? 1 : 0) + sign * sq;
    let s = 0;
    for (let j = 1; j <= k; j++) s += j * a[j] * w[k - j];
    t[k] = s / k;
  }
  return t;
}

/** s = √a from s² = a: sₖ = (aₖ − Σ_{0<j<k} sⱼ s_{k−j}) / (2s₀). */
function sqrt(a: Series): Series {
  const n = a.length;
  const s = new Float64Array(n);
  s[0] = Math.sqrt(a[0]);
  for (let k = 1; k < n; k++) {
    let t = a[k];
    for (let j = 1; j < k; j++) t -= s[j] * s[k - j];
    s[k] = t / (2 * s[0]);
  }
  return s;
}

/** |a|: a·sign(a₀) away from 0; at a₀ = 0 the kink has no derivatives (NaN) unless a ≡ 0. */
function abs(a: Series): Series {
  if (a[0] !== 0) return a.map((v) => v * Math.sign(a[0]));
  if (a.every((v) => v === 0)) return a.slice();
  return a.map((_, k) => (k === 0 ? 0 : NaN));
}

/**
 * a^c for a constant c. Whole exponents by repeated squaring (exact where a₀ = 0, as for x² at 0);
 * others from a·p′ = c·a′·p: pₖ = (1/(k a₀)) Σ ((c + 1) j − k) aⱼ p_{k−j}.
 */
function powConst(a: Series, c: number): Series {
  const n = a.length;
  if (Number.isInteger(c) && Math.abs(c) <= 1024) {
    let result = constant(1, n);
    let base = a;
    for (let e = Math.abs(c); e > 0; e = Math.floor(e / 2)) {
      if (e % 2 === 1) result = mul(result, base);
      if (e > 1) base = mul(base, base);
    }
    return c < 0 ? div(constant(1, n), result) : result;
  }
  const p = new Float64Array(n);
  p[0] = Math.pow(a[0], c);
  for (let k = 1; k < n; k++) {
    let s = 0;
    for (let j = 1; j <= k; j++) s += ((c + 1) * j - k) * a[j] * p[k - j];
    p[k] = s / (k * a[0]);
  }
  return p;
}

function seriesOf(ast: Ast, x0: number, n: number): Series {
  switch (ast.kind) {
    case 'num':
      return constant(ast.value, n);
    case 'const':
      return constant(constantValue(ast.name), n);
    case 'var': {
      // y is held at 0 by callers that refuse it; the series is in x only.
      const s = constant(ast.name === 'x' ? x0 : 0, n);
      if (ast.name === 'x' && n > 1) s[1] = 1;
      return s;
    }
    case 'neg':
      return seriesOf(ast.arg, x0, n).map((v) => -v);
    case 'call': {
      const a = seriesOf(ast.arg, x0, n);
      switch (ast.fn) {
        case 'sin':
          return sinCos(a)[0];
        case 'cos':
          return sinCos(a)[1];
        case 'tan':
          return tanLike(a, 1);
        case 'tanh':
          return tanLike(a, -1);
        case 'exp':
          return exp(a);
        case 'log':
          return log(a);
        case 'sqrt':
          return sqrt(a);
        case 'abs':
          return abs(a);
      }
      break;
    }
    case 'bin': {
      const a = seriesOf(ast.left, x0, n);
      if (ast.op === '^' && dependsOn(ast.right) === 0) return powConst(a, seriesOf(ast.right, x0, 1)[0]);
      const b = seriesOf(ast.right, x0, n);
      // 0^w is 0 wherever w > 0: no logarithm of 0 may enter.
      if (ast.op === '^' && dependsOn(ast.left) === 0 && a[0] === 0 && b[0] > 0) return constant(0, n);
      switch (ast.op) {
        case '+':
          return a.map((v, k) => v + b[k]);
        case '-':
          return a.map((v, k) => v - b[k]);
        case '*':
          return mul(a, b);
        case '/':
          return div(a, b);
        case '^': {
          // u^w = exp(w ln u), keeping pow itself as the value.
          const e = exp(mul(b, log(a)));
          e[0] = Math.pow(a[0], b[0]);
          return e;
        }
      }
    }
  }
  throw new Error('unreachable');
}

/**
 * The Taylor coefficients [f(x₀), f′(x₀), f″(x₀)/2!, …, f⁽ⁿ⁾(x₀)/n!] of the expression `ast` in x.
 * NaN entries where a derivative does not exist (log at 0, the kink of abs, √ at 0).
 */
export function taylorSeries(ast: Ast, x0: number, order: number): Float64Array {
  return seriesOf(ast, x0, order + 1);
}
