/**
 * The few distribution functions the cohort statistics need: the log-gamma function, the regularized
 * incomplete beta function and its inverse, and from them the F distribution's quantile. Pure; every function
 * returns `null` (never NaN or a throw) outside its domain or when its series does not converge.
 */

/** Lanczos coefficients (g = 671/128, 14 terms; Numerical Recipes, 3rd ed., §6.1): relative error < 1e-15. */
const LANCZOS = [
  57.15623566586292, -59.59796035547549, 14.136097974741746, -0.4919138160976202, 0.00003399464998481189,
  0.00004652362892704858, -0.00009837447530487956, 0.0001580887032249125, -0.00021026444172410488,
  0.00021743961811521265, -0.0001643181065367639, 0.00008441822398385275, -0.000026190838401581408,
  0.0000036899182659531625,
];

/** ln Γ(x) for x > 0 (relative error below 1e-15); `null` for x ≤ 0 or a non-finite x. */
export function logGamma(x: number): number | null {
  if (!(x > 0) || !Number.isFinite(x)) return null;
  let y = x;
  const shifted = x + 671 / 128;
  const head = (x + 0.5) * Math.log(shifted) - shifted;
  let series = 0.9999999999999971;
  for (const c of LANCZOS) {
    y += 1;
    series += c / y;
  }
  return head + Math.log((2.5066282746310007 * series) / x);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
function logBeta(a: number, b: number): number | null {
  const ga = logGamma(a);
  const gb = logGamma(b);
  const gab = logGamma(a + b);
  return ga === null || gb === null || gab === null ? null : ga + gb - gab;
}

const TINY = 1e-300;
const CF_EPS = 1e-16;
const CF_MAX_TERMS = 100_000;

/**
 * The continued fraction of I_x(a, b) (modified Lentz; Numerical Recipes §6.4), converging fast for
 * x < (a + 1) / (a + b + 2); `null` if it has not converged after CF_MAX_TERMS terms.
 */
function betaContinuedFraction(a: number, b: number, x: number): number | null {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= CF_MAX_TERMS; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < CF_EPS) return h;
  }
  return null;
}

/**
 * The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), the beta(a, b) distribution
 * function, for a, b > 0 and 0 ≤ x ≤ 1 (result in [0, 1], absolute error around 1e-15 for moderate a and b,
 * growing like 1e-16 · (a + b) for very large ones); `null` outside that domain.
 */
export function regularizedBeta(x: number, a: number, b: number): number | null {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b) || !(x >= 0 && x <= 1)) return null;
  if (x === 0) return 0;
  if (x === 1) return 1;
  const lb = logBeta(a, b);
  if (lb === null) return null;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - lb);
  if (x < (a + 1) / (a + b + 2)) {
    const cf = betaContinuedFraction(a, b, x);
    return cf === null ? null : Math.min(1, (front * cf) / a);
  }
  const cf = betaContinuedFraction(b, a, 1 - x);
  return cf === null ? null : Math.max(0, 1 - (front * cf) / b);
}

/** A first guess at the beta(a, b) p-quantile (Numerical Recipes §6.14, after Abramowitz & Stegun 26.5.22). */
function betaQuantileGuess(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const t = Math.exp(a * Math.log(a / (a + b))) / a;
  const u = Math.exp(b * Math.log(b / (a + b))) / b;
  const w = t + u;
  return p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
}

/**
 * The inverse of the regularized incomplete beta function: the x in [0, 1] with I_x(a, b) = p, the beta(a, b)
 * p-quantile, for a, b > 0 and 0 ≤ p ≤ 1. Halley steps kept inside a shrinking bracket (bisection when a
 * step would leave it), to a relative precision near 1e-15; `null` outside the domain.
 */
export function inverseRegularizedBeta(p: number, a: number, b: number): number | null {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b) || !(p >= 0 && p <= 1)) return null;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const lb = logBeta(a, b);
  if (lb === null) return null;
  let low = 0;
  let high = 1;
  let x = Math.min(1 - 1e-16, Math.max(Number.MIN_VALUE, betaQuantileGuess(p, a, b)));
  if (!Number.isFinite(x)) x = 0.5;
  for (let iteration = 0; iteration < 1000; iteration += 1) {
    const value = regularizedBeta(x, a, b);
    if (value === null) return null;
    const error = value - p;
    if (error === 0) return x;
    if (error < 0) low = x;
    else high = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lb);
    let next = Number.NaN;
    if (density > 0 && Number.isFinite(density)) {
      const u = error / density;
      const curvature = (a - 1) / x - (b - 1) / (1 - x);
      next = x - u / (1 - 0.5 * Math.min(1, u * curvature));
    }
    // Bisect (geometrically near 0, where quantiles of small a can be tiny) when Halley leaves the bracket.
    if (!(next > low && next < high))
      next = low > 0 && high / low > 1e3 ? Math.sqrt(low * high) : (low + high) / 2;
    if (Math.abs(next - x) <= 4 * Number.EPSILON * Math.abs(next) || next === low || next === high)
      return next;
    x = next;
  }
  return x;
}

/**
 * The p-quantile (0 < p < 1) of the F distribution with df1 and df2 degrees of freedom (positive, not
 * necessarily whole), as R's `qf(p, df1, df2)`; relative error around 1e-12 or better for the degrees of
 * freedom cohorts produce. `null` outside the domain.
 */
export function fQuantile(p: number, df1: number, df2: number): number | null {
  if (!(p > 0 && p < 1) || !(df1 > 0) || !(df2 > 0) || !Number.isFinite(df1) || !Number.isFinite(df2)) {
    return null;
  }
  // F = (df2 / df1) · x / (1 − x) with x ~ beta(df1/2, df2/2). Above the median of x, solve for 1 − x
  // (a beta(df2/2, df1/2) quantile) so the upper tail keeps its precision.
  const x = inverseRegularizedBeta(p, df1 / 2, df2 / 2);
  if (x === null) return null;
  if (x <= 0.5) return x >= 1 ? null : (df2 * x) / (df1 * (1 - x));
  const y = inverseRegularizedBeta(1 - p, df2 / 2, df1 / 2);
  if (y === null || y <= 0) return null;
  return (df2 * (1 - y)) / (df1 * y);
}
