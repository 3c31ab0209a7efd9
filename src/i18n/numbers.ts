/** Numbers as the interface and the reports write them, in a language's own notation. */

/** `value` with exactly `digits` decimals in `language`'s notation: 3,7 in Dutch, 3.7 in English. */
export function formatNumber(language: string, value: number, digits = 1): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A percentage (0–100) rounded to a whole number, with a space before the sign: "31 %". */
export function formatPercent(language: string, percent: number): string {
  return `${formatNumber(language, percent, 0)} %`;
}
