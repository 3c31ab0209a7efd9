/**
 * The small dense linear algebra the factor model needs (matrices of a few dozen rows at most): Cholesky
 * factorisation with inverse and log-determinant, a pivoting linear solver and the symmetric eigenproblem.
 * Pure; matrices are arrays of rows; failures come back as `null`, never as NaN or a throw.
 */

/** A square matrix as rows; `at(m, i, j)` reads it without undefined checks at every use. */
export type Matrix = number[][];

/** m[i][j], 0 when out of range (callers stay in range; this satisfies noUncheckedIndexedAccess). */
export function at(m: readonly (readonly number[])[], i: number, j: number): number {
  return m[i]?.[j] ?? 0;
}

/** A k × k matrix filled by `f(i, j)`. */
export function square(k: number, f: (i: number, j: number) => number): Matrix {
  const m: Matrix = [];
  for (let i = 0; i < k; i += 1) {
    const row: number[] = [];
    for (let j = 0; j < k; j += 1) row.push(f(i, j));
    m.push(row);
  }
  return m;
}

/** The product a · b of two k × k matrices. */
export function multiply(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): Matrix {
  const k = a.length;
  const product: Matrix = [];
  for (let i = 0; i < k; i += 1) {
    const ai = a[i] ?? [];
    const row = new Array<number>(k).fill(0);
    for (let l = 0; l < k; l += 1) {
      const x = ai[l] ?? 0;
      const bl = b[l] ?? [];
      for (let j = 0; j < k; j += 1) row[j] = (row[j] ?? 0) + x * (bl[j] ?? 0);
    }
    product.push(row);
  }
  return product;
}

/**
 * The Cholesky factor L (lower triangular, A = LLᵀ) of a symmetric matrix; `null` when the matrix is not
 * (numerically) positive definite.
 */
export function cholesky(a: readonly (readonly number[])[]): Matrix | null {
  const k = a.length;
  const l = square(k, () => 0);
  for (let j = 0; j < k; j += 1) {
    const rowJ = l[j] ?? [];
    let diagonal = at(a, j, j);
    for (let m = 0; m < j; m += 1) diagonal -= (rowJ[m] ?? 0) ** 2;
    if (!(diagonal > 0) || !Number.isFinite(diagonal)) return null;
    const root = Math.sqrt(diagonal);
    rowJ[j] = root;
    for (let i = j + 1; i < k; i += 1) {
      const rowI = l[i] ?? [];
      let sum = at(a, i, j);
      for (let m = 0; m < j; m += 1) sum -= (rowI[m] ?? 0) * (rowJ[m] ?? 0);
      rowI[j] = sum / root;
    }
  }
  return l;
}

/** Solves LLᵀx = b for a Cholesky factor L (forward, then backward substitution). */
export function choleskySolve(l: readonly (readonly number[])[], b: readonly number[]): number[] {
  const k = b.length;
  const y = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i += 1) {
    let sum = b[i] ?? 0;
    for (let m = 0; m < i; m += 1) sum -= at(l, i, m) * (y[m] ?? 0);
    y[i] = sum / at(l, i, i);
  }
  const x = new Array<number>(k).fill(0);
  for (let i = k - 1; i >= 0; i -= 1) {
    let sum = y[i] ?? 0;
    for (let m = i + 1; m < k; m += 1) sum -= at(l, m, i) * (x[m] ?? 0);
    x[i] = sum / at(l, i, i);
  }
  return x;
}

/**
 * The inverse and log-determinant of a symmetric positive-definite matrix by Cholesky factorisation;
 * `null` when the matrix is not (numerically) positive definite.
 */
