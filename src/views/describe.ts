/**
 * What every view builder needs to speak one person's language: the interface strings, the bank's texts
 * in that language, and the app's one number and date notation. Pure: no React, no storage.
 */
import type { TFunction } from 'i18next';
import type { BankIndex } from '../domain/bank/model';
import type { LocalizedText } from '../domain/bank/schema';
import { pickText } from '../domain/bank/texts';
import { formatDate, formatNumber, formatPercent, type DateStyle } from '../i18n/numbers';

/** The interface strings of one language, typed with their real keys. */
export type Translate = TFunction;

/** The describing context of a view: language, strings, bank texts, numbers and dates. */
export interface Describe {
  readonly index: BankIndex;
  readonly language: string;
  readonly t: Translate;
  /** A bank text in the view's language (or the bank's fallback); '' for none. */
  readonly text: (value: LocalizedText | undefined) => string;
  /** A number with `digits` decimals (default 1) in the view's notation: 3,7 or 3.7. */
  readonly number: (value: number, digits?: number) => string;
  /** A percentage (0–100) as a whole number: "31 %". */
  readonly percent: (percent: number) => string;
  readonly date: (value: Date | string, style?: DateStyle) => string;
  /** A dimension's full name; '' for an unknown id. */
  readonly dimensionName: (id: string) => string;
}

/** Builds the describing context for a bank in `language`. */
export function describer(index: BankIndex, language: string, t: Translate): Describe {
  const text = (value: LocalizedText | undefined) =>
    value === undefined ? '' : pickText(value, language, index.bank.languages);
  return {
    index,
    language,
    t,
    text,
    number: (value, digits = 1) => formatNumber(language, value, digits),
    percent: (value) => formatPercent(language, value),
    date: (value, style = 'long') => formatDate(language, value, style),
    dimensionName: (id) => text(index.dimensions.get(id)?.name),
  };
}
