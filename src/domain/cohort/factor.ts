/**
 * McDonald's omega total from a one-factor model fitted by maximum likelihood, as lavaan's
 * `cfa('f =~ x1 + … + xk', data, std.lv = TRUE)` fits it: the covariance matrix with divisor N, factor
 * variance fixed at 1, residual variances free (and not bounded at zero, so a Heywood case shows as a
 * negative residual variance, as in lavaan). Newton's method from several starts (see fitOneFactor), so a
 * fit costs k + 1 short runs of O(k³) steps: milliseconds for the three to ten items of a dimension. Pure and
 * deterministic; never throws, never returns NaN.
 */
import {
  at,
  cholesky,
  choleskyInverse,
  choleskySolve,
  multiply,
  solve,
  square,
  symmetricEigen,
  type Matrix,
} from './linalg';
import { columnsOf, type Columns } from './stats';

/** The result of the one-factor fit; omega and the estimates only when the solution is proper. */
export type OmegaResult =
  | {
      readonly status: 'ok';
      /** (Σλ)² / ((Σλ)² + Σθ), in [0, 1]: the share of the sum score's model variance due to the factor. */
      readonly omega: number;
      /** Unstandardized loadings λ (in the items' raw units; their sum is positive). */
      readonly loadings: readonly number[];
      /** Residual variances θ (raw units squared; each above IMPROPER_RESIDUAL_SHARE of its item's variance). */
      readonly residuals: readonly number[];
      /** λ / √(λ² + θ), each in (−1, 1) (lavaan's std.all). */
      readonly standardizedLoadings: readonly number[];
      /** Degrees of freedom k(k + 1)/2 − 2k: 0 for three items (just identified), 2 for four, 5 for five. */
      readonly df: number;
      /** Newton / Fisher-scoring iterations of the run kept (at most MAX_ITERATIONS). */
      readonly iterations: number;
    }
  | { readonly status: 'too-few-items' }
  | { readonly status: 'too-few-cases'; readonly needed: number }
  | { readonly status: 'no-variance' }
  | { readonly status: 'no-convergence' }
  | { readonly status: 'heywood' };

/** A one-factor model needs three items to be identified. */
export const MIN_ITEMS_FOR_OMEGA = 3;

/**
 * The fewest complete cases omega is estimated from: at least 10, and more cases than items (with fewer,
 * the covariance matrix is singular and maximum likelihood undefined). Ten is a floor against figures that
 * mean nothing, not a recommendation; stable loadings take a hundred or more.
 */
export function minCasesForOmega(items: number): number {
  return Math.max(10, items + 1);
}

/** The iteration cap of each run of the fit. */
export const MAX_ITERATIONS = 500;

/**
 * Iterations allowed in an improper region (some residual variance ≤ 0) before a run stops there. Newton
 * settles within a handful of steps where an improper optimum exists; beyond that the estimates are running
 * off (a loading to infinity, its residual variance to minus infinity, as lavaan also shows). F only falls
 * along a run, so a run stopped here that is already below every proper solution ends below them too.
 */
export const IMPROPER_PATIENCE = 20;

/** A residual variance at or below this share of the item's variance counts as improper (numerically 0). */
export const IMPROPER_RESIDUAL_SHARE = 1e-6;

/** Covariance matrix with divisor N (the ML estimate lavaan fits), and the item means subtracted first. */
function covarianceN(columns: Columns): Matrix {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  const means = columns.map((column) => {
    let sum = 0;
    for (let person = 0; person < n; person += 1) sum += column[person] ?? 0;
    return sum / n;
  });
  const deviations = columns.map((column, i) => {
    const mean = means[i] ?? 0;
    const deviation = new Float64Array(n);
    for (let person = 0; person < n; person += 1) deviation[person] = (column[person] ?? 0) - mean;
    return deviation;
  });
  // The upper triangle, mirrored: the products are the same either way round.
  const upper = square(k, (i, j) => {
    if (j < i) return 0;
    const x = deviations[i] ?? new Float64Array(n);
    const y = deviations[j] ?? new Float64Array(n);
    let sum = 0;
    for (let person = 0; person < n; person += 1) sum += (x[person] ?? 0) * (y[person] ?? 0);
    return sum / n;
  });
  return square(k, (i, j) => (j < i ? at(upper, j, i) : at(upper, i, j)));
}

/** Σ = λλᵀ + diag(θ). */
function implied(lambda: readonly number[], theta: readonly number[]): Matrix {
  return square(
    lambda.length,
    (i, j) => (lambda[i] ?? 0) * (lambda[j] ?? 0) + (i === j ? (theta[i] ?? 0) : 0),
  );
}