export function choleskyInverse(
  a: readonly (readonly number[])[],
): { readonly inverse: Matrix; readonly logDet: number } | null {
  const k = a.length;
  const l = cholesky(a);
  if (l === null) return null;
  let logDet = 0;
  for (let j = 0; j < k; j += 1) logDet += 2 * Math.log(at(l, j, j));
  // Invert L (lower triangular) by forward substitution, then A⁻¹ = L⁻ᵀ L⁻¹.
  const li = square(k, () => 0);
  for (let j = 0; j < k; j += 1) {
    (li[j] ?? [])[j] = 1 / at(l, j, j);
    for (let i = j + 1; i < k; i += 1) {
      const rowL = l[i] ?? [];
      let sum = 0;
      for (let m = j; m < i; m += 1) sum -= (rowL[m] ?? 0) * at(li, m, j);
      (li[i] ?? [])[j] = sum / (rowL[i] ?? 1);
    }
  }
  const inverse = square(k, () => 0);
  for (let m = 0; m < k; m += 1) {
    const rowM = li[m] ?? [];
    for (let i = 0; i <= m; i += 1) {
      const x = rowM[i] ?? 0;
      if (x === 0) continue;
      const target = inverse[i] ?? [];
      for (let j = 0; j <= m; j += 1) target[j] = (target[j] ?? 0) + x * (rowM[j] ?? 0);
    }
  }
  return { inverse, logDet };
}

/** Solves a · x = b by Gaussian elimination with partial pivoting; `null` for a (numerically) singular a. */
export function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row.slice(0, n), b[i] ?? 0]);
  let scale = 0;
  for (const row of m) for (const value of row.slice(0, n)) scale = Math.max(scale, Math.abs(value));
  if (!(scale > 0) || !Number.isFinite(scale)) return null;
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1)
      if (Math.abs(at(m, row, col)) > Math.abs(at(m, pivot, col))) pivot = row;
    if (Math.abs(at(m, pivot, col)) <= 1e-14 * scale) return null;
    const top = m[pivot] ?? [];
    m[pivot] = m[col] ?? [];
    m[col] = top;
    for (let row = col + 1; row < n; row += 1) {
      const factor = at(m, row, col) / at(m, col, col);
      const target = m[row] ?? [];
      for (let j = col; j <= n; j += 1) target[j] = (target[j] ?? 0) - factor * at(m, col, j);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row -= 1) {
    let sum = at(m, row, n);
    for (let j = row + 1; j < n; j += 1) sum -= at(m, row, j) * (x[j] ?? 0);
    x[row] = sum / at(m, row, row);
  }
  return x.every(Number.isFinite) ? x : null;
}

/**
 * The eigenvalues and unit eigenvectors of a symmetric matrix by cyclic Jacobi rotations (deterministic,
 * accurate to rounding for small matrices), sorted by decreasing eigenvalue; `vectors[i]` belongs to
 * `values[i]`.
 */
export function symmetricEigen(a: readonly (readonly number[])[]): {
  readonly values: number[];
  readonly vectors: number[][];
} {
  const k = a.length;
  const m = a.map((row) => [...row]);
  const v = square(k, (i, j) => (i === j ? 1 : 0));
  let total = 0;
  for (const row of m) for (const value of row) total += value * value;
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let off = 0;
    for (let i = 0; i < k; i += 1) for (let j = i + 1; j < k; j += 1) off += at(m, i, j) ** 2;
    if (off <= 1e-30 * total) break;
    for (let p = 0; p < k; p += 1) {
      for (let q = p + 1; q < k; q += 1) {
        const rowP = m[p];
        const rowQ = m[q];
        if (rowP === undefined || rowQ === undefined) continue;
        const apq = rowP[q] ?? 0;
        if (apq === 0) continue;
        const theta = ((rowQ[q] ?? 0) - (rowP[p] ?? 0)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        // A ← Jᵀ A J with the rotation J in the (p, q) plane: columns p and q, then rows p and q.
        for (const row of m) {
          const mrp = row[p] ?? 0;
          const mrq = row[q] ?? 0;
          row[p] = c * mrp - s * mrq;
          row[q] = s * mrp + c * mrq;
        }
        for (let r = 0; r < k; r += 1) {
          const mpr = rowP[r] ?? 0;
          const mqr = rowQ[r] ?? 0;
          rowP[r] = c * mpr - s * mqr;
          rowQ[r] = s * mpr + c * mqr;
        }
        for (const row of v) {
          const vrp = row[p] ?? 0;
          const vrq = row[q] ?? 0;
          row[p] = c * vrp - s * vrq;
          row[q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((i, j) => at(m, j, j) - at(m, i, i));
  return {
    values: order.map((i) => at(m, i, i)),
    vectors: order.map((i) => Array.from({ length: k }, (_, r) => at(v, r, i))),
  };
}
