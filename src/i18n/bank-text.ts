/** Reading a bank's localized texts in the interface language. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../domain/bank/texts';
import type { Bank, LocalizedText } from '../domain/bank/schema';
import { formatNumber, formatPercent } from './numbers';

/** Returns a function that gives a bank text in the current interface language (or the bank's fallback). */
export function useBankText(bank: Bank): (text: LocalizedText | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (text: LocalizedText | undefined) => (text === undefined ? '' : pickText(text, language, bank.languages)),
    [language, bank.languages],
  );
}

/** Formats a number in the interface language (3.7 in English, 3,7 in Dutch). */
export function useNumberFormat(): (value: number, digits?: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((value: number, digits = 1) => formatNumber(language, value, digits), [language]);
}

/** Formats a percentage (0–100) in the interface language, as a whole number: "31 %". */
export function usePercentFormat(): (percent: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((percent: number) => formatPercent(language, percent), [language]);
}
