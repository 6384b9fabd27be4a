/** Solves the 3×3 system A z = b by Gaussian elimination with partial pivoting; null when A is singular. */
export function solve3(a: number[][], b: number[]): [number, number, number] | null {
  const m = a.map((row, i) => [...row, b[i]]);
  const scale = Math.max(...m.flatMap((r) => r.slice(0, 3).map(Math.abs)));
  if (!(scale > 0) || !Number.isFinite(scale)) return null;
  for (let col = 0; col < 3; col++) {
    let p = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(m[r][col]) > Math.abs(m[p][col])) p = r;
    if (!(Math.abs(m[p][col]) > 1e-14 * scale)) return null;
    [m[col], m[p]] = [m[p], m[col]];
    for (let r = col + 1; r < 3; r++) {
      const k = m[r][col] / m[col][col];
      for (let j = col; j < 4; j++) m[r][j] -= k * m[col][j];
    }
  }
  const z: [number, number, number] = [0, 0, 0];
  for (let r = 2; r >= 0; r--) {
    let s = m[r][3];
    for (let j = r + 1; j < 3; j++) s -= m[r][j] * z[j];
    z[r] = s / m[r][r];
  }
  return z;
}
