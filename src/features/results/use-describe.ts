import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import { useBankText, useNumberFormat } from '../../i18n/bank-text';
import type { Describe, Translate } from '../../report/describe';

/** The shared describing context (the report's words) for the results page, in the interface language. */
export function useDescribe(index: BankIndex): Describe {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const number = useNumberFormat();
  return useMemo(() => ({ index, t: t as unknown as Translate, text, number }), [index, t, text, number]);
}