/** The ML discrepancy up to constants, ln|Σ| + tr(SΣ⁻¹); `null` where Σ is not positive definite. */
function discrepancy(s: Matrix, lambda: readonly number[], theta: readonly number[]) {
  const sigma = choleskyInverse(implied(lambda, theta));
  if (sigma === null) return null;
  let trace = 0;
  s.forEach((row, i) => {
    const inverseRow = sigma.inverse[i] ?? [];
    row.forEach((x, j) => (trace += x * (inverseRow[j] ?? 0)));
  });
  return { value: sigma.logDet + trace, inverse: sigma.inverse };
}

/**
 * Principal-axis start: iterated communalities on the correlation matrix (from squared multiple
 * correlations), the first principal axis rescaled to the items' units, communalities kept in [.05, .95].
 */
function principalAxisStart(s: Matrix): { lambda: number[]; theta: number[] } {
  const k = s.length;
  const sd = Array.from({ length: k }, (_, i) => Math.sqrt(at(s, i, i)));
  const r = square(k, (i, j) => at(s, i, j) / ((sd[i] ?? 1) * (sd[j] ?? 1)));
  const rInverse = choleskyInverse(r);
  let h2 = Array.from({ length: k }, (_, i) =>
    rInverse === null
      ? Math.max(...(r[i] ?? []).map((value, j) => (i === j ? 0 : Math.abs(value))))
      : 1 - 1 / at(rInverse.inverse, i, i),
  );
  let axis = new Array<number>(k).fill(0);
  for (let iteration = 0; iteration < 10; iteration += 1) {
    const reduced = square(k, (i, j) => (i === j ? (h2[i] ?? 0) : at(r, i, j)));
    const { values, vectors } = symmetricEigen(reduced);
    const root = Math.sqrt(Math.max(values[0] ?? 0, 0));
    axis = (vectors[0] ?? []).map((v) => v * root);
    const next = axis.map((l) => Math.min(0.95, Math.max(0.05, l * l)));
    const change = Math.max(...next.map((value, i) => Math.abs(value - (h2[i] ?? 0))));
    h2 = next;
    if (change < 1e-4) break;
  }
  const sign = axis.reduce((sum, l) => sum + l, 0) < 0 ? -1 : 1;
  return {
    lambda: axis.map((_, i) => sign * Math.sqrt(h2[i] ?? 0) * Math.sign((axis[i] ?? 0) || 1) * (sd[i] ?? 0)),
    theta: h2.map((h, i) => (1 - h) * at(s, i, i)),
  };
}

/** m · v for a k × k matrix and a k-vector. */
function times(m: Matrix, v: readonly number[]): number[] {
  const out: number[] = [];
  for (const row of m) {
    let sum = 0;
    for (let j = 0; j < v.length; j += 1) sum += (row[j] ?? 0) * (v[j] ?? 0);
    out.push(sum);
  }
  return out;
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);

/**
 * One optimisation direction for (λ₁…λₖ, θ₁…θₖ). With P = Σ⁻¹, Q = PSP and M = P − Q, the gradient of
 * F = ln|Σ| + tr(SΣ⁻¹) is (2Mλ, diag M). Writing T(A, B)ₐᵦ = tr(A ∂ₐΣ B ∂ᵦΣ), with ∂Σ/∂λᵢ = eᵢλᵀ + λeᵢᵀ and
 * ∂Σ/∂θᵢ = eᵢeᵢᵀ, the Hessian is T(Q,P) + T(P,Q) − T(P,P) plus 2M in the λλ block, and its expectation (the
 * Fisher information) is T(P,P); the blocks are spelt out below. Newton's direction where the Hessian is
 * positive definite (quadratic convergence, also for badly fitting models where scoring crawls), Fisher
 * scoring's elsewhere. Returns the step and the gradient's largest absolute component.
 */
