/**
 * Dense matrices as arrays of rows (`a[i][j]` is row i, column j) and the few products the rest of
 * the linear-algebra core is built from. Everything here allocates fresh arrays: inputs are never
 * mutated, so a page can pass its state straight in.
 */

/** A dense matrix stored row by row. */
export type Matrix = number[][];
/** A column vector. */
export type Vector = number[];

/** The n×n identity Iₙ. */
export function identityMatrix(n: number): Matrix {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/** Aᵀ, with (Aᵀ)ᵢⱼ = Aⱼᵢ. */
export function transposeMatrix(a: Matrix): Matrix {
  const cols = a[0]?.length ?? 0;
  return Array.from({ length: cols }, (_, j) => a.map((row) => row[j]));
}

/** The product AB, (AB)ᵢⱼ = Σₖ AᵢₖBₖⱼ. Throws a RangeError when the inner sizes differ. */
export function matMul(a: Matrix, b: Matrix): Matrix {
  const inner = b.length;
  if (a.some((row) => row.length !== inner)) {
    throw new RangeError(`matMul: cannot multiply ${a.length}×${a[0]?.length} by ${inner}×${b[0]?.length}.`);
  }
  const cols = b[0]?.length ?? 0;
  return a.map((row) =>
    Array.from({ length: cols }, (_, j) => {
      let s = 0;
      for (let k = 0; k < inner; k++) s += row[k] * b[k][j];
      return s;
    }),
  );
}

/** The product Av, (Av)ᵢ = Σⱼ Aᵢⱼvⱼ. Throws a RangeError when the sizes differ. */
export function matVec(a: Matrix, v: Vector): Vector {
  if (a.some((row) => row.length !== v.length)) {
    throw new RangeError(
      `matVec: cannot multiply ${a.length}×${a[0]?.length} by a vector of length ${v.length}.`,
    );
  }
  return a.map((row) => dot(row, v));
}

/**
 * Entrywise linear interpolation (1 − t)A + tB, used to animate the map x ↦ Ax growing out of the
 * identity (`lerpMatrix(identityMatrix(n), A, t)`). t is not clamped, so t outside [0, 1] extrapolates.
 */
export function lerpMatrix(a: Matrix, b: Matrix, t: number): Matrix {
  if (a.length !== b.length || a.some((row, i) => row.length !== b[i].length)) {
    throw new RangeError('lerpMatrix: both matrices must have the same shape.');
  }
  return a.map((row, i) => row.map((x, j) => (1 - t) * x + t * b[i][j]));
}

/** The Frobenius norm ‖A‖_F = √(Σᵢⱼ Aᵢⱼ²), scaled so that huge entries do not overflow. */
export function frobeniusNorm(a: Matrix): number {
  return norm2(a.flat());
}

/** The inner product u·v = Σᵢ uᵢvᵢ. */
export function dot(u: Vector, v: Vector): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i] * v[i];
  return s;
}

/** The Euclidean norm ‖v‖₂, scaled by the largest entry so that squares neither overflow nor underflow. */
export function norm2(v: Vector): number {
  let scale = 0;
  for (const x of v) scale = Math.max(scale, Math.abs(x));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let s = 0;
  for (const x of v) s += (x / scale) ** 2;
  return scale * Math.sqrt(s);
}

/** Column j of A as a vector. */
export function column(a: Matrix, j: number): Vector {
  return a.map((row) => row[j]);
}

/** The matrix whose columns are the given vectors (all of the same length). */
export function fromColumns(columns: Vector[], rows: number): Matrix {
  return Array.from({ length: rows }, (_, i) => columns.map((c) => c[i]));
}

/**
 * Checks that `a` is a non-empty square matrix of finite numbers and returns its size n.
 * Every public entry point calls this first so that a ragged or NaN input fails loudly with the
 * caller's name instead of producing silent NaNs further down.
 */
export function assertSquare(a: Matrix, caller: string): number {
  const n = Array.isArray(a) ? a.length : 0;
  if (n === 0) throw new RangeError(`${caller}: the matrix is empty.`);
  for (const row of a) {
    if (!Array.isArray(row) || row.length !== n)
      throw new RangeError(`${caller}: the matrix must be square (${n}×${n}).`);
    if (row.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
      throw new RangeError(`${caller}: every entry must be a finite number.`);
    }
  }
  return n;
}
