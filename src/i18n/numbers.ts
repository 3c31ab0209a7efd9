/**
 * Numbers and dates as the interface and the reports write them, in a language's own notation. Every
 * formatter is made once per language and kept: building an Intl formatter is far slower than using one.
 */
import { round } from '../domain/rounding';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: string, digits: number): Intl.NumberFormat {
  const key = `${language}|${String(digits)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * `value` with exactly `digits` decimals in `language`'s notation (3,7 in Dutch, 3.7 in English), rounded
 * half away from zero as everywhere in the app (−0.25 → −0,3).
 */
export function formatNumber(language: string, value: number, digits = 1): string {
  return numberFormat(language, digits).format(round(value, digits));
}

/** A percentage (0–100) rounded to a whole number, with a space before the sign: "31 %". */
export function formatPercent(language: string, percent: number): string {
  return `${formatNumber(language, percent, 0)} %`;
}

/** The date styles the app writes: `long` (27 november 2026) and `medium` (27 nov 2026). */
export type DateStyle = 'long' | 'medium';

/** A date (a `Date` or an ISO text) in `language`, e.g. "27 november 2026"; '' for a date that is not one. */
export function formatDate(language: string, value: Date | string, style: DateStyle = 'long'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const key = `${language}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: style });
    dateFormats.set(key, format);
  }
  return format.format(date);
}