function descentStep(s: Matrix, p: Matrix, lambda: readonly number[]) {
  const k = lambda.length;
  const q = multiply(multiply(p, s), p);
  const pl = times(p, lambda);
  const ql = times(q, lambda);
  const lpl = dot(lambda, pl);
  const lql = dot(lambda, ql);
  const ml = pl.map((x, i) => x - (ql[i] ?? 0));
  const gradient = [...ml.map((x) => 2 * x), ...p.map((row, i) => (row[i] ?? 0) - at(q, i, i))];
  const hessian = square(2 * k, () => 0);
  const information = square(2 * k, () => 0);
  for (let i = 0; i < k; i += 1) {
    const pRow = p[i] ?? [];
    const qRow = q[i] ?? [];
    const hl = hessian[i] ?? [];
    const ht = hessian[k + i] ?? [];
    const il = information[i] ?? [];
    const it = information[k + i] ?? [];
    const pli = pl[i] ?? 0;
    const qli = ql[i] ?? 0;
    for (let j = 0; j < k; j += 1) {
      const pij = pRow[j] ?? 0;
      const qij = qRow[j] ?? 0;
      const plj = pl[j] ?? 0;
      const qlj = ql[j] ?? 0;
      // λᵢλⱼ: T(Q,P) + T(P,Q) = 2(Qλᵢ Pλⱼ + Qλⱼ Pλᵢ + Qᵢⱼ λᵀPλ + Pᵢⱼ λᵀQλ); T(P,P) = 2(Pλᵢ Pλⱼ + Pᵢⱼ λᵀPλ).
      const infoLL = 2 * (pli * plj + pij * lpl);
      il[j] = infoLL;
      hl[j] = 2 * (qli * plj + qlj * pli + qij * lpl + pij * lql) - infoLL + 2 * (pij - qij);
      // λᵢθⱼ: T(Q,P) + T(P,Q) = 2(Qᵢⱼ Pλⱼ + Pᵢⱼ Qλⱼ); T(P,P) = 2 Pᵢⱼ Pλⱼ.
      const infoLT = 2 * pij * plj;
      il[k + j] = infoLT;
      hl[k + j] = 2 * (qij * plj + pij * qlj) - infoLT;
      // θᵢθⱼ: T(Q,P) + T(P,Q) = 2 Qᵢⱼ Pᵢⱼ; T(P,P) = Pᵢⱼ².
      it[k + j] = pij * pij;
      ht[k + j] = 2 * qij * pij - pij * pij;
    }
  }
  // θᵢλⱼ mirrors λⱼθᵢ.
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      (hessian[k + i] ?? [])[j] = at(hessian, j, k + i);
      (information[k + i] ?? [])[j] = at(information, j, k + i);
    }
  }
  const negative = gradient.map((g) => -g);
  const factor = cholesky(hessian);
  const step = factor === null ? solve(information, negative) : choleskySolve(factor, negative);
  return {
    step: step?.every(Number.isFinite) === true ? step : null,
    largestGradient: Math.max(...gradient.map(Math.abs)),
  };
}

interface Start {
  readonly lambda: number[];
  readonly theta: number[];
}

/**
 * A start that takes item `i` for the factor: its loading √(.9 sᵢᵢ), the others' loadings their covariance
 * with it over that, residual variances what is left (at least 5 % of each variance). From here the
 * iteration finds the solutions in which one item dominates, the improper ones among them.
 */
function dominantItemStart(s: Matrix, i: number): Start {
  const li = Math.sqrt(0.9 * at(s, i, i));
  const lambda = s.map((_, j) => (j === i ? li : at(s, i, j) / li));
  return { lambda, theta: lambda.map((l, j) => Math.max(at(s, j, j) - l * l, 0.05 * at(s, j, j))) };
}

interface Fit {
  readonly lambda: number[];
  readonly theta: number[];
  /** F = ln|Σ| + tr(SΣ⁻¹) at the estimates. */
  readonly value: number;
  readonly iterations: number;
  /** False when the iteration cap was reached or no step could lower F away from a stationary point. */
  readonly converged: boolean;
}

/** Newton / Fisher-scoring steps from one start, halved until F does not rise. */
function fitFrom(s: Matrix, start: Start): Fit | null {
  const k = s.length;
  let { lambda, theta } = start;
  let current = discrepancy(s, lambda, theta);
  if (current === null) return null;
  let improperSince: number | null = null;
  const stop = (iterations: number, converged: boolean): Fit => ({
    lambda,
    theta,
    value: current?.value ?? Number.POSITIVE_INFINITY,
    iterations,
    converged,
  });
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration += 1) {
    if (!theta.some((v) => v <= 0)) improperSince = null;
    else if (improperSince === null) improperSince = iteration;
    else if (iteration - improperSince >= IMPROPER_PATIENCE) return stop(iteration, false);
    const { step, largestGradient } = descentStep(s, current.inverse, lambda);
    if (step === null) return stop(iteration, false);
    let accepted = null;
    let t = 1;
    for (let halving = 0; halving < 30; halving += 1) {
      const nextLambda = lambda.map((l, i) => l + t * (step[i] ?? 0));
      const nextTheta = theta.map((v, i) => v + t * (step[k + i] ?? 0));
      const next = discrepancy(s, nextLambda, nextTheta);
      // Accept a step that does not raise F beyond rounding (at the optimum F cannot fall further).
      if (next !== null && next.value <= current.value + 1e-15 * Math.abs(current.value)) {
        accepted = { lambda: nextLambda, theta: nextTheta, next };
        break;
      }
      t /= 2;
    }
    if (accepted === null) return stop(iteration, largestGradient < 1e-9);
    const moved = Math.max(
      ...[...lambda, ...theta].map((old, i) => Math.abs(t * (step[i] ?? 0)) / (1 + Math.abs(old))),
    );
    ({ lambda, theta } = accepted);
    current = accepted.next;
    if (moved < 1e-12) return stop(iteration, true);
  }
  return stop(MAX_ITERATIONS, false);
}

