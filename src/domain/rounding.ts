/**
 * The one display rounding of the app: half away from zero, robust against binary noise, so +0.25 and
 * −0.25 both show as 0.3 in size, 3.95 as 4.0, and a score, its band and its chart bar always agree.
 */

const EPSILON = 1e-9;

/** Rounds to `digits` decimals, half away from zero (2.25 → 2.3, −0.25 → −0.3, 3.95 → 4.0). */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  const rounded = (Math.sign(value) * Math.round(scaled + EPSILON * Math.max(1, scaled))) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