/**
 * The ML fit. With weak or incoherent items the one-factor likelihood can have several local optima (one
 * proper, others with an item taking over the factor), and a single start may stop at a worse one; so the
 * fit runs from the principal-axis start and from each item taken for the factor, and keeps the lowest F
 * (the principal-axis run on ties). Deterministic.
 */
function fitOneFactor(s: Matrix): Fit | null {
  let best: Fit | null = null;
  for (const start of [principalAxisStart(s), ...s.map((_, i) => dominantItemStart(s, i))]) {
    const fit = fitFrom(s, start);
    if (fit !== null && (best === null || fit.value < best.value - 1e-10 * (1 + Math.abs(best.value)))) {
      best = fit;
    }
  }
  return best;
}

/**
 * McDonald's omega total of a scale from complete cases (`rows`: persons × items; the first row's length is
 * the number of items, and rows of another length or with a non-finite value are left out before the cases
 * are counted): a one-factor ML fit to the covariance matrix (divisor N; lavaan's default), then
 * ω = (Σλ)² / ((Σλ)² + Σθ), the reliability of the unweighted raw sum score. Not ok with fewer than three
 * items, fewer than `minCasesForOmega(k)` cases, an item that does not vary, no convergence within
 * MAX_ITERATIONS, or an improper (Heywood) solution: the best fit has a residual variance ≤ 0 (at most
 * IMPROPER_RESIDUAL_SHARE of the item's variance) or a standardized loading ≥ 1.
 */
export function omegaTotal(rows: readonly (readonly number[])[]): OmegaResult {
  const k = rows[0]?.length ?? 0;
  if (k < MIN_ITEMS_FOR_OMEGA) return { status: 'too-few-items' };
  const complete = rows.filter((row) => row.length === k && row.every(Number.isFinite));
  return omegaOfColumns(columnsOf(complete, k));
}

/** {@link omegaTotal} of complete cases as columns (every value finite). */
export function omegaOfColumns(columns: Columns): OmegaResult {
  const k = columns.length;
  if (k < MIN_ITEMS_FOR_OMEGA) return { status: 'too-few-items' };
  const n = columns[0]?.length ?? 0;
  const needed = minCasesForOmega(k);
  if (n < needed) return { status: 'too-few-cases', needed };
  for (const column of columns) {
    let varies = false;
    for (let person = 1; person < n && !varies; person += 1) varies = column[person] !== column[0];
    if (!varies) return { status: 'no-variance' };
  }

  const s = covarianceN(columns);
  const fit = fitOneFactor(s);
  if (fit === null) return { status: 'no-convergence' };
  const { theta } = fit;
  const improper = theta.some((v, i) => !(v > IMPROPER_RESIDUAL_SHARE * at(s, i, i)));
  // The best fit lies in the improper region (settled there or running off): a Heywood case.
  if (improper) return { status: 'heywood' };
  if (!fit.converged) return { status: 'no-convergence' };
  const sign = fit.lambda.reduce((sum, l) => sum + l, 0) < 0 ? -1 : 1;
  const loadings = fit.lambda.map((l) => sign * l);
  const standardized = loadings.map((l, i) => l / Math.sqrt(l * l + (theta[i] ?? 0)));
  if (standardized.some((l) => !(Math.abs(l) < 1))) return { status: 'heywood' };
  const common = loadings.reduce((sum, l) => sum + l, 0) ** 2;
  const unique = theta.reduce((sum, v) => sum + v, 0);
  const omega = common / (common + unique);
  if (![omega, ...loadings, ...theta].every(Number.isFinite)) return { status: 'no-convergence' };
  return {
    status: 'ok',
    omega,
    loadings,
    residuals: theta,
    standardizedLoadings: standardized,
    df: (k * (k + 1)) / 2 - 2 * k,
    iterations: fit.iterations,
  };
}
